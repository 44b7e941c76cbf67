/** @jest-environment jsdom */
// Security properties that need no browser: the taskpane's Content-Security-Policy as webpack
// builds it, the other pages' policies, the manifest's permission, lint rules that are really on,
// and no network API anywhere in the shipped sources. The built dist/taskpane.html is checked by
// test/browser/network.test.ts (the browser project builds dist first, so it cannot skip).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { OFFICE_CDN, directives, expectStrictTaskpanePolicy } from "./csp";

const ROOT = join(__dirname, "..", "..");

interface HtmlPluginLike {
  userOptions?: { filename?: string; templateParameters?: { csp?: string; officeJs?: string } };
}

async function webpackConfig(mode: "production" | "development") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, "webpack.config.js"));
  return factory({}, { mode });
}

describe("Content-Security-Policy", () => {
  it("the production taskpane gets a strict policy from webpack.config.js", async () => {
    const config = await webpackConfig("production");
    const taskpane = (config.plugins as HtmlPluginLike[]).find(
      (p) => p.userOptions?.filename === "taskpane.html",
    );
    expect(taskpane).toBeDefined();
    const params = taskpane!.userOptions!.templateParameters!;
    expectStrictTaskpanePolicy(params.csp ?? "");
    expect(params.officeJs).toBe(`${OFFICE_CDN}/lib/1/hosted/office.js`);
  });

  it("the taskpane template writes the policy as a meta tag and has no inline script", () => {
    const template = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
    expect(template).toMatch(/<meta http-equiv="Content-Security-Policy" content="<%= csp %>" \/>/);
    const doc = new DOMParser().parseFromString(template.replace(/<%[^%]*%>/g, ""), "text/html");
    for (const script of Array.from(doc.querySelectorAll("script"))) {
      expect(script.textContent?.trim()).toBe("");
    }
    expect(template).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
  });

  it.each([
    { file: "src/commands/commands.html", notes: "function file: only office.js may run" },
    { file: "src/taskpane/support.html", notes: "static help page: no script at all" },
  ])("$file has its own policy and no inline script ($notes)", ({ file }) => {
    const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, file), "utf8"), "text/html");
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const d = directives(meta?.getAttribute("content") ?? "");
    expect(["'none'", "'self'"]).toContain(d["default-src"]?.[0]);
    for (const values of Object.values(d)) {
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain("'unsafe-inline'");
    }
    for (const script of Array.from(doc.querySelectorAll("script"))) {
      expect(script.getAttribute("src") ?? "").toMatch(new RegExp(`^${OFFICE_CDN}/`));
      expect(script.textContent?.trim()).toBe("");
    }
  });
});

describe("manifest permission", () => {
  const doc = new DOMParser().parseFromString(
    readFileSync(join(ROOT, "manifest.xml"), "utf8"),
    "application/xml",
  );
  it("asks for ReadWriteDocument (it writes cells) and nothing broader or mail-related", () => {
    const permissions = Array.from(doc.getElementsByTagName("Permissions")).map((e) => e.textContent);
    expect(permissions).toEqual(["ReadWriteDocument"]);
    const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    for (const broader of ["ReadWriteMailbox", "ReadWriteItem", "ReadItem", "WriteDocument"])
      expect(xml).not.toMatch(new RegExp(`>${broader}<`));
  });

  it("trusts no domain but its own", () => {
    // The task pane's own domain needs no AppDomain (listing it "has no effect", per Microsoft's docs).
    const domains = Array.from(doc.getElementsByTagName("AppDomain")).map((e) => e.textContent);
    expect(domains).toEqual([]);
  });
});

/** Every shipped source file (no tests, no simulated host, no playground). */
function shippedSources(dir = join(ROOT, "src")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return ["simhost", "playground", "tests"].includes(name) ? [] : shippedSources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("nothing leaves the machine", () => {
  const NETWORK =
    /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection|importScripts|new\s+Image\s*\(|\bwindow\.open\s*\(|navigator\.share/;
  it("no shipped source uses a network API", () => {
    const files = shippedSources();
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .filter((f) => NETWORK.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it("no shipped source writes HTML from strings (dangerouslySetInnerHTML, innerHTML, document.write)", () => {
    const RAW_HTML =
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/;
    const offenders = shippedSources()
      .filter((f) => RAW_HTML.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
