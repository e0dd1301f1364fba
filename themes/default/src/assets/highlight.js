/*
 * Docstack highlighter: a small, dependency-free syntax highlighter for code blocks.
 *
 * Finds <pre><code> blocks whose language is given by
 *   - class="language-X" (or lang-X) on <code> (Flexmark), or
 *   - data-lang="X" on <code> / <pre>, or class="language-X" on <pre> (Asciidoctor),
 * splits the text into tokens with per-language rules and rebuilds the block from DOM text
 * nodes and <span class="tok-KIND"> elements. Source text only ever goes through
 * createTextNode / textContent, never innerHTML, so nothing in a code block can inject markup.
 *
 * Token kinds: keyword, string, comment, number, attr, tag, punct (+ "prompt" for shell prompts).
 *
 * API (window.DocstackHighlight): highlightAll(root), highlightElement(codeEl),
 * tokenize(source, language) -> [[kind|null, text], ...], languageOf(codeEl).
 */
(function (global) {
  "use strict";

  // ------------------------------------------------------------------ scanner

  // A rule is { re, kind, when, next }: `re` is matched exactly at the current position
  // (sticky flag), `kind` is a token kind, null (plain text) or a function
  // (text, source, endIndex) -> kind, `when(source, index)` optionally restricts where the rule
  // may start, and `next` switches the scanner state (used for XML tags).
  function rule(re, kind, opts) {
    const r = { re: new RegExp(re.source, "y" + re.flags.replace(/[gy]/g, "")), kind: kind };
    if (opts) Object.assign(r, opts);
    return r;
  }

  function pushToken(tokens, kind, text) {
    const last = tokens[tokens.length - 1];
    if (last && last[0] === kind) last[1] += text;
    else tokens.push([kind, text]);
  }

  function scan(src, states, tokens) {
    let state = "root";
    let i = 0;
    outer: while (i < src.length) {
      const rules = states[state];
      for (let k = 0; k < rules.length; k++) {
        const r = rules[k];
        if (r.when && !r.when(src, i)) continue;
        r.re.lastIndex = i;
        const m = r.re.exec(src);
        if (!m || m[0].length === 0) continue;
        const end = i + m[0].length;
        const kind = typeof r.kind === "function" ? r.kind(m[0], src, end) : r.kind;
        pushToken(tokens, kind, m[0]);
        i = end;
        if (r.next) state = r.next;
        continue outer;
      }
      pushToken(tokens, null, src[i]);   // nothing matched: one plain character
      i++;
    }
    return tokens;
  }

  // ------------------------------------------------------------------ rule helpers

  const lineStart = (s, i) => i === 0 || s[i - 1] === "\n";
  // Only blanks since the start of the line.
  const firstOnLine = (s, i) => /(?:^|\n)[ \t]*$/.test(s.slice(Math.max(0, s.lastIndexOf("\n", i - 1)), i));
  // Shell/YAML comments and shell options need whitespace (or a separator) before them.
  const afterSpace = (s, i) => i === 0 || /[\s;&|(]/.test(s[i - 1]);
  const words = (list) => new Set(list.split(" "));
  const classify = (keywords, fallback) => (w) => (keywords.has(w) ? "keyword" : fallback);

  const DQ = /"(?:[^"\\\n]|\\.)*"?/;
  const SQ = /'(?:[^'\\\n]|\\.)*'?/;
  const LINE_COMMENT = /\/\/[^\n]*/;
  const BLOCK_COMMENT = /\/\*[\s\S]*?(?:\*\/|$)/;
  const NUMBER = /(?:0[xX][\da-fA-F_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)[lLfFdDnN]?/;
  const SPACE = /\s+/;

  // ------------------------------------------------------------------ languages

  const JAVA_KEYWORDS = words(
    "abstract assert boolean break byte case catch char class const continue default do double else enum " +
    "extends final finally float for goto if implements import instanceof int interface long native new " +
    "package private protected public return short static strictfp super switch synchronized this throw " +
    "throws transient try void volatile while var record yield sealed permits true false null"
  );
  const java = {
    root: [
      rule(SPACE, null),
      rule(BLOCK_COMMENT, "comment"),
      rule(LINE_COMMENT, "comment"),
      rule(/"""[\s\S]*?(?:"""|$)/, "string"),
      rule(DQ, "string"),
      rule(/'(?:[^'\\\n]|\\.)+'/, "string"),
      rule(/@[A-Za-z_][\w.]*/, "attr"),
      rule(/[A-Za-z_$][\w$]*/, classify(JAVA_KEYWORDS, null)),
      rule(NUMBER, "number"),
      rule(/[{}()\[\];,.:?!<>=+\-*\/%&|^~]+/, "punct"),
    ],
  };

  const JS_KEYWORDS = words(
    "async await break case catch class const continue debugger default delete do else export extends " +
    "finally for from function if import in instanceof let new of return static super switch this throw " +
    "try typeof var void while with yield true false null undefined NaN Infinity " +
    "interface type enum implements private protected public readonly as"
  );
  const javascript = {
    root: [
      rule(SPACE, null),
      rule(BLOCK_COMMENT, "comment"),
      rule(LINE_COMMENT, "comment"),
      rule(/`(?:[^`\\]|\\[\s\S])*`?/, "string"),
      rule(DQ, "string"),
      rule(SQ, "string"),
      rule(/[A-Za-z_$][\w$]*/, classify(JS_KEYWORDS, null)),
      rule(NUMBER, "number"),
      rule(/[{}()\[\];,.:?!<>=+\-*\/%&|^~]+/, "punct"),
    ],
  };

  const PY_KEYWORDS = words(
    "False None True and as assert async await break class continue def del elif else except finally for " +
    "from global if import in is lambda nonlocal not or pass raise return try while with yield match case"
  );
  const python = {
    root: [
      rule(SPACE, null),
      rule(/#[^\n]*/, "comment"),
      // Optional prefix (r, b, f, u, rb, ...) then a triple-quoted or single-line string.
      rule(/(?:[rRbBuUfF]{1,2})?(?:"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?)/, "string"),
      rule(/@[A-Za-z_][\w.]*/, "attr", { when: firstOnLine }),
      rule(/[A-Za-z_]\w*/, classify(PY_KEYWORDS, null)),
      rule(NUMBER, "number"),
      rule(/[{}()\[\];,.:<>=+\-*\/%&|^~@!]+/, "punct"),
    ],
  };

  const SHELL_KEYWORDS = words(
    "if then else elif fi case esac for select while until do done in function time return exit export " +
    "local readonly declare unset set shift source alias cd echo printf read test eval exec trap sudo"
  );
  const bash = {
    root: [
      rule(/\$ /, "punct prompt", { when: lineStart }),
      rule(SPACE, null),
      rule(/#[^\n]*/, "comment", { when: afterSpace }),
      rule(/"(?:[^"\\]|\\[\s\S])*"?/, "string"),
      rule(/\$?'[^']*'?/, "string"),
      rule(/\$(?:\{[^}\n]*\}?|[A-Za-z_]\w*|[0-9#?@*!$-])/, "attr"),
      rule(/--?[A-Za-z0-9][\w.:-]*/, "attr", { when: afterSpace }),
      // A "word": command, argument, path. Digits-only words are numbers.
      rule(/[\w.\/~+:,@%-]+/, (w) => (SHELL_KEYWORDS.has(w) ? "keyword" : /^\d+$/.test(w) ? "number" : null)),
      rule(/[|&;()<>{}\[\]=!\\]+/, "punct"),
    ],
  };

  // Terminal sessions: lines starting with a prompt are commands, the others are output.
  function tokenizeConsole(src, tokens) {
    let continued = false;   // previous command line ended with a backslash
    for (const line of src.split(/(?<=\n)/)) {
      const m = /^([ \t]*(?:[$#%>]|PS>) )/.exec(line);
      if (m && !continued) {
        pushToken(tokens, "punct prompt", m[1]);
        scan(line.slice(m[1].length), bash, tokens);
        continued = /\\\r?\n?$/.test(line);
      } else if (continued) {
        scan(line, bash, tokens);
        continued = /\\\r?\n?$/.test(line);
      } else {
        pushToken(tokens, null, line);
      }
    }
    return tokens;
  }

  const json = {
    root: [
      rule(SPACE, null),
      rule(LINE_COMMENT, "comment"),
      rule(BLOCK_COMMENT, "comment"),
      // A string followed by ":" is a key.
      rule(DQ, (text, s, end) => (/^\s*:/.test(s.slice(end, end + 64)) ? "attr" : "string")),
      rule(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, "number"),
      rule(/\b(?:true|false|null)\b/, "keyword"),
      rule(/[{}\[\],:]/, "punct"),
    ],
  };

  // A scalar that ends here (end of line, comment, or flow punctuation follows).
  const SCALAR_END = /(?=[ \t]*(?:[,\]}]|[ \t]#|\r?\n|$))/.source;
  const yaml = {
    root: [
      rule(/[ \t]+|\r?\n/, null),
      rule(/#[^\n]*/, "comment", { when: afterSpace }),
      rule(/(?:---|\.\.\.)(?=\s|$)/, "punct", { when: lineStart }),
      // Keys: only blanks and "- " list markers before them on the line, then ": ".
      rule(/(?:"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^\s#'"{}\[\],&*!|>%@`-][^\n:#]*?|-[^\s\n:#][^\n:#]*?)(?=[ \t]*:(?:[ \t]|\r?\n|$))/, "attr", {
        when: (s, i) => /(?:^|\n)[ \t]*(?:-[ \t]+)*$/.test(s.slice(Math.max(0, s.lastIndexOf("\n", i - 1)), i)),
      }),
      rule(/-(?=[ \t]|\r?\n|$)/, "punct"),
      rule(/:(?=[ \t]|\r?\n|$)/, "punct"),
      rule(/[|>][-+]?\d*(?=[ \t]*(?:#|\r?\n|$))/, "punct"),
      rule(/[&*][\w-]+|!{1,2}[\w\/:.-]*/, "tag"),
      rule(DQ, "string"),
      rule(SQ, "string"),
      rule(new RegExp("[-+]?(?:0x[\\da-fA-F]+|\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\.inf|\\.nan)" + SCALAR_END), "number"),
      rule(new RegExp("(?:true|false|yes|no|on|off|null|True|False|TRUE|FALSE|Null|NULL|~)" + SCALAR_END), "keyword"),
      rule(/[\[\]{},]/, "punct"),
      rule(/[^\s#:,\[\]{}]+/, null),
    ],
  };

  const xml = {
    root: [
      rule(/<!--[\s\S]*?(?:-->|$)/, "comment"),
      rule(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/, "string"),
      rule(/<[!?][^>]*>?/, "tag"),
      rule(/<\/?(?=[A-Za-z_])/, "punct", { next: "tagName" }),
      rule(/&(?:#\d+|#x[\da-fA-F]+|\w+);/, "number"),
      rule(/[^<&]+/, null),
    ],
    tagName: [rule(/[\w:.-]+/, "tag", { next: "tag" })],
    tag: [
      rule(SPACE, null),
      rule(/\/?>/, "punct", { next: "root" }),
      rule(/[^\s=>\/"']+/, "attr"),
      rule(/=/, "punct"),
      rule(/"[^"]*"?|'[^']*'?/, "string"),
    ],
  };

  // .properties and .ini: line based (key, separator, value; [sections]; # ; ! comments).
  function tokenizeProperties(src, tokens) {
    let continued = false;   // a value ending with "\" goes on on the next line
    for (const line of src.split(/(?<=\n)/)) {
      const body = line.replace(/\r?\n$/, "");
      const eol = line.slice(body.length);
      let m;
      if (continued) {
        pushToken(tokens, "string", body);
        continued = /\\$/.test(body);
      } else if (/^\s*[#;!]/.test(body)) {
        pushToken(tokens, "comment", body);
      } else if ((m = /^(\s*)(\[[^\]]*\])(.*)$/.exec(body))) {
        pushToken(tokens, null, m[1]);
        pushToken(tokens, "tag", m[2]);
        pushToken(tokens, null, m[3]);
      } else if ((m = /^(\s*)((?:\\.|[^=:\s\\])+)([ \t]*[=:][ \t]*|[ \t]+)?(.*)$/.exec(body))) {
        pushToken(tokens, null, m[1]);
        pushToken(tokens, "attr", m[2]);
        if (m[3]) pushToken(tokens, /[=:]/.test(m[3]) ? "punct" : null, m[3]);
        if (m[4]) pushToken(tokens, "string", m[4]);
        continued = /\\$/.test(body);
      } else {
        pushToken(tokens, null, body);
      }
      if (eol) pushToken(tokens, null, eol);
    }
    return tokens;
  }

  // HTTP messages: request/status line, headers, then a body highlighted by its apparent type.
  function tokenizeHttp(src, tokens) {
    const split = /\r?\n\r?\n/.exec(src);
    const head = split ? src.slice(0, split.index) : src;
    const body = split ? src.slice(split.index + split[0].length) : "";
    head.split(/(?<=\n)/).forEach((line, n) => {
      const body = line.replace(/\r?\n$/, "");
      const eol = line.slice(body.length);
      let m;
      if (n === 0 && (m = /^([A-Z]+)( +)(\S+)(?:( +)(HTTP\/[\d.]+))?(.*)$/.exec(body)) && !/^HTTP\//.test(body)) {
        pushToken(tokens, "keyword", m[1]);
        pushToken(tokens, null, m[2]);
        pushToken(tokens, "string", m[3]);
        if (m[4]) { pushToken(tokens, null, m[4]); pushToken(tokens, "tag", m[5]); }
        pushToken(tokens, null, m[6]);
      } else if (n === 0 && (m = /^(HTTP\/[\d.]+)( +)(\d{3})(.*)$/.exec(body))) {
        pushToken(tokens, "tag", m[1]);
        pushToken(tokens, null, m[2]);
        pushToken(tokens, "number", m[3]);
        pushToken(tokens, null, m[4]);
      } else if ((m = /^([\w-]+)(:)(.*)$/.exec(body))) {
        pushToken(tokens, "attr", m[1]);
        pushToken(tokens, "punct", m[2]);
        pushToken(tokens, null, m[3]);
      } else {
        pushToken(tokens, null, body);
      }
      if (eol) pushToken(tokens, null, eol);
    });
    if (split) {
      pushToken(tokens, null, split[0]);
      const start = body.trimStart()[0];
      if (start === "{" || start === "[") scan(body, json, tokens);
      else if (start === "<") scan(body, xml, tokens);
      else pushToken(tokens, null, body);
    }
    return tokens;
  }

  const LANGUAGES = {
    bash: (s, t) => scan(s, bash, t),
    console: tokenizeConsole,
    json: (s, t) => scan(s, json, t),
    yaml: (s, t) => scan(s, yaml, t),
    xml: (s, t) => scan(s, xml, t),
    java: (s, t) => scan(s, java, t),
    python: (s, t) => scan(s, python, t),
    javascript: (s, t) => scan(s, javascript, t),
    http: tokenizeHttp,
    properties: tokenizeProperties,
  };

  const ALIASES = {
    sh: "bash", shell: "bash", zsh: "bash", ksh: "bash",
    "shell-session": "console", shellsession: "console", terminal: "console", sh_session: "console",
    jsonc: "json", json5: "json",
    yml: "yaml",
    html: "xml", htm: "xml", xhtml: "xml", svg: "xml", pom: "xml", xsd: "xml", xsl: "xml", xslt: "xml",
    py: "python", python3: "python",
    js: "javascript", mjs: "javascript", cjs: "javascript", jsx: "javascript",
    ts: "javascript", typescript: "javascript", tsx: "javascript",
    ini: "properties", cfg: "properties", conf: "properties", toml: "properties",
  };

  function normalize(name) {
    if (!name) return null;
    const n = String(name).trim().toLowerCase();
    const lang = ALIASES[n] || n;
    return Object.prototype.hasOwnProperty.call(LANGUAGES, lang) ? lang : null;
  }

  /** Tokens of `src` in `language` (name or alias): [[kind or null, text], ...]. */
  function tokenize(src, language) {
    const lang = normalize(language);
    if (!lang) return [[null, src]];
    return LANGUAGES[lang](src, []);
  }

  // ------------------------------------------------------------------ DOM

  function classLanguage(el) {
    const m = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(el.getAttribute("class") || "");
    return m ? m[1] : null;
  }

  /** Language of a <code> element from its own or its <pre>'s class / data-lang, or null. */
  function languageOf(code) {
    const pre = code.parentElement;
    const candidates = [
      code.getAttribute("data-lang"),
      classLanguage(code),
      pre && pre.getAttribute("data-lang"),
      pre && classLanguage(pre),
    ];
    for (const c of candidates) {
      const lang = normalize(c);
      if (lang) return lang;
    }
    return null;
  }

  function render(tokens) {
    const doc = global.document;
    const frag = doc.createDocumentFragment();
    for (const [kind, text] of tokens) {
      if (!kind) {
        frag.appendChild(doc.createTextNode(text));
      } else {
        const span = doc.createElement("span");
        span.className = kind.split(" ").map((k) => "tok-" + k).join(" ");
        span.textContent = text;
        frag.appendChild(span);
      }
    }
    return frag;
  }

  // Asciidoctor callout markers inside listings; they are kept as they are.
  const isCallout = (el) => el.classList.contains("conum") || (el.tagName === "B" && /^\(\d+\)$/.test(el.textContent));

  const MAX_LENGTH = 200000;   // beyond this, highlighting costs more than it helps

  function highlightElement(code) {
    if (code.hasAttribute("data-highlighted")) return;
    const lang = languageOf(code);
    if (!lang || code.textContent.length > MAX_LENGTH) return;
    const elements = Array.from(code.children);
    // Already highlighted by someone else (e.g. Asciidoctor with Rouge): leave it alone.
    if (elements.some((el) => !isCallout(el))) return;
    code.setAttribute("data-highlighted", lang);
    if (elements.length === 0) {
      const tokens = tokenize(code.textContent, lang);
      code.textContent = "";
      code.appendChild(render(tokens));
      return;
    }
    // Callouts present: highlight the text between them piece by piece.
    for (const node of Array.from(code.childNodes)) {
      if (node.nodeType === 3 && node.data) code.replaceChild(render(tokenize(node.data, lang)), node);
    }
  }

  function highlightAll(root) {
    (root || global.document).querySelectorAll("pre > code").forEach(highlightElement);
  }

  global.DocstackHighlight = { highlightAll, highlightElement, tokenize, languageOf };
})(typeof window !== "undefined" ? window : globalThis);
