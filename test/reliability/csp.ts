// What the task pane's Content-Security-Policy must say, wherever it is read from: webpack.config.js
// (test/reliability/security.test.ts) or the built dist/taskpane.html (test/browser/network.test.ts).

export const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** "a b; c d" → { a: ["b"], c: ["d"] } */
export function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name, ...values]) => [name, values]),
  );
}

/** What the taskpane policy must say, wherever it is read from (webpack config or built page). */
export function expectStrictTaskpanePolicy(policy: string): void {
  const d = directives(policy);
  expect(d["default-src"]).toEqual(["'self'"]);
  expect(d["script-src"]).toEqual(["'self'", OFFICE_CDN]);
  expect(d["connect-src"]).toEqual(["'self'"]);
  expect(d["object-src"]).toEqual(["'none'"]);
  expect(d["base-uri"]).toEqual(["'self'"]);
  expect(d["form-action"]).toEqual(["'none'"]);
  // No eval and no inline script anywhere in the policy (style-src may allow inline: Griffel).
  for (const [name, values] of Object.entries(d)) {
    expect(values).not.toContain("'unsafe-eval'");
    expect(values).not.toContain("'wasm-unsafe-eval'");
    if (name !== "style-src") expect(values).not.toContain("'unsafe-inline'");
    expect(values).not.toContain("*");
    expect(values).not.toContain("https:");
    expect(values).not.toContain("http:");
  }
}
