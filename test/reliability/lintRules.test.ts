// The security lint rules are really on for the task pane's sources (a rule missing from
// eslint.config.js would otherwise pass silently). Node environment: ESLint needs structuredClone.
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

describe("security lint rules are on", () => {
  const cases = [
    {
      code: "export const Cell = ({ v }: { v: string }) => <div dangerouslySetInnerHTML={{ __html: v }} />;\n",
      rule: "react/no-danger",
      notes: "cell text must never be rendered as HTML",
    },
    {
      code: 'export const f = (v: string) => new Function("return " + v);\n',
      rule: "no-new-func",
      notes: "code from strings",
    },
    {
      code: 'export const A = () => <a href="javascript:void 0">x</a>;\n',
      rule: "react/jsx-no-script-url",
      notes: "script URLs in markup",
    },
  ];
  it.each(cases)(
    "$rule: $notes",
    async ({ code, rule }) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { ESLint } = require("eslint");
      // The project's own config, passed in: ESLint's file loader needs a dynamic import Jest lacks.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require(join(ROOT, "eslint.config.js"));
      const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });
      const [result] = await eslint.lintText(code, { filePath: join(ROOT, "src", "taskpane", "Probe.tsx") });
      const hits = result.messages.filter(
        (m: { ruleId: string; severity: number }) => m.ruleId === rule && m.severity === 2,
      );
      expect(hits).toHaveLength(1);
    },
    60_000,
  );
});

describe("regular expressions in the core cannot backtrack super-linearly", () => {
  // Each pattern below once made a long cell take seconds (120 KB: 4 s, 320 KB: ~56 s). The lint
  // rule turns such a pattern into a lint error in src/core, so it cannot come back unnoticed;
  // the timing itself is in `npm run bench` (tests never measure time).
  const cases = [
    {
      code: "export const f = (v: string) => /^[\\d\\s().,-]*\\d[\\d\\s().,-]*$/.test(v);\n",
      notes: "formula-like's old number-after-a-sign test",
    },
    {
      code: 'export const f = (v: string) => v.replace(/0+$/, "");\n',
      notes: "money's old trailing-zero strip",
    },
    {
      code: "export const f = (v: string) => /^[^,]*,\\s*([^,]*)$/.exec(v);\n",
      notes: "team member's old email capture",
    },
    {
      code: "export const f = (v: string) => /^(.*?) ?(-?\\d+)$/.exec(v);\n",
      notes: "header's old number split",
    },
    {
      code: "export const f = (v: string) => /^\\d:\\d\\s*(AM)?\\s*(Z)?$/.exec(v);\n",
      notes: "dates' old time suffix",
    },
  ];
  it.each(cases)(
    "$notes",
    async ({ code }) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { ESLint } = require("eslint");
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require(join(ROOT, "eslint.config.js"));
      const eslint = new ESLint({ cwd: ROOT, overrideConfig: config, overrideConfigFile: true });
      const [result] = await eslint.lintText(code, {
        filePath: join(ROOT, "src", "core", "rules", "Probe.ts"),
      });
      const hits = result.messages.filter(
        (m: { ruleId: string; severity: number }) =>
          /^regexp\/no-super-linear-(backtracking|move)$/.test(m.ruleId) && m.severity === 2,
      );
      expect(hits.length).toBeGreaterThan(0);
    },
    60_000,
  );
});
