// What each build contains, read from webpack.config.js without building: the production build is
// only what is deployed, the playground is its own build, the manifest gets the production URL.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory = require(join(ROOT, "webpack.config.js"));

interface Config {
  devtool: string | false;
  entry: Record<string, string>;
  output: { path: string };
  plugins: Array<{
    userOptions?: { filename?: string };
    patterns?: Array<{ from: string; transform?: (content: Buffer) => string | Buffer }>;
  }>;
}

async function config(mode: "production" | "development", env: object = {}): Promise<Config> {
  return factory(env, { mode });
}
const pages = (c: Config) => c.plugins.map((p) => p.userOptions?.filename).filter(Boolean);

describe("webpack builds", () => {
  it("production: the task pane only, into dist/, without source maps", async () => {
    const c = await config("production");
    expect(Object.keys(c.entry)).toEqual(["taskpane"]);
    expect(c.output.path).toBe(join(ROOT, "dist"));
    expect(c.devtool).toBe(false);
    expect(pages(c)).toEqual(["taskpane.html"]);
  });

  it("--env playground: task pane, simulated host and playground page, into dist-playground/", async () => {
    const c = await config("production", { playground: true });
    expect(Object.keys(c.entry).sort()).toEqual(["playground", "simhost", "taskpane"]);
    expect(c.output.path).toBe(join(ROOT, "dist-playground"));
    expect(pages(c)).toEqual(["taskpane.html", "playground.html"]);
  });

  it("development keeps full source maps for debugging", async () => {
    expect((await config("development", { playground: true })).devtool).toBe("source-map");
  });
});

describe("the built manifest", () => {
  async function builtManifest(mode: "production" | "development", publicUrl?: string): Promise<string> {
    const saved = process.env.ADDIN_PUBLIC_URL;
    if (publicUrl === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = publicUrl;
    try {
      const c = await config(mode);
      const copy = c.plugins.find((p) => p.patterns)!;
      const pattern = copy.patterns!.find((p) => p.from === "manifest.xml")!;
      return String(pattern.transform!(readFileSync(join(ROOT, "manifest.xml"))));
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  }
  const urls = (xml: string) =>
    (xml.match(/https?:\/\/[^"<\s]+/g) ?? []).filter((u) => !/schemas\.microsoft\.com|www\.w3\.org/.test(u));

  const cases = [
    {
      notes: "ADDIN_PUBLIC_URL with a folder and no trailing slash gets one (URLs are joined to it)",
      publicUrl: "https://addins.contoso.com/cosell",
      prefix: "https://addins.contoso.com/cosell/",
    },
    {
      notes: "without ADDIN_PUBLIC_URL the placeholder host is used (never localhost)",
      publicUrl: undefined,
      prefix: "https://cosell-checker.example.com/",
    },
  ];
  it.each(cases)("$notes", async ({ publicUrl, prefix }) => {
    const xml = await builtManifest("production", publicUrl);
    expect(urls(xml).length).toBeGreaterThan(5);
    for (const url of urls(xml)) expect(url.startsWith(prefix)).toBe(true);
    expect(xml).not.toContain("localhost");
  });

  it("development keeps localhost", async () => {
    expect(
      urls(await builtManifest("development")).every((u) => u.startsWith("https://localhost:3000/")),
    ).toBe(true);
  });

  const bad = [
    { notes: "http is refused: Office loads add-ins only over https", url: "http://contoso.com/" },
    { notes: "not a URL at all", url: "contoso.com" },
    { notes: "a query would be glued into every file name", url: "https://contoso.com/?v=1" },
  ];
  it.each(bad)("refuses ADDIN_PUBLIC_URL: $notes", async ({ url }) => {
    await expect(builtManifest("production", url)).rejects.toThrow(/^ADDIN_PUBLIC_URL "[^"]+" (must|is not)/);
  });
});
