// Runs the static search client (docstack-search.js) under Node over an exported folder.
// Usage: node node-harness.js <client.js> <export folder> <queries.json> <limit>
// queries.json: an array of queries, each a string or {"query": …, "filters": {projects, versions, kinds}}.
// Prints {"results": [[hit, …] per query], "files": number of files loaded} as JSON.
"use strict";
const fs = require("fs");
const path = require("path");

const [client, folder, queriesFile, limit] = process.argv.slice(2);
const DocstackSearch = require(path.resolve(client));
let loads = 0;
const index = DocstackSearch.open(name => {
  loads++;
  return fs.promises.readFile(path.join(folder, name), "utf8").then(JSON.parse);
});
const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));

(async () => {
  const results = [];
  for (const query of queries) {
    const q = typeof query === "string" ? { query } : query;
    results.push(await index.search(q.query, Number(limit), q.filters || null));
  }
  process.stdout.write(JSON.stringify({ results, files: loads }));
})().catch(error => {
  console.error(error && error.stack || error);
  process.exit(1);
});
