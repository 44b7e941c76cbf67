// Playground entry: renders the simulated workbook, mounts the real task pane beside it and the
// switches for the pane's language and theme.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Workbook } from "./Workbook";
import { PaneSettings } from "./PaneSettings";
import { paneMount } from "./paneMount";
import { applyPageTheme } from "./pageTheme";

applyPageTheme(window.__sim.options.theme);
const workbook = document.getElementById("workbook");
if (workbook) createRoot(workbook).render(<Workbook sim={window.__sim} />);

const pane = document.getElementById("container");
const settings = document.getElementById("paneSettings");
if (pane) {
  const remountPane = paneMount(pane);
  if (settings) createRoot(settings).render(<PaneSettings sim={window.__sim} remountPane={remountPane} />);
}
