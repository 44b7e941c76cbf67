// Renders the whole pane inside a FluentProvider, as index.tsx does, with a fake workbook.
import * as React from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../App";
import { createFakeOps, type FakeOps, type FakeOpsScript } from "./fakeOps";

export function renderApp(script: FakeOpsScript = {}, props: { language?: string; platform?: string } = {}) {
  const ops: FakeOps = createFakeOps(script);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App ops={ops} language={props.language ?? "en-US"} platform={props.platform ?? "PC"} />
    </FluentProvider>,
  );
  return { ops, ...view };
}
