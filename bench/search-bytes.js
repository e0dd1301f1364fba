// Bytes the browser downloads for static-search queries, Docstack's client (docstack-search.js)
// run in Node over a built site's _docstack/search/ folder, counted like ../shared/peers'
// pagefind_query_bytes.mjs counts Pagefind's: the one-time load (meta.json) apart, then per query
// the files it fetches (word shards, pair shards for several words, the docs chunks of the top 5).
// usage: node bench/search-bytes.js <site>/_docstack/search <query> [<query>...]
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const [folder, ...queries] = process.argv.slice(2);
const client = require(path.join(__dirname, "..", "themes", "default", "src", "assets", "docstack-search.js"));
let log = [];
const index = client.open(name => {
  const buffer = fs.readFileSync(path.join(folder, name));
  log.push([name, buffer.length, zlib.gzipSync(buffer).length]);
  return Promise.resolve(JSON.parse(buffer.toString("utf8")));
});
const sum = (entries, i) => entries.reduce((total, entry) => total + entry[i], 0);

(async () => {
  const clientFile = path.join(__dirname, "..", "themes", "default", "src", "assets", "docstack-search.js");
  const out = { folder, client_gzip: zlib.gzipSync(fs.readFileSync(clientFile)).length, queries: [] };
  for (const query of queries) {
    log = [];
    const started = process.hrtime.bigint();
    const hits = await index.search(query, 5);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const meta = log.filter(([name]) => name === "meta.json");
    const rest = log.filter(([name]) => name !== "meta.json");
    out.queries.push({ q: query, hits: hits.length, first: hits[0] && hits[0].url, meta_bytes: sum(meta, 1), meta_gzip: sum(meta, 2),
      fetch_bytes: sum(rest, 1), fetch_gzip: sum(rest, 2), files: rest.map(([name, n]) => name + ":" + n), ms: Math.round(ms) });
  }
  console.log(JSON.stringify(out, null, 1));
})().catch(error => { console.error(error && error.stack || error); process.exit(1); });
