// A finding whose remedy is a setting tells pane users where that setting is, by the words the pane
// shows (step, label, option), in every language; the CLI's options never appear in the pane.
import { cellFinding, fileFinding } from "../../core/findings";
import { createTranslator } from "../i18n/translate";
import { SUPPORTED_LANGUAGES } from "../i18n/languages";
import { findingText } from "../review/useFindingText";
import { UPLOAD_RECORD_LIMIT } from "../components/CheckSummary";

/** An option's name without its example: "Month first (March 4)" → "Month first". */
const optionName = (label: string) => label.replace(/\s*\(.*\)$/, "");

describe.each(SUPPORTED_LANGUAGES)("pane actions in %s", (language) => {
  const { t } = createTranslator(language);

  it("an unclear day/month order names the Check step, the date setting and its two orders", () => {
    const tie = cellFinding(
      { code: "date-ambiguous", params: { why: "ambiguous-order" } },
      { at: { row: 1, col: 4 }, column: "Estimated Close Date", value: "3/4/2026" },
    );
    const text = findingText(tie, language);
    expect(text).toContain(t("stepCheck"));
    expect(text).toContain(t("checkDateOrder"));
    expect(text).toContain(optionName(t("checkDateOrderMdy")));
    expect(text).toContain(optionName(t("checkDateOrderDmy")));
    expect(text).not.toContain("--date-order");
  });

  it("too many records names the Save option that splits, with the limit written as there", () => {
    const finding = fileFinding({
      code: "too-many-records",
      params: { count: 2500, max: UPLOAD_RECORD_LIMIT, files: 3 },
    });
    const text = findingText(finding, language);
    expect(text).toContain(t("saveSplit", { limit: UPLOAD_RECORD_LIMIT }));
    expect(text).not.toContain("--split");
  });
});
