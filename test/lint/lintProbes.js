// Lints snippets as if they were files at the given paths, with the project's eslint.config.js.
// Runs in its own Node process (ESLint loads its config with a dynamic import, which Jest's VM lacks).
const { ESLint } = require("eslint");

async function main() {
  const input = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
  const eslint = new ESLint({ cwd: require("node:path").join(__dirname, "..", "..") });
  const results = [];
  for (const probe of input) {
    const [result] = await eslint.lintText(probe.code, { filePath: probe.path });
    results.push(result.messages.map((m) => m.ruleId ?? "parse-error"));
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error));
  process.exit(1);
});
