/** @jest-environment jsdom */
// Offline check of manifest.xml: `office-addin-manifest validate` needs the internet, so the
// properties Excel relies on are asserted here.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

function all(tag: string): Element[] {
  return Array.from(doc.getElementsByTagName(tag));
}
function one(tag: string): Element {
  const found = all(tag);
  if (found.length === 0) throw new Error(`manifest has no <${tag}>`);
  return found[0];
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.nodeName).toBe("OfficeApp");
  });

  it("has a GUID id and a four-part version", () => {
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("is a task pane for Excel only, asking for ReadWriteDocument", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    const hosts = all("Host").filter((h) => h.getAttribute("Name"));
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("requires ExcelApi 1.9 or later", () => {
    const set = all("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(set).toBeDefined();
    const [major, minor] = (set!.getAttribute("MinVersion") ?? "0.0").split(".").map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(109);
  });

  it("points every URL at https on the same origin as the task pane", () => {
    const source = one("SourceLocation").getAttribute("DefaultValue") ?? "";
    expect(source).toMatch(/^https:\/\/localhost:3000\/taskpane\.html$/);
    const urls = [...all("bt:Url"), ...all("bt:Image"), one("IconUrl"), one("HighResolutionIconUrl")]
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((u): u is string => !!u);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
  });

  it("refers only to icons that exist in assets/ at the declared size", () => {
    const images = all("bt:Image").filter((e) => e.getAttribute("DefaultValue"));
    for (const image of images) {
      const file = (image.getAttribute("DefaultValue") ?? "").replace("https://localhost:3000/", "");
      expect(existsSync(join(root, file))).toBe(true);
      const size = /icon-(\d+)\.png$/.exec(file)?.[1];
      const png = readFileSync(join(root, file));
      expect(png.readUInt32BE(16)).toBe(Number(size)); // IHDR width
    }
  });

  it("has a ribbon button that opens the task pane, with every resid defined", () => {
    const action = all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    expect(action).toBeDefined();
    const ids = new Set(
      [...all("bt:Image"), ...all("bt:Url"), ...all("bt:String")]
        .map((e) => e.getAttribute("id"))
        .filter(Boolean),
    );
    const used = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid"));
    expect(used.length).toBeGreaterThan(5);
    for (const resid of used) expect(ids.has(resid)).toBe(true);
  });
});
