// The layer fences are lint rules; these probes prove each one fires (and stays quiet where allowed).
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const probes = [
  {
    path: "src/core/probe.ts",
    code: 'import * as React from "react";\nexport const x = React;\n',
    expected: "no-restricted-imports",
    notes: "the core is pure: no UI imports",
  },
  {
    path: "src/core/probe.ts",
    code: 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n',
    expected: "no-restricted-imports",
    notes: "the core is pure: no Node APIs (the add-in runs it in a browser)",
  },
  {
    path: "src/core/probe.ts",
    code: "export const width = window.innerWidth;\n",
    expected: "no-restricted-globals",
    notes: "the core is pure: no DOM globals",
  },
  {
    path: "src/core/probe.ts",
    code: 'import { createWorkbookOps } from "../excel";\nexport const x = createWorkbookOps;\n',
    expected: "no-restricted-imports",
    notes: "the core may not depend on outer layers",
  },
  {
    path: "src/taskpane/probe.ts",
    code: "export const run = () => Excel.run(async () => undefined);\n",
    expected: "no-restricted-syntax",
    notes: "only src/excel calls Excel.run",
  },
  {
    path: "src/taskpane/probe.ts",
    code: 'import { installSimulatedHost } from "../simhost";\nexport const x = installSimulatedHost;\n',
    expected: "no-restricted-imports",
    notes: "the task pane must not know about the simulated host",
  },
  {
    path: "src/excel/probe.ts",
    code: [
      "export async function slow(context: Excel.RequestContext, ranges: Excel.Range[]) {",
      "  for (const range of ranges) {",
      '    range.load("values");',
      "    await context.sync();",
      "  }",
      "}",
      "",
    ].join("\n"),
    expected: "office-addins/no-context-sync-in-loop",
    notes: "Microsoft's rule: one request per row is what the chunked reader exists to avoid",
  },
  {
    path: "src/taskpane/probe.tsx",
    code: "export const Cell = ({ text }: { text: string }) => <div dangerouslySetInnerHTML={{ __html: text }} />;\n",
    expected: "react/no-danger",
    notes: "cell content is never rendered as HTML",
  },
];

const allowed = {
  path: "src/excel/probe.ts",
  code: [
    "export async function once() {",
    "  return Excel.run(async (context) => {",
    "    const sheet = context.workbook.worksheets.getActiveWorksheet();",
    '    sheet.load("name");',
    "    await context.sync();",
    "    return sheet.name;",
    "  });",
    "}",
    "",
  ].join("\n"),
  notes: "src/excel is where Excel.run and context.sync belong",
};

function lint(inputs: { path: string; code: string }[]): string[][] {
  const out = execFileSync(process.execPath, [join(__dirname, "lintProbes.js")], {
    input: JSON.stringify(inputs),
    encoding: "utf8",
  });
  return JSON.parse(out);
}

describe("layer fences in eslint.config.js", () => {
  let results: string[][];
  beforeAll(() => {
    results = lint([...probes, allowed]);
  }, 60000);

  it.each(probes.map((probe, index) => ({ ...probe, index })))("$path: $notes", ({ index, expected }) => {
    expect(results[index]).toContain(expected);
  });

  it(allowed.notes, () => {
    expect(results[probes.length]).toEqual([]);
  });
});
