// The baseline process for `npm run bench`: start node, read the file, Papa.parse it, exit.
const { readFileSync } = require("node:fs");
const Papa = require("papaparse");

const text = readFileSync(process.argv[2], "utf8");
const result = Papa.parse(text, { header: false, skipEmptyLines: false });
if (result.data.length === 0) process.exitCode = 1;
