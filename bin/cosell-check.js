#!/usr/bin/env node
// Runs the compiled CLI; `npm ci` compiles it through the `prepare` script.
require("../lib/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
