// The task pane's UI strings for plain-JS scripts (screenshots): src/taskpane/i18n/<lang>.ts
// transpiled on the fly with TypeScript, so that a script clicks what the pane says today rather
// than a copy of its wording. The language files hold one object and type-only imports.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { runInNewContext } = require("node:vm");
const ts = require("typescript");

const I18N_DIR = join(__dirname, "..", "src", "taskpane", "i18n");

/** The strings object of one UI language ("en", "fr", …). */
function uiStrings(language) {
  const source = readFileSync(join(I18N_DIR, `${language}.ts`), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const module = { exports: {} };
  runInNewContext(outputText, { module, exports: module.exports, require: () => ({}) });
  const strings = module.exports[language];
  if (!strings) throw new Error(`src/taskpane/i18n/${language}.ts exports no ${language}`);
  return strings;
}

/** {name} placeholders filled in, as the pane's translate() does (numbers as given). */
function fill(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A string as a pattern that matches it at the start, its placeholders matching any text. */
function startPattern(template) {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+?")}`);
}

module.exports = { uiStrings, fill, startPattern };
