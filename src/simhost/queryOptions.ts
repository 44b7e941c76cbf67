// Host configuration from a page URL, so browser tests and screenshots can switch language, theme,
// platform and more: ?sim-lang=fr-FR&sim-theme=dark&sim-platform=Mac&sim-web=1&sim-api=1.9
// &sim-date1904=1&sim-sheets=Data,Other&sim-payload=1000000 (or "none")&sim-roundtrip=task.
import type { SimHostOptions, SimPlatform } from "./host";

const PLATFORMS: SimPlatform[] = ["PC", "OfficeOnline", "Mac"];

export function optionsFromQuery(search: string): SimHostOptions {
  const q = new URLSearchParams(search);
  const options: SimHostOptions = {};
  const lang = q.get("sim-lang");
  if (lang) options.displayLanguage = lang;
  const theme = q.get("sim-theme");
  if (theme === "dark" || theme === "light") options.theme = theme;
  const platform = q.get("sim-platform");
  const match = PLATFORMS.find((p) => p.toLowerCase() === platform?.toLowerCase());
  if (match) options.platform = match;
  if (q.get("sim-web") === "1") options.platform = "OfficeOnline";
  const api = q.get("sim-api");
  if (api && /^1\.\d+$/.test(api)) options.excelApiVersion = api;
  if (q.get("sim-date1904") === "1") options.dateSystem = 1904;
  const sheets = q.get("sim-sheets");
  if (sheets) options.sheets = sheets.split(",").filter((s) => s.trim() !== "");
  const payload = q.get("sim-payload");
  if (payload === "none") options.payloadLimitBytes = null;
  else if (payload && /^\d+$/.test(payload)) options.payloadLimitBytes = Number(payload);
  if (q.get("sim-roundtrip") === "task") options.roundTrip = "task";
  return options;
}
