// The Chromium finder and `npm test`'s decision, driven with injected env, platform, uid and files.
import { candidates, decide, findChromium } from "../../scripts/chromium";
import { setup, type SetupDeps } from "../../scripts/test-setup";

const filesOnly =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe("findChromium", () => {
  const cases: Array<{
    notes: string;
    env: Record<string, string>;
    platform: string;
    files: string[];
    expected: string | undefined;
  }> = [
    {
      notes: "CHROMIUM_PATH wins over everything installed",
      env: { CHROMIUM_PATH: "/custom/chrome", PATH: "/usr/bin" },
      platform: "linux",
      files: ["/custom/chrome", "/usr/bin/chromium"],
      expected: "/custom/chrome",
    },
    {
      notes: "a CHROMIUM_PATH that does not exist is not silently replaced by another browser",
      env: { CHROMIUM_PATH: "/missing/chrome", PATH: "/usr/bin" },
      platform: "linux",
      files: ["/usr/bin/chromium"],
      expected: undefined,
    },
    {
      notes: "Linux: a name on PATH (Ubuntu's chromium-browser) in the user's own folder",
      env: { PATH: "/home/u/bin:/usr/local/bin" },
      platform: "linux",
      files: ["/usr/local/bin/chromium-browser"],
      expected: "/usr/local/bin/chromium-browser",
    },
    {
      notes: "Linux: Google Chrome's install folder when nothing is on PATH",
      env: { PATH: "" },
      platform: "linux",
      files: ["/opt/google/chrome/chrome"],
      expected: "/opt/google/chrome/chrome",
    },
    {
      notes: "Linux: Debian's /usr/bin/chromium even with an empty PATH",
      env: {},
      platform: "linux",
      files: ["/usr/bin/chromium"],
      expected: "/usr/bin/chromium",
    },
    {
      notes: "macOS: Chrome in /Applications",
      env: { PATH: "/usr/bin", HOME: "/Users/u" },
      platform: "darwin",
      files: ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],
      expected: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    },
    {
      notes: "macOS: Chromium installed in the user's own Applications folder",
      env: { PATH: "/usr/bin", HOME: "/Users/u" },
      platform: "darwin",
      files: ["/Users/u/Applications/Chromium.app/Contents/MacOS/Chromium"],
      expected: "/Users/u/Applications/Chromium.app/Contents/MacOS/Chromium",
    },
    {
      notes: "Windows: Chrome per user under LOCALAPPDATA, Windows paths and ; separators",
      env: { Path: "C:\\Windows;C:\\Tools", LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" },
      platform: "win32",
      files: ["C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe"],
      expected: "C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe",
    },
    {
      notes: "Windows: Edge under Program Files (x86) when Chrome is absent (Edge is Chromium)",
      env: { "ProgramFiles(x86)": "C:\\Program Files (x86)" },
      platform: "win32",
      files: ["C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"],
      expected: "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
    },
    {
      notes: "nothing installed anywhere",
      env: { PATH: "/usr/bin:/bin" },
      platform: "linux",
      files: [],
      expected: undefined,
    },
  ];
  it.each(cases)("$notes", ({ env, platform, files, expected }) => {
    expect(findChromium({ env, platform, exists: filesOnly(...files) })).toBe(expected);
  });

  it("prefers a browser on PATH to the install folders (the user's choice first)", () => {
    const list = candidates({ env: { PATH: "/x" }, platform: "linux" });
    expect(list.indexOf("/x/chromium")).toBeLessThan(list.indexOf("/usr/bin/chromium"));
  });
});

describe("decide", () => {
  const apt = "/usr/bin/apt-get";
  const oneSentence = /^[A-Z][^\n]*[.]$/;
  const cases: Array<{
    notes: string;
    platform: string;
    uid: number | undefined;
    files: string[];
    env?: Record<string, string>;
    action: "use" | "install" | "stop";
    mentions?: string[];
  }> = [
    {
      notes: "a browser is there: use it, install nothing",
      platform: "linux",
      uid: 0,
      files: [apt, "/usr/bin/chromium"],
      action: "use",
    },
    {
      notes: "root on Debian without a browser: install Debian's chromium",
      platform: "linux",
      uid: 0,
      files: [apt],
      action: "install",
    },
    {
      notes: "non-root on Debian: cannot install, says the apt-get command",
      platform: "linux",
      uid: 1000,
      files: [apt],
      action: "stop",
      mentions: ["sudo apt-get install chromium", "CHROMIUM_PATH"],
    },
    {
      notes: "root on a Linux without apt-get (Fedora, Alpine): no guessing at another package manager",
      platform: "linux",
      uid: 0,
      files: [],
      action: "stop",
      mentions: ["package manager"],
    },
    {
      notes: "macOS: never installs, names Chrome and brew",
      platform: "darwin",
      uid: 501,
      files: [],
      action: "stop",
      mentions: ["Google Chrome", "brew install --cask chromium"],
    },
    {
      notes: "Windows has no uid: never installs",
      platform: "win32",
      uid: undefined,
      files: [],
      action: "stop",
      mentions: ["Google Chrome"],
    },
    {
      notes: "a wrong CHROMIUM_PATH stops even as root: installing another browser would hide the typo",
      platform: "linux",
      uid: 0,
      files: [apt],
      env: { CHROMIUM_PATH: "/opt/chrme/chrome" },
      action: "stop",
      mentions: ["/opt/chrme/chrome"],
    },
  ];
  it.each(cases)("$notes", ({ platform, uid, files, env, action, mentions }) => {
    const plan = decide({ env: { PATH: "/usr/bin", ...env }, platform, uid, exists: filesOnly(...files) });
    expect(plan.action).toBe(action);
    if (plan.action === "stop") {
      expect(plan.message).toMatch(oneSentence);
      for (const text of mentions ?? []) expect(plan.message).toContain(text);
    }
    if (plan.action === "install")
      expect(plan.commands.map(([c, a]) => [c, ...a].join(" "))).toEqual([
        "apt-get update -qq",
        "apt-get install -y -qq chromium",
      ]);
  });
});

describe("npm test's first step (scripts/test-setup.js)", () => {
  function harness(over: Partial<SetupDeps> & { files?: string[]; installs?: string[] }) {
    const files = new Set(over.files ?? []);
    const out: string[] = [];
    const err: string[] = [];
    const ran: string[] = [];
    const deps: SetupDeps = {
      env: { PATH: "/usr/bin" },
      platform: "linux",
      uid: 1000,
      exists: (file) => files.has(file),
      run: (command, args) => {
        ran.push([command, ...args].join(" "));
        for (const file of over.installs ?? []) files.add(file);
        return 0;
      },
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      ...over,
    };
    return { code: setup(deps), out: out.join(""), err: err.join(""), ran };
  }

  it("as a non-root user without a browser: one sentence on stderr, exit 1, nothing run", () => {
    const result = harness({ files: ["/usr/bin/apt-get"], uid: 1000 });
    expect(result.code).toBe(1);
    expect(result.err.trimEnd().split("\n")).toHaveLength(1);
    expect(result.err).toMatch(
      /^No Chromium or Chrome was found[^\n]*sudo apt-get install chromium[^\n]*\.\n$/,
    );
    expect(result.out).toBe("");
    expect(result.ran).toEqual([]);
  });

  it("as root with apt-get: installs chromium, then uses it", () => {
    const result = harness({ files: ["/usr/bin/apt-get"], uid: 0, installs: ["/usr/bin/chromium"] });
    expect(result.ran).toEqual(["apt-get update -qq", "apt-get install -y -qq chromium"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("Browser tests use /usr/bin/chromium");
    expect(result.err).toBe("");
  });

  it("as root when apt-get fails: one sentence naming the failed command, exit 1", () => {
    const result = harness({ files: ["/usr/bin/apt-get"], uid: 0, run: () => 100 });
    expect(result.code).toBe(1);
    expect(result.err.trimEnd().split("\n")).toHaveLength(1);
    expect(result.err).toContain("`apt-get update -qq` exited with 100");
  });

  it("as root when the install leaves no browser where it is looked for: says so, exit 1", () => {
    const result = harness({ files: ["/usr/bin/apt-get"], uid: 0, installs: [] });
    expect(result.code).toBe(1);
    expect(result.err).toContain("set CHROMIUM_PATH");
  });

  it("with a browser: says which one and goes on", () => {
    const result = harness({ files: ["/usr/bin/google-chrome"] });
    expect(result.code).toBe(0);
    expect(result.out).toBe("Browser tests use /usr/bin/google-chrome\n");
  });
});
