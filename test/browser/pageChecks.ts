// Page-wide checks for the accessibility tests: axe-core's rules and horizontal overflow.
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const axeSource = readFileSync(join(__dirname, "..", "..", "node_modules", "axe-core", "axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Waits until no CSS transition or Web Animation runs: a dialog fading in has text at partial
 * opacity, which axe would measure as low contrast.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

/**
 * Fluent UI's focus manager (Tabster) puts aria-hidden focusable sentinels (<i data-tabster-dummy>)
 * around focus scopes; they hand focus on at once and are a documented false positive of
 * aria-hidden-focus (microsoft/tabster#288; Accessibility Insights suppresses them the same way).
 * Only those nodes of only that rule are dropped.
 */
function isTabsterSentinel(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
}

/** axe-core's serious and critical violations on the whole document (WCAG 2.x A/AA and best practice). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await settled(page);
  // The pane's Content-Security-Policy refuses inline <script> (addScriptTag); evaluating through
  // the DevTools protocol is not subject to it, and the page keeps its real policy.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          html: n.html,
          text: `${n.target.join(" ")} — ${n.failureSummary ?? ""}`,
        })),
      }));
  });
  return found
    .map(({ nodes, ...v }) => ({
      ...v,
      targets: nodes
        .filter((n) => !isTabsterSentinel(v.id, n.html))
        .slice(0, 5)
        .map((n) => n.text),
    }))
    .filter((v) => v.targets.length > 0);
}

interface AxeResults {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[]; html: string; failureSummary?: string }[];
  }[];
}

/** Readable report for a failing expectation. */
export function describeViolations(state: string, violations: Violation[]): string {
  return violations
    .map((v) => `[${state}] ${v.impact} ${v.id}: ${v.help}\n  ${v.targets.join("\n  ")}`)
    .join("\n");
}

/** Widths that would make the 320 px pane scroll sideways, with the widest offenders named. */
export async function horizontalOverflow(page: Page): Promise<{
  scrollWidth: number;
  clientWidth: number;
  offenders: string[];
}> {
  return page.evaluate(() => {
    const root = document.scrollingElement as Element;
    const clientWidth = root.clientWidth;
    const offenders = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").slice(0, 40)}"`);
    return { scrollWidth: root.scrollWidth, clientWidth, offenders };
  });
}

/**
 * Words of labels, headings, buttons and summary terms that the layout breaks across lines
 * (overflow-wrap: anywhere keeps long values from scrolling sideways, but "Enregistrem|ents" is
 * unreadable). Words with a hyphen or slash may wrap there and are left out, and so is Japanese
 * script, which wraps between characters.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    // Each line of "Counts per rule" too: badge and title sit beside the Fix all button.
    const scope = "h1, h2, h3, dt, dd, label, button, [role='tab'], [role='radio'], li[data-testid^='rule-']";
    for (const element of document.querySelectorAll(scope)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        // Japanese (kana, kanji, full-width forms) breaks between any two characters by design.
        for (const match of text.matchAll(/[^\s\-/\u3000-\u9fff\uff00-\uffef]{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index ?? 0);
          range.setEnd(node, (match.index ?? 0) + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return [...new Set(broken)];
  });
}
