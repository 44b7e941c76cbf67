// The findings report's words in the UI language: headings, severity names, rule titles and each
// finding's message as the pane shows it.
import type { ReportTexts } from "../../core/report/findingsReport";
import type { Severity } from "../../core/types";
import { ruleTitle } from "../i18n/findings";
import type { Translator } from "../i18n/translate";
import { findingText } from "./useFindingText";

const SEVERITY = { error: "severityError", warning: "severityWarning", notice: "severityNotice" } as const;

export function reportTexts({ t, language }: Translator): ReportTexts {
  return {
    header: [
      t("reportColRow"),
      t("reportColCell"),
      t("reportColColumn"),
      t("reportColSeverity"),
      t("reportColRule"),
      t("reportColCode"),
      t("reportColMessage"),
      t("reportColValue"),
      t("reportColFix"),
    ],
    severity: (f) => t(SEVERITY[f.severity as Severity]),
    rule: (f) => ruleTitle(f.code, language),
    message: (f) => findingText(f, language),
  };
}
