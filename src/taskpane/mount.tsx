// Mounts the task pane into a container once Office is ready: picks theme and language, wires the
// Excel operations in. The add-in's entry calls it once; the playground calls it again (after
// unmounting) when its language or theme switch changes, as Office reloads an add-in.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { OutsideExcel } from "./OutsideExcel";
import { fluentThemeFor } from "./theme";
import { createWorkbookOps, inThreadEngine, workerEngine, type Engine } from "../excel";
import { spawnEngineWorker } from "../worker/spawn";

let engine: Engine | null = null;
/** The rules run in one Web Worker for every mount, so the pane never freezes; in this thread where there is none. */
function paneEngine(): Engine {
  engine ??= typeof Worker === "function" ? workerEngine(spawnEngineWorker) : inThreadEngine();
  return engine;
}

/** Renders the pane into `container`; resolves to a function that unmounts it. */
export async function mountTaskpane(container: HTMLElement): Promise<() => void> {
  const root = createRoot(container);
  // Office.js may be missing (blocked, offline) or loaded outside Office (host is then null).
  const info = typeof Office === "undefined" ? null : await Office.onReady();
  if (!info || info.host !== Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <OutsideExcel />
      </FluentProvider>,
    );
    return () => root.unmount();
  }
  const theme = fluentThemeFor(Office.context.officeTheme);
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App
        ops={createWorkbookOps({ engine: paneEngine() })}
        language={Office.context.displayLanguage || "en-US"}
        platform={String(info.platform ?? "")}
      />
    </FluentProvider>,
  );
  return () => root.unmount();
}
