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
