// Nothing leaves the machine: the built task pane, under the simulated host, checks a pasted sample
// (with HTML and formula bait in its cells) and requests nothing but its own files and office.js.
// Also asserts the Content-Security-Policy of the built page and that the browser enforces it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvText } from "../../src/core/csv";
import { OFFICE_CDN, expectStrictTaskpanePolicy } from "../reliability/csp";
import { openTaskpane, useTestBrowser } from "./browser";
import { goToStep, waitForStatus } from "./taskpaneDriver";
import { distDir } from "./server";

const run = useTestBrowser();

function sampleRows(): string[][] {
  const read = readCsvText(readFileSync(join(__dirname, "..", "..", "examples", "mistakes.csv"), "utf8"));
  if (!read.ok) throw new Error("examples/mistakes.csv no longer reads");
  const rows = read.table.rows.map((r) => r.slice());
  // Bait: if any cell text were rendered as HTML or followed as a link, a request would leave.
  const notes = rows[0].indexOf("Notes");
  rows[1][notes] =
    '<img src="https://evil.example/pixel.png"> <script src="https://evil.example/x.js"></script> ';
  rows[2][rows[0].indexOf("Deal Name")] = '<iframe src="https://evil.example/frame"></iframe> ';
  rows[3][rows[0].indexOf("CRM ID")] = "@import url(https://evil.example/style.css)";
  return rows;
}

describe("the built taskpane.html", () => {
  it("exists (the browser project builds dist first) and carries the strict policy", async () => {
    const file = join(distDir, "taskpane.html");
    expect(existsSync(file)).toBe(true);
    // The build minifies the HTML (unquoted attributes): let the browser's own parser read it.
    const page = await run.browser.newPage();
    const parsed = await page.evaluate(
      (html) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        return {
          policy:
            doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
          scripts: Array.from(doc.querySelectorAll("script")).map((s) => ({
            src: s.getAttribute("src") ?? "",
            body: s.textContent ?? "",
          })),
          handlers: Array.from(doc.querySelectorAll("*")).flatMap((e) =>
            e.getAttributeNames().filter((n) => n.startsWith("on")),
          ),
        };
      },
      readFileSync(file, "utf8"),
    );
    await page.close();
    expectStrictTaskpanePolicy(parsed.policy);
    // Every script is a file: our bundle or Office.js from the CDN; none inline, no inline handlers.
    expect(parsed.scripts.length).toBeGreaterThanOrEqual(2);
    for (const script of parsed.scripts) {
      expect(script.body.trim()).toBe("");
      expect(script.src.startsWith(`${OFFICE_CDN}/`) || /^[\w./-]+\.js$/.test(script.src)).toBe(true);
    }
    expect(parsed.handlers).toEqual([]);
  });
});

describe("network", () => {
  it("checking a pasted sample requests only the page's own files and office.js", async () => {
    const { page, foreignRequests, pageErrors } = await openTaskpane(run.browser, run.server.origin);
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const violations: string[] = [];
    await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
    await goToStep(page, "check");

    await page.evaluate((rows) => {
      const sim = window.__sim;
      sim.paste(sim.activeSheet ?? "Sheet1", "A1", rows);
    }, sampleRows());
    await page.getByRole("button", { name: "Check sheet" }).click();
    await waitForStatus(page, /Check complete/);
    // Let anything the findings list might load (images, frames, fonts) start.
    await page.waitForLoadState("networkidle");

    const ownOrOffice = (url: string) =>
      url.startsWith(run.server.origin + "/") ||
      url.startsWith(`${OFFICE_CDN}/`) ||
      url.startsWith("data:") ||
      url.startsWith("blob:");
    expect(requested.filter((u) => !ownOrOffice(u))).toEqual([]);
    expect(foreignRequests.filter((u) => !u.startsWith(`${OFFICE_CDN}/`))).toEqual([]);
    expect(await page.locator("iframe, img[src*='evil']").count()).toBe(0);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("the browser enforces the policy: eval and inline script are refused", async () => {
    const { page } = await openTaskpane(run.browser, run.server.origin);
    await goToStep(page, "check");
    const outcome = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => seen.push(e.violatedDirective));
      // Code evaluated through DevTools may itself call eval(); a string timer compiles in the page.
      setTimeout("window.__timerRan = true;" as unknown as () => void, 0);
      const inline = document.createElement("script");
      inline.textContent = "window.__inlineRan = true;";
      document.body.appendChild(inline);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const flags = window as unknown as { __inlineRan?: boolean; __timerRan?: boolean };
      return { timerRan: flags.__timerRan === true, inlineRan: flags.__inlineRan === true, seen };
    });
    expect(outcome.timerRan).toBe(false);
    expect(outcome.inlineRan).toBe(false);
    expect(outcome.seen).toEqual(expect.arrayContaining(["script-src", "script-src-elem"]));
    await page.context().close();
  });
});
