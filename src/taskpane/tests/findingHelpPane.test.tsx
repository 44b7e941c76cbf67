/** @jest-environment jsdom */
// "What does this mean?" on a finding: the rule's plain explanation and its column's codes.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkSheet, goToTab, renderApp } from "../testing/renderApp";
import { makeFinding, makeOutcome } from "../testing/fakeOps";
import { pretendLayout } from "../testing/jsdomLayout";
import { EN_HELP } from "../../core/messages/registry/help";

pretendLayout();

beforeEach(() => window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1"));

const reasonMissing = makeFinding({
  code: "required-missing-when-substatus",
  row: 5,
  column: "Declined/Lost/Error reason",
  cell: "T5",
  at: { row: 4, col: 19 },
  value: "",
  params: { column: "Declined/Lost/Error reason", substatus: "Lost" },
  message:
    "Required field Declined/Lost/Error reason missing: it is needed when Partner Referral Substatus is Lost.",
});

async function openHelp(
  language = "en-US",
  names = {
    checkTab: "Check",
    check: "Check sheet",
    findings: "Findings",
    help: "What does this mean? Required for this substatus",
  },
) {
  renderApp({ outcomes: [makeOutcome([reasonMissing])] }, { language });
  goToTab(names.checkTab);
  fireEvent.click(screen.getByRole("button", { name: names.check }));
  await screen.findByRole("heading", { name: names.findings });
  // Groups start collapsed in some layouts: open the finding's group when it is.
  const group = screen
    .queryAllByRole("button", { name: /Declined\/Lost\/Error reason/ })
    .find((button) => button.getAttribute("aria-expanded") === "false");
  if (group) fireEvent.click(group);
  fireEvent.click(await screen.findByRole("button", { name: names.help }));
  return screen.findByRole("dialog");
}

describe("finding help", () => {
  it("explains the rule and lists the reason codes with their meanings", async () => {
    const dialog = await openHelp();
    expect(within(dialog).getByText(EN_HELP["required-missing-when-substatus"])).toBeTruthy();
    expect(within(dialog).getByText("Reason codes when the substatus is Declined or Lost")).toBeTruthy();
    // jsdom: the focus trap marks the surface aria-hidden once the pane below is hidden (no real focus).
    const items = within(dialog)
      .getAllByRole("listitem", { hidden: true })
      .map((li) => li.textContent);
    expect(items).toContain("1 – Project budget isn't adequate");
    expect(items).toContain("9 – Others - explain in notes");
    expect(items).toHaveLength(17);
  });

  it("closes with Escape and gives focus back to its button", async () => {
    const dialog = await openHelp();
    fireEvent.keyDown(dialog, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const button = screen.getByRole("button", { name: "What does this mean? Required for this substatus" });
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("speaks the UI language: German help and reason labels", async () => {
    const dialog = await openHelp("de-DE", {
      checkTab: "Prüfen",
      check: "Blatt prüfen",
      findings: "Befunde",
      help: "Was bedeutet das? Für diesen Unterstatus erforderlich",
    });
    expect(within(dialog).getByText(/braucht einen Grundcode/)).toBeTruthy();
    const items = within(dialog)
      .getAllByRole("listitem", { hidden: true })
      .map((li) => li.textContent);
    expect(items).toContain("1 – Das Projektbudget reicht nicht aus");
  });

  it("is offered for the current finding when going through them", async () => {
    renderApp({ outcomes: [makeOutcome([reasonMissing])] });
    checkSheet();
    const navigator = await screen.findByRole("group", { name: "Go through the findings" });
    // Before the first step there is no current finding, so no help to offer.
    expect(within(navigator).queryByRole("button", { name: /What does this mean/ })).toBeNull();
    fireEvent.click(within(navigator).getByRole("button", { name: "Next" }));
    fireEvent.click(
      await within(navigator).findByRole("button", {
        name: "What does this mean? Required for this substatus",
      }),
    );
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(EN_HELP["required-missing-when-substatus"])).toBeTruthy();
  });
});
