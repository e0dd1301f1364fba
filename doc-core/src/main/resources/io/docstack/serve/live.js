/*
 * Docstack preview: live reload. Added to every HTML page the preview server sends (never to the
 * built site). Listens to /_docstack/events; when a build changed this page, reloads it and
 * restores the scroll position. Points the theme's search box at /_docstack/search.
 */
(function () {
  "use strict";
  // The theme's search box asks the server's Lucene index instead of the static one.
  window.DOCSTACK_PREVIEW_SEARCH = "/_docstack/search";
  var key = "docstack-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener("load", function () { window.scrollTo(0, Number(saved)); });
  }
  var here = decodeURIComponent(location.pathname.replace(/^\//, ""));
  if (here === "" || here.endsWith("/")) {
    here += "index.html";
  }
  var events = new EventSource("/_docstack/events");
  events.addEventListener("changed", function (event) {
    var paths = JSON.parse(event.data);
    if (paths.indexOf(here) >= 0) {
      sessionStorage.setItem(key, String(window.scrollY));
      location.reload();
    }
  });
})();
