/** @jest-environment jsdom */
// The pane follows the workbook: a live re-check replaces the counts and the list without Check
// sheet, "Check as I edit" (on by default once there is a check) turns it off and on, and the
// header status follows sheet switches and edits.
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../App";
import type { WorkbookListener } from "../ports";
import { createFakeOps, makeFinding, makeOutcome, type FakeOps } from "../testing/fakeOps";
import { checkSheet, goToStep, goToTab, stepShown } from "../testing/renderApp";

beforeEach(() => window.localStorage.clear());

function renderFollowing(ops: FakeOps, language = "en-US") {
  const heard: { listener: WorkbookListener | null; live: boolean[]; stopped: number } = {
    listener: null,
    live: [],
    stopped: 0,
  };
  ops.follow = async (listener) => {
    heard.listener = listener;
    return () => {
      heard.stopped++;
    };
  };
  ops.setLiveCheck = (on) => heard.live.push(on);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App ops={ops} language={language} platform="PC" />
    </FluentProvider>,
  );
  return { heard, ...view };
}

const missingCity = makeFinding({ severity: "error", column: "Customer City", cell: "H9", row: 9 });

describe("live re-check in the pane", () => {
  it("a re-check after an edit replaces the counts and the list, without Check sheet", async () => {
    const ops = createFakeOps({ outcomes: [makeOutcome([missingCity])] });
    const { heard } = renderFollowing(ops);
    expect(screen.queryByRole("switch", { name: "Check as I edit" })).toBeNull();
    checkSheet();
    // The switch and the counts stay under Check, where the user turns it on and off.
    await stepShown("review");
    goToStep("check");
    await screen.findByTestId("check-summary");
    expect(within(screen.getByTestId("summary-errors")).getByText("1")).toBeTruthy();
    const toggle = screen.getByRole("switch", { name: "Check as I edit" }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);

    act(() => heard.listener?.rechecked(makeOutcome([])));
    await waitFor(() => expect(within(screen.getByTestId("summary-errors")).getByText("0")).toBeTruthy());
    expect(screen.queryByText(missingCity.message)).toBeNull();
    expect(screen.getByRole("status", { name: "Status" }).textContent).toBe(
      "Re-checked after your edit. Errors: 0. Warnings: 0. Info: 0.",
    );
    expect(ops.callsOf("check")).toHaveLength(1);

    fireEvent.click(toggle);
    expect(heard.live).toEqual([false]);
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(heard.live).toEqual([false, true]);
  });

  it("the header status follows a switch to another sheet or an edit", async () => {
    const ops = createFakeOps({ header: { sheetName: "Deals", empty: false, columns: 57, findings: [] } });
    const { heard, unmount } = renderFollowing(ops);
    goToStep("prepare");
    await screen.findByText("Header row: 57 template columns recognised.");
    ops.script.header = { sheetName: "Sheet2", empty: true, columns: 0, findings: [] };
    act(() => heard.listener?.sheetChanged());
    await screen.findByText(
      "This sheet is empty: select Insert template to start from the co-sell template.",
    );
    ops.script.header = { sheetName: "Sheet2", empty: false, columns: 12, findings: [] };
    // Several events in a row read the header once.
    const before = ops.callsOf("checkHeader").length;
    act(() => {
      heard.listener?.sheetChanged();
      heard.listener?.sheetChanged();
      heard.listener?.sheetChanged();
    });
    await screen.findByText("Header row: 12 template columns recognised.");
    expect(ops.callsOf("checkHeader").length - before).toBe(1);
    unmount();
    expect(heard.stopped).toBe(1);
  });

  it.each([
    {
      language: "de-DE",
      tab: "Prüfen",
      saveTab: "Speichern",
      check: "Blatt prüfen",
      label: "Beim Bearbeiten prüfen",
    },
    {
      language: "ja-JP",
      tab: "チェック",
      saveTab: "保存",
      check: "シートをチェック",
      label: "編集中にチェック",
    },
  ])("the toggle is labelled in $language", async ({ language, tab, saveTab, check, label }) => {
    const ops = createFakeOps({ outcomes: [makeOutcome([])] });
    renderFollowing(ops, language);
    goToTab(tab);
    fireEvent.click(screen.getByRole("button", { name: check }));
    // A clean check moves on to Save; the switch is under Check.
    await screen.findByRole("tab", { name: saveTab, selected: true });
    goToTab(tab);
    await screen.findByRole("switch", { name: label });
  });
});
