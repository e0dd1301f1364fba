/*
 * Docstack default theme behaviour. Dependency-free; everything here is an enhancement:
 * without JavaScript the site stays fully usable (the theme follows the system setting,
 * the sidebar sits below the content on small screens, code is unhighlighted).
 *
 *   - theme toggle (data-theme on <html>, remembered in localStorage)
 *   - mobile navigation drawer
 *   - project switcher: close on outside click / Escape
 *   - "#" anchor links on h2-h4 headings with ids
 *   - scroll the current page's nav item into view
 *   - highlight the current section in the table of contents
 *   - horizontal scrolling for wide tables, keyboard access to overflowing blocks
 *   - open collapsed <details> for printing
 *   - syntax highlighting (highlight.js, loaded before this file)
 */
(function () {
  "use strict";

  const doc = document;
  const root = doc.documentElement;
  const STORAGE_KEY = "docstack-theme";   // also read by the inline script in layout.peb
  const darkQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function effectiveTheme() {
    return root.getAttribute("data-theme") || (darkQuery && darkQuery.matches ? "dark" : "light");
  }

  function initThemeToggle() {
    const button = doc.querySelector(".ds-theme-toggle");
    if (!button) return;
    // aria-pressed="true" means "Dark theme" is on.
    const sync = () => button.setAttribute("aria-pressed", String(effectiveTheme() === "dark"));
    sync();
    button.addEventListener("click", () => {
      const next = effectiveTheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch (e) { /* not persisted; the choice still applies to this page */ }
      sync();
    });
    if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener("change", sync);
  }

  function initNavToggle() {
    const button = doc.querySelector(".ds-nav-toggle");
    const sidebar = doc.getElementById("ds-sidebar");
    if (!button || !sidebar) return;
    button.hidden = false;
    const label = button.querySelector(".ds-sr-only");
    const isOpen = () => doc.body.classList.contains("ds-nav-open");

    function setOpen(open, restoreFocus) {
      doc.body.classList.toggle("ds-nav-open", open);
      button.setAttribute("aria-expanded", String(open));
      if (label) label.textContent = open ? "Close navigation" : "Open navigation";
      if (open) {
        const target = sidebar.querySelector('[aria-current="page"]') || sidebar.querySelector("a, summary");
        if (target) target.focus({ preventScroll: false });
      } else if (restoreFocus) {
        button.focus();
      }
    }

    button.addEventListener("click", () => setOpen(!isOpen(), false));
    doc.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && isOpen()) setOpen(false, true);
    });
    // A click on the backdrop (anything outside the drawer) closes it.
    doc.addEventListener("click", (e) => {
      if (isOpen() && !sidebar.contains(e.target) && !button.contains(e.target)) setOpen(false, false);
    });
    // Growing past the breakpoint while open would leave the body scroll-locked.
    const narrow = window.matchMedia("(max-width: 900px)");
    if (narrow.addEventListener) narrow.addEventListener("change", () => { if (!narrow.matches) setOpen(false, false); });
  }

  function initProjectSwitcher() {
    const details = doc.querySelector(".ds-switcher details");
    if (!details) return;
    doc.addEventListener("click", (e) => {
      if (details.open && !details.contains(e.target)) details.open = false;
    });
    doc.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && details.open) {
        details.open = false;
        details.querySelector("summary").focus();
      }
    });
  }

  function addHeadingAnchors() {
    doc.querySelectorAll("main h2[id], main h3[id], main h4[id]").forEach((h) => {
      if (h.querySelector(".ds-anchor")) return;
      // Asciidoctor's :sectanchors: leaves an empty <a class="anchor">; ours replaces it.
      const empty = h.querySelector("a.anchor:empty");
      if (empty) empty.remove();
      const a = doc.createElement("a");
      a.className = "ds-anchor";
      a.href = "#" + h.id;
      a.setAttribute("aria-label", "Link to this section: " + h.textContent.trim());
      a.textContent = "#";
      h.appendChild(a);
    });
  }

  function revealCurrentNavItem() {
    const sidebar = doc.getElementById("ds-sidebar");
    const current = sidebar && sidebar.querySelector('[aria-current="page"]');
    if (!current) return;
    for (let el = current.parentElement; el && el !== sidebar; el = el.parentElement) {
      if (el.tagName === "DETAILS") el.open = true;
    }
    // Scroll the sidebar only (scrollIntoView could also move the page), centring the item.
    const box = sidebar.getBoundingClientRect();
    const item = current.getBoundingClientRect();
    if (item.top < box.top || item.bottom > box.bottom) {
      sidebar.scrollTop += item.top - box.top - (sidebar.clientHeight - item.height) / 2;
    }
  }

  function initTocHighlight() {
    const links = Array.from(doc.querySelectorAll(".ds-toc a[href^='#']"));
    if (!links.length) return;
    const targets = links.map((a) => {
      try {
        return doc.getElementById(decodeURIComponent(a.hash.slice(1)));
      } catch (e) {
        return null;   // malformed %-escape in an id
      }
    });
    const header = doc.querySelector(".ds-header");
    let scheduled = false;

    function update() {
      scheduled = false;
      const offset = (header ? header.offsetHeight : 0) + 24;
      let active = 0;
      targets.forEach((t, i) => {
        if (t && t.getBoundingClientRect().top - offset <= 0) active = i;
      });
      // At the very bottom the last sections may never reach the top: mark the last one.
      if (window.innerHeight + window.scrollY >= doc.documentElement.scrollHeight - 2) active = links.length - 1;
      links.forEach((a, i) => a.classList.toggle("ds-active", i === active));
    }

    window.addEventListener("scroll", () => {
      if (!scheduled) {
        scheduled = true;
        window.requestAnimationFrame(update);
      }
    }, { passive: true });
    update();
  }

  function improveOverflow() {
    // Wide tables scroll inside a wrapper instead of stretching the page.
    doc.querySelectorAll("main table").forEach((table) => {
      if (table.parentElement.closest("table")) return;                        // nested layout tables
      if (table.closest(".admonitionblock, .colist, .hdlist, .ds-table-wrap")) return;
      const wrap = doc.createElement("div");
      wrap.className = "ds-table-wrap";
      table.parentNode.insertBefore(wrap, table);
      wrap.appendChild(table);
    });
    // Scrollable regions must be reachable with the keyboard to be scrolled.
    doc.querySelectorAll("main pre, main .ds-table-wrap").forEach((el) => {
      if (el.scrollWidth > el.clientWidth && !el.hasAttribute("tabindex")) el.setAttribute("tabindex", "0");
    });
  }

  function initPrint() {
    let reopened = [];
    window.addEventListener("beforeprint", () => {
      reopened = Array.from(doc.querySelectorAll("main details:not([open])"));
      reopened.forEach((d) => { d.open = true; });
    });
    window.addEventListener("afterprint", () => {
      reopened.forEach((d) => { d.open = false; });
      reopened = [];
    });
  }

  function init() {
    if (window.DocstackHighlight) window.DocstackHighlight.highlightAll(doc.querySelector("main") || doc);
    initThemeToggle();
    initNavToggle();
    initProjectSwitcher();
    addHeadingAnchors();
    improveOverflow();
    revealCurrentNavItem();
    initTocHighlight();
    initPrint();
  }

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", init);
  else init();
})();
