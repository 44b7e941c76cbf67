// Entry of the task pane: waits for Office, picks theme and language, wires the Excel operations in.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { OutsideExcel } from "./OutsideExcel";
import { fluentThemeFor } from "./theme";
import { createWorkbookOps } from "../excel";

async function main() {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  // Office.js may be missing (blocked, offline) or loaded outside Office (host is then null).
  const info = typeof Office === "undefined" ? null : await Office.onReady();
  if (!info || info.host !== Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <OutsideExcel />
      </FluentProvider>,
    );
    return;
  }
  const theme = fluentThemeFor(Office.context.officeTheme);
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App
        ops={createWorkbookOps()}
        language={Office.context.displayLanguage || "en-US"}
        platform={String(info.platform ?? "")}
      />
    </FluentProvider>,
  );
}

void main();
