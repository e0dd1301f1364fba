// Runs the static search client (docstack-search.js) under Node over an exported folder.
// Usage: node node-harness.js <client.js> <export folder> <queries.json> <limit>
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
    results.push(await index.search(query, Number(limit)));
  }
  process.stdout.write(JSON.stringify({ results, files: loads }));
})().catch(error => {
  console.error(error && error.stack || error);
  process.exit(1);
});
