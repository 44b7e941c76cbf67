// Lint = Microsoft's Office add-in rules + TypeScript rules + the fences that keep the layers apart.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const js = require("@eslint/js");
const react = require("eslint-plugin-react");
const prettier = require("eslint-plugin-prettier");
const prettierConfig = require("eslint-config-prettier");
const regexp = require("eslint-plugin-regexp");

// What src/core and src/worker may not import: the layers built on them.
const outerLayers = ["excel", "taskpane", "cli", "simhost"].flatMap((dir) => [`**/${dir}`, `**/${dir}/**`]);

const nodeBuiltins = require("node:module").builtinModules.flatMap((m) => [m, `node:${m}`]);

const hostCalls = [
  {
    selector: "CallExpression[callee.object.name='Excel'][callee.property.name='run']",
    message: "Only src/excel/ may call Excel.run.",
  },
  {
    selector: "CallExpression[callee.property.name='sync'][callee.object.property.name='context']",
    message: "Only src/excel/ may call context.sync().",
  },
  {
    selector: "CallExpression[callee.property.name='sync'][callee.object.name='context']",
    message: "Only src/excel/ may call context.sync().",
  },
];

// Microsoft's Office add-in rules, registered here rather than through the plugin's preset: the
// preset brings its own copy of the @typescript-eslint plugin, which clashes with typescript-eslint's.
const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

module.exports = [
  {
    ignores: ["node_modules/", "dist/", "dist-playground/", "lib/", "coverage/", "test-results/", ".bench/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { ...react.configs.flat.recommended, settings: { react: { version: "detect" } } },
  prettierConfig,
  {
    files: ["**/*.{js,ts,tsx}"],
    plugins: { "office-addins": officeAddins, prettier },
    rules: {
      ...officeRules,
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "no-eval": "error",
      // Security: no code from strings, no HTML from strings (cell text must never become markup).
      "no-new-func": "error",
      "no-script-url": "error",
      "react/no-danger": "error",
      "react/jsx-no-script-url": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
        console: "readonly",
      },
    },
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
            {
              group: ["react", "react-dom", "react/*", "react-dom/*"],
              message: "src/core is pure: no UI imports.",
            },
            { group: ["@fluentui/*"], message: "src/core is pure: no UI imports." },
            {
              group: ["@microsoft/office-js", "office-*", "@types/office-js"],
              message: "src/core is pure: no Office imports.",
            },
            {
              group: outerLayers,
              message: "src/core may not depend on outer layers.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "window",
          "document",
          "navigator",
          "localStorage",
          "Office",
          "Excel",
          "OfficeExtension",
          "process",
          "Buffer",
          "require",
          "__dirname",
          "Blob",
          "fetch",
          "XMLHttpRequest",
        ].map((name) => ({
          name,
          message: "src/core is pure: no DOM, host or Node globals.",
        })),
      ],
    },
  },
  {
    // The engine's worker runs the core off the pane's thread: core only, no UI, host or DOM.
    files: ["src/worker/**/*.ts"],
    ignores: ["src/worker/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*", "@microsoft/office-js"],
              message: "src/worker runs only the core.",
            },
            {
              group: outerLayers,
              message: "src/worker may import only src/core.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "Office", "Excel", "OfficeExtension", "process", "require"].map((name) => ({
          name,
          message: "src/worker has no DOM, host or Node globals.",
        })),
      ],
    },
  },
  {
    // Every rule must be linear in the cell's length (a 1 MB cell is checked in milliseconds): no
    // regular expression that can backtrack or rescan super-linearly where cell text flows.
    files: ["src/core/**/*.ts", "src/cli/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    plugins: { regexp },
    rules: {
      ...regexp.configs["flat/recommended"].rules,
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": ["error", { report: "potential" }],
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
        {
          patterns: [
            {
              group: ["**/simhost", "**/simhost/**"],
              message: "The task pane must not know about the simulated host.",
            },
          ],
        },
      ],
    },
  },
];
