// Lint = Microsoft's Office add-in rules + TypeScript rules + the fences that keep the layers apart.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

const nodeBuiltins = require("node:module").builtinModules.flatMap((m) => [m, `node:${m}`]);

const hostCalls = [
  { selector: "CallExpression[callee.object.name='Excel'][callee.property.name='run']", message: "Only src/excel/ may call Excel.run." },
  { selector: "CallExpression[callee.property.name='sync'][callee.object.property.name='context']", message: "Only src/excel/ may call context.sync()." },
  { selector: "CallExpression[callee.property.name='sync'][callee.object.name='context']", message: "Only src/excel/ may call context.sync()." },
];

module.exports = [
  { ignores: ["node_modules/", "dist/", "lib/", "coverage/", "test-results/", ".bench/"] },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    // The office-addins preset only covers .ts/.js; apply the same rules to .tsx.
    files: ["**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The core is pure: no UI, no host, no Node, no DOM.
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "src/core is pure: no Node APIs." })),
          patterns: [
            { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "src/core is pure: no UI imports." },
            { group: ["@fluentui/*"], message: "src/core is pure: no UI imports." },
            { group: ["@microsoft/office-js", "office-*", "@types/office-js"], message: "src/core is pure: no Office imports." },
            { group: ["**/excel/**", "**/taskpane/**", "**/cli/**", "**/simhost/**"], message: "src/core may not depend on outer layers." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "localStorage", "Office", "Excel", "OfficeExtension", "process", "Buffer", "require", "__dirname", "Blob", "fetch", "XMLHttpRequest"].map((name) => ({
          name,
          message: "src/core is pure: no DOM, host or Node globals.",
        })),
      ],
    },
  },
  {
    // Office.js calls live in src/excel only (the simulated host implements them; tests drive them).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/simhost/**", "src/**/*.test.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", ...hostCalls] },
  },
  {
    // The task pane renders state; it reaches the workbook only through injected operations.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/simhost/**"], message: "The task pane must not know about the simulated host." }] },
      ],
    },
  },
];
