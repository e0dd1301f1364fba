/*
 * Docstack static search client. Dependency-free, no build step (ES2017).
 *
 * Reads the static index that doc:build exports to <site>/_docstack/search/ (meta.json, word
 * shards t-N.json, word-pair shards pairs-N.json, docs chunks docs-N.json) and ranks exactly as
 * the Java reference client (StaticSearch, in Docstack's tests) does, which ranks as the server
 * does: the analysis rules of meta.json, BM25 with meta.json's constants and field boosts, the
 * all-terms rule and bonus, the identifier boost, the word-pair boost and the lead-section bonus.
 * A test runs this file under Node and checks that its top 10 equals StaticSearch's on every
 * test query, with and without filters.
 *
 *   DocstackSearch.search(root, query, limit, filters) → Promise of hits
 *     {url, pageTitle, sectionTitle, project, version, kind, excerpt}; root is the relative
 *     path to the site root ("" or "../../"), urls are relative to the site root; filters
 *     {projects, versions, kinds} are arrays, an empty or missing one does not narrow.
 *   DocstackSearch.open(load)                  → an index reading files through load(name),
 *     a function returning a Promise of the parsed JSON (tests, other hosts);
 *     .search(query, limit, filters), .groups() → Promise of [[project, version, kind], …]
 *   DocstackSearch.analyze(query)              → the query terms {positions, single, identifiers, pairs}
 *
 * In a browser it also drives layout.peb's search box (.ds-search): results as you type
 * (debounced), project and version filters, ↑/↓/Enter/Escape, results built with textContent
 * and <mark> elements only.
 *
 * Loaded files are cached per index; a failed load is forgotten so that it is retried.
 */
(function (global) {
  "use strict";

  const FOLDER = "_docstack/search/";
  const FORMAT = 2;
  const TOKEN_CHAR = /[\p{L}\p{Nd}_]/u;
  const LOWER = /\p{Ll}/u;
  const UPPER = /\p{Lu}/u;
  const DIGIT = /\p{Nd}/u;
  const MAX_PAIR_CHARS = 255;

  // ---- analysis: meta.json "analysis", step by step (StaticAnalysis.java) ----

  /** The terms of a query: positions (arrays of alternatives), single (the words), identifiers, pairs. */
  function analyze(text, rules) {
    const maxChars = rules ? rules.maxChars : 1000;
    const bounded = text.length > maxChars ? text.substring(0, maxChars) : text;
    return group(tokens(bounded), rules);
  }

  /** All tokens of a text: {term, position, length}. */
  function tokens(text) {
    const out = [];
    let next = 0;
    let token = "";
    for (const c of text) {
      if (TOKEN_CHAR.test(c)) {
        token += c;
      } else if (token) {
        next = emit(token, next, out);
        token = "";
      }
    }
    if (token) {
      emit(token, next, out);
    }
    return out;
  }

  function emit(token, next, out) {
    const ps = parts(token);
    if (ps.length === 0 || (ps.length === 1 && ps[0] === token)) {
      out.push({ term: term(token), position: next, length: 1 });
      return next + 1;
    }
    out.push({ term: term(token), position: next, length: ps.length });
    let runStart = -1;
    for (let p = 0; p <= ps.length; p++) {
      const word = p < ps.length && !DIGIT.test(String.fromCodePoint(ps[p].codePointAt(0)));
      if (word && runStart < 0) {
        runStart = p;
      } else if (!word && runStart >= 0) {
        if (p - runStart > 1 && ps.length > 1) {
          out.push({ term: term(ps.slice(runStart, p).join("")), position: next + runStart, length: p - runStart });
        }
        runStart = -1;
      }
      if (p < ps.length) {
        out.push({ term: term(ps[p]), position: next + p, length: 1 });
      }
    }
    return next + ps.length;
  }

  /** Runs without '_', cut between a lower-case letter (Ll) and an upper-case one (Lu). */
  function parts(token) {
    const out = [];
    let part = "";
    let previous = "_";
    for (const c of token) {
      if (c === "_" || (LOWER.test(previous) && UPPER.test(c))) {
        if (part) {
          out.push(part);
        }
        part = "";
      }
      if (c !== "_") {
        part += c;
      }
      previous = c;
    }
    if (part) {
      out.push(part);
    }
    return out;
  }

  /** Lower case code point by code point (Java's Character.toLowerCase), then stemmed. */
  function term(word) {
    let lower = "";
    for (const c of word) {
      const l = c.toLowerCase();
      // Only U+0130 lower-cases to two code points in JavaScript; Java maps it to its first.
      lower += l.length > 2 || (l.length === 2 && l.codePointAt(0) <= 0xffff) ? String.fromCodePoint(l.codePointAt(0)) : l;
    }
    return stem(lower);
  }

  /** Lucene's English minimal stemmer. */
  function stem(s) {
    const len = s.length;
    if (len < 3 || s.charAt(len - 1) !== "s") {
      return s;
    }
    const beforeS = s.charAt(len - 2);
    if (beforeS === "u" || beforeS === "s") {
      return s;
    }
    if (beforeS === "e") {
      const third = s.charAt(len - 3);
      if (len > 3 && third === "i" && s.charAt(len - 4) !== "a" && s.charAt(len - 4) !== "e") {
        return s.substring(0, len - 3) + "y";
      }
      if (third === "i" || third === "a" || third === "o" || third === "e") {
        return s;
      }
    }
    return s.substring(0, len - 1);
  }

  /** Groups tokens as QueryTerms.of does: positions beyond maxPositions dropped, then stop words. */
  function group(list, rules) {
    const maxPositions = rules ? rules.maxPositions : 16;
    const stopWords = new Set(rules ? rules.stopWords : []);
    const byPosition = new Map();
    const single = new Map();
    const identifiers = new Set();
    for (const token of list) {
      if (token.position >= maxPositions) {
        break;
      }
      if (!byPosition.has(token.position)) {
        byPosition.set(token.position, new Set());
      }
      byPosition.get(token.position).add(token.term);
      if (token.length === 1) {
        if (!single.has(token.position)) {
          single.set(token.position, token.term);
        }
      } else {
        identifiers.add(token.term);
      }
    }
    if (![...single.values()].every(word => stopWords.has(word))) {
      for (const [position, word] of [...single]) {
        if (stopWords.has(word) && byPosition.get(position).size === 1) {
          byPosition.delete(position);
          single.delete(position);
        }
      }
    }
    const order = [...byPosition.keys()].sort((a, b) => a - b);
    const words = order.map(p => (single.has(p) ? single.get(p) : byPosition.get(p).values().next().value));
    return {
      positions: order.map(p => [...byPosition.get(p)]),
      single: words,
      identifiers: [...identifiers],
      pairs: pairs(words, stopWords),
    };
  }

  /** Consecutive words that are not stop words, joined by a space, once each (WordPairs.java). */
  function pairs(words, stopWords) {
    const out = new Set();
    let previous = null;
    for (const word of words) {
      if (stopWords.has(word)) {
        continue;
      }
      if (previous !== null && previous.length + word.length < MAX_PAIR_CHARS) {
        out.add(previous + " " + word);
      }
      previous = word;
    }
    return [...out];
  }

  // ---- the index ----

  class Index {
    constructor(load) {
      this.load = load;
      this.files = new Map();
      this.meta = null;
    }

    file(name) {
      let promise = this.files.get(name);
      if (!promise) {
        promise = Promise.resolve().then(() => this.load(name));
        promise.catch(() => this.files.delete(name));
        this.files.set(name, promise);
      }
      return promise;
    }

    async ready() {
      if (!this.meta) {
        const meta = await this.file("meta.json");
        if (meta.format !== FORMAT) {
          throw new Error("unsupported search index format " + meta.format + " (this client reads " + FORMAT + ")");
        }
        const bits = atob(meta.lead);
        this.lead = Uint8Array.from(bits, c => c.charCodeAt(0));
        this.groupOf = new Uint32Array(meta.documents);
        for (let i = 0, doc = 0; i < meta.groupRuns.length; i += 2) {
          this.groupOf.fill(meta.groupRuns[i], doc, doc + meta.groupRuns[i + 1]);
          doc += meta.groupRuns[i + 1];
        }
        this.meta = meta;
      }
      return this.meta;
    }

    /** The [project, version, kind] groups documents belong to, for filter menus. */
    async groups() {
      return (await this.ready()).groups;
    }

    /** The file of a shard table ("shards": words, "pairShards": pairs) for a term: the last shard whose from is not after it. */
    shardFile(table, term) {
      const from = this.meta[table].from;
      let low = 0;
      let high = from.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (from[middle] <= term) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return this.meta[table].file + low + ".json";
    }

    /** Per group of meta.json, whether filters {projects, versions, kinds} let its documents through. */
    allowed(filters) {
      const f = filters || {};
      const pass = (values, value) => !values || values.length === 0 || values.indexOf(value) >= 0;
      return this.meta.groups.map(g => pass(f.projects, g[0]) && pass(f.versions, g[1]) && pass(f.kinds, g[2]));
    }

    async search(query, limit = 10, filters = null) {
      const meta = await this.ready();
      const terms = analyze(String(query), meta.analysis);
      const count = terms.positions.length;
      if (count === 0) {
        return [];
      }
      const ranking = meta.ranking;
      // Load every file this query needs at once; then score synchronously in the reference order.
      const needed = new Set();
      terms.identifiers.forEach(t => needed.add(this.shardFile("shards", t)));
      terms.positions.forEach(alternatives => alternatives.forEach(t => needed.add(this.shardFile("shards", t))));
      terms.pairs.forEach(t => needed.add(this.shardFile("pairShards", t)));
      const loaded = new Map();
      await Promise.all([...needed].map(name => this.file(name).then(json => loaded.set(name, json))));

      const scores = new Map();
      const matched = new Map();
      terms.positions.forEach((alternatives, p) => {
        for (const t of alternatives) {
          this.score(t, "shards", loaded, 1, false, (doc, score) => {
            scores.set(doc, (scores.get(doc) || 0) + score);
            if (!matched.has(doc)) {
              matched.set(doc, new Set());
            }
            matched.get(doc).add(p);
          });
        }
      });
      const extra = new Map();
      const addExtra = (doc, score) => extra.set(doc, extra.has(doc) ? extra.get(doc) + score : score);
      for (const identifier of terms.identifiers) {
        this.score(identifier, "shards", loaded, ranking.identifierBoost, true, addExtra);
      }
      for (const pair of terms.pairs) {
        this.score(pair, "pairShards", loaded, 1, false, addExtra);
      }
      const allowed = this.allowed(filters);
      const minimum = count <= 2 ? count : count - Math.max(1, Math.floor(count / 4));
      const ranked = [];
      matched.forEach((positions, doc) => {
        if (positions.size < minimum || !allowed[this.groupOf[doc]]) {
          return;
        }
        let score = scores.get(doc) + (extra.get(doc) || 0);
        score += count > 2 && positions.size === count ? ranking.allTermsBonus : 0;
        score += (this.lead[doc >> 3] & (1 << (doc & 7))) !== 0 ? ranking.leadBonus : 0;
        ranked.push([doc, score]);
      });
      ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const top = ranked.slice(0, Math.max(0, limit));
      const perChunk = meta.docsPerChunk;
      const chunks = await Promise.all(top.map(([doc]) => this.file("docs-" + Math.floor(doc / perChunk) + ".json")));
      return top.map(([doc], i) => hit(meta.docColumns, chunks[i][doc % perChunk]));
    }

    /**
     * BM25 of a term in each field of its dictionary (table: "shards" or "pairShards"; only text
     * when textOnly), times the field boost.
     */
    score(t, table, loaded, boost, textOnly, add) {
      const postings = own(loaded.get(this.shardFile(table, t)), t);
      if (!postings) {
        return;
      }
      for (const field of Object.values(this.meta.fields)) {
        const list = own(postings, field.key);
        if (!list || (textOnly && field.key !== "t")) {
          continue;
        }
        const weight = boost * field.boost * idf(field, list.length / 3);
        let doc = 0;
        for (let i = 0; i < list.length; i += 3) {
          doc += list[i];
          add(doc, this.bm25(weight, list[i + 1], list[i + 2], field));
        }
      }
    }

    bm25(weight, freq, length, field) {
      const { k1, b } = this.meta.bm25;
      const norm = k1 * (1 - b + b * length / field.avgLength);
      return weight * freq / (freq + norm);
    }
  }

  /** An own property of a parsed JSON object (never one of Object.prototype's: terms are user text). */
  function own(object, name) {
    return object != null && Object.prototype.hasOwnProperty.call(object, name) ? object[name] : undefined;
  }

  function idf(field, docFreq) {
    return Math.log(1 + (field.docCount - docFreq + 0.5) / (docFreq + 0.5));
  }

  function hit(columns, row) {
    const h = {};
    ["url", "pageTitle", "sectionTitle", "project", "version", "kind", "excerpt"].forEach(name => {
      h[name] = row[columns.indexOf(name)];
    });
    return h;
  }

  // ---- entry points ----

  const byRoot = new Map();

  function open(load) {
    return new Index(load);
  }

  function fetchLoader(base) {
    return name => fetch(base + name).then(response => {
      if (!response.ok) {
        throw new Error("cannot load " + base + name + ": HTTP " + response.status);
      }
      return response.json();
    });
  }

  function indexAt(root) {
    const base = (root || "") + FOLDER;
    let index = byRoot.get(base);
    if (!index) {
      index = open(fetchLoader(base));
      byRoot.set(base, index);
    }
    return index;
  }

  /**
   * In the preview (doc:serve sets DOCSTACK_PREVIEW_SEARCH before this file runs), queries go to
   * the server's Lucene index; on a static host, to the static index.
   */
  function search(root, query, limit = 10, filters = null) {
    const endpoint = global.DOCSTACK_PREVIEW_SEARCH;
    if (typeof endpoint === "string" && typeof fetch === "function") {
      const f = filters || {};
      const params = new URLSearchParams({ q: String(query), limit: String(limit) });
      (f.projects || []).forEach(p => params.append("project", p));
      (f.versions || []).forEach(v => params.append("version", v));
      return fetch(endpoint + "?" + params).then(response => {
        if (!response.ok) {
          throw new Error("search failed: HTTP " + response.status);
        }
        return response.json();
      }).then(json => json.hits);
    }
    return indexAt(root).search(query, limit, filters);
  }

  // ---- the search box of layout.peb (browsers only) ----

  /** Appends text to parent as text nodes and <mark> elements around the words; never parses HTML. */
  function appendMarked(parent, value, words) {
    const text = String(value);
    const source = words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    let last = 0;
    if (source) {
      for (const match of text.matchAll(new RegExp(source, "giu"))) {
        if (match[0].length === 0) {
          continue;
        }
        parent.appendChild(document.createTextNode(text.slice(last, match.index)));
        const mark = document.createElement("mark");
        mark.textContent = match[0];
        parent.appendChild(mark);
        last = match.index + match[0].length;
      }
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function element(tag, className) {
    const e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    return e;
  }

  /** Replaces a select's options after its first ("All …") with values; keeps the choice if still offered. */
  function fillSelect(select, values) {
    const chosen = select.value;
    while (select.options.length > 1) {
      select.remove(1);
    }
    values.forEach(value => select.add(new Option(value, value)));
    select.value = values.indexOf(chosen) >= 0 ? chosen : "";
  }

  /** The project and version menus of the box, filled from the index's groups once it is loaded. */
  function initFilters(box, root, onChange) {
    const project = box.querySelector(".ds-search-project");
    const version = box.querySelector(".ds-search-version");
    if (!project || !version) {
      return { current: () => null, load: () => {} };
    }
    let groups = null;
    function versions() {
      const values = [];
      groups.forEach(g => {
        if (g[0] === project.value && values.indexOf(g[1]) < 0) {
          values.push(g[1]);
        }
      });
      fillSelect(version, values);
      // One version needs no menu; several do, once a project is chosen.
      version.hidden = values.length < 2;
    }
    function load() {
      if (groups) {
        return;
      }
      indexAt(root).groups().then(all => {
        groups = all;
        const projects = [];
        all.forEach(g => {
          if (projects.indexOf(g[0]) < 0) {
            projects.push(g[0]);
          }
        });
        fillSelect(project, projects);
        versions();
      }, () => {});
    }
    project.addEventListener("change", () => {
      version.value = "";
      versions();
      onChange();
    });
    version.addEventListener("change", onChange);
    return {
      load,
      current: () => ({
        projects: project.value ? [project.value] : [],
        versions: project.value && version.value ? [version.value] : [],
      }),
    };
  }

  function initBox() {
    const box = document.querySelector(".ds-search");
    if (!box) {
      return;
    }
    const input = box.querySelector(".ds-search-input");
    const list = box.querySelector(".ds-search-results");
    // A theme without the panel (filters) shows the list itself.
    const panel = box.querySelector(".ds-search-panel") || list;
    const root = box.getAttribute("data-root") || "";
    const filters = initFilters(box, root, () => run());
    let timer = 0;
    let serial = 0;
    let active = -1;

    const options = () => [...list.querySelectorAll("[role=option]")];
    const isOpen = () => !panel.hidden;
    function show(open) {
      panel.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      if (!open) {
        select(-1);
      }
    }
    function select(i) {
      const all = options();
      active = all.length === 0 ? -1 : i < -1 ? all.length - 1 : i >= all.length ? -1 : i;
      all.forEach((o, n) => o.setAttribute("aria-selected", n === active ? "true" : "false"));
      if (active >= 0) {
        input.setAttribute("aria-activedescendant", all[active].id);
        all[active].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }
    function message(text) {
      const li = element("li", "ds-search-empty");
      li.textContent = text;
      list.replaceChildren(li);
      show(true);
    }
    function render(hits, query) {
      if (hits.length === 0) {
        message("No results");
        return;
      }
      const terms = analyze(query);
      const words = [...new Set(terms.positions.flat().concat(terms.single))].filter(w => w.length > 1)
        .sort((a, b) => b.length - a.length);
      list.replaceChildren();
      hits.forEach((hit, i) => {
        const li = element("li");
        li.id = "ds-search-hit-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        const a = element("a");
        a.href = root + hit.url;
        a.tabIndex = -1;
        const title = element("span", "ds-search-title");
        appendMarked(title, hit.sectionTitle || hit.pageTitle || hit.url, words);
        const meta = element("span", "ds-search-meta");
        meta.textContent = [hit.sectionTitle && hit.pageTitle !== hit.sectionTitle ? hit.pageTitle : "",
          [hit.project, hit.version].filter(Boolean).join(" ")].filter(Boolean).join(" · ");
        const excerpt = element("span", "ds-search-excerpt");
        appendMarked(excerpt, hit.excerpt || "", words);
        a.append(title, meta, excerpt);
        li.appendChild(a);
        list.appendChild(li);
      });
      show(true);
      select(-1);
    }
    function run() {
      const query = input.value;
      const id = ++serial;
      if (!query.trim()) {
        list.replaceChildren();
        show(false);
        return;
      }
      filters.load();
      search(root, query, 10, filters.current()).then(hits => {
        if (id === serial) {
          render(hits, query);
        }
      }, () => {
        if (id === serial) {
          message("Search is unavailable");
        }
      });
    }
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    });
    input.addEventListener("focus", () => {
      filters.load();
      if (input.value.trim() && list.childElementCount > 0) {
        show(true);
      }
    });
    input.addEventListener("keydown", event => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!isOpen() && list.childElementCount > 0) {
          show(true);
        }
        // Down from the input goes to the first hit, up to the last; past either end, back to the input.
        select(event.key === "ArrowDown" ? active + 1 : active < 0 ? options().length - 1 : active - 1);
        event.preventDefault();
      } else if (event.key === "Enter") {
        const all = options();
        const target = active >= 0 ? all[active] : all[0];
        if (target && isOpen()) {
          window.location.href = target.querySelector("a").href;
          event.preventDefault();
        }
      } else if (event.key === "Escape") {
        if (isOpen()) {
          show(false);
        } else {
          input.value = "";
        }
        event.preventDefault();
      }
    });
    panel.addEventListener("keydown", event => {
      if (event.key === "Escape") {
        show(false);
        input.focus();
        event.preventDefault();
      }
    });
    document.addEventListener("click", event => {
      if (!box.contains(event.target)) {
        show(false);
      }
    });
    list.addEventListener("mousedown", event => event.preventDefault()); // keep the focus in the input
  }

  if (typeof document !== "undefined") {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", initBox);
    } else {
      initBox();
    }
  }

  const api = { search, open, analyze };
  global.DocstackSearch = api;
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  }
})(typeof globalThis !== "undefined" ? globalThis : this);
