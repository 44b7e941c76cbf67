// Entry of the standalone simhost.js bundle, served in place of office.js: installs the simulated
// host on window (configured from the page URL) and exposes the handle as window.__sim.
import { installSimulatedHost } from "./install";
import type { SimHandle } from "./handle";
import { optionsFromQuery } from "./queryOptions";

declare global {
  interface Window {
    __sim: SimHandle;
  }
}

window.__sim = installSimulatedHost({
  ...optionsFromQuery(window.location.search),
  target: window as unknown as Record<string, unknown>,
});
