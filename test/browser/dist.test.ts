// What `npm run build` leaves in dist/ is exactly what is deployed: no simulated host or playground,
// no source map carrying the sources, a manifest that points only at the production URL.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { distDir, playgroundDir } from "./server";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionUrl } = require("../../webpack.config.js");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [relative(distDir, full).split("\\").join("/")];
  });
}

describe("dist/ after npm run build", () => {
  const shipped = files(distDir);

  it("holds the task pane, commands and support pages, assets and manifest, nothing else", () => {
    const allowed = [
      /^taskpane\.(html|js)$/,
      /^taskpane\.js\.LICENSE\.txt$/,
      // The rules engine's Web Worker (src/worker/spawn.ts), loaded from the same origin.
      /^cosell-engine\.js(\.LICENSE\.txt)?$/,
      /^(commands|support)\.html$/,
      /^manifest\.xml$/,
      /^assets\/[\w-]+\.png$/,
    ];
    expect(shipped.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    const needs = [
      "taskpane.html",
      "taskpane.js",
      "cosell-engine.js",
      "commands.html",
      "support.html",
      "manifest.xml",
    ];
    for (const needed of needs) expect(shipped).toContain(needed);
  });

  it("has no simulated host or playground bundle", () => {
    expect(shipped.filter((f) => /simhost|playground/i.test(f))).toEqual([]);
    const taskpane = readFileSync(join(distDir, "taskpane.js"), "utf8");
    expect(taskpane).not.toContain("playground");
  });

  it("has no source map with sourcesContent, and no script points at a map", () => {
    for (const map of shipped.filter((f) => f.endsWith(".map"))) {
      const json = JSON.parse(readFileSync(join(distDir, map), "utf8"));
      expect({ map, sourcesContent: json.sourcesContent ?? [] }).toEqual({ map, sourcesContent: [] });
    }
    for (const script of shipped.filter((f) => f.endsWith(".js")))
      expect(readFileSync(join(distDir, script), "utf8")).not.toMatch(/sourceMappingURL=/);
  });

  it("has a manifest whose every URL is under the production URL", () => {
    const xml = readFileSync(join(distDir, "manifest.xml"), "utf8");
    const prefix: string = productionUrl(process.env.ADDIN_PUBLIC_URL || undefined);
    const urls = (xml.match(/https?:\/\/[^"<\s]+/g) ?? []).filter(
      (u) => !/schemas\.microsoft\.com|www\.w3\.org/.test(u),
    );
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith(prefix))).toEqual([]);
  });
});

describe("dist-playground/ (npm run build:playground, for the browser tests and npm start)", () => {
  it("has the simulated host and the playground page", () => {
    const built = readdirSync(playgroundDir);
    for (const needed of ["simhost.js", "playground.js", "playground.html", "taskpane.js"])
      expect(built).toContain(needed);
  });
});
