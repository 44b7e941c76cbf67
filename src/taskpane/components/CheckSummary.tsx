// The result of the last check at a glance: counts, new deals vs updates, and the upload limit.
import * as React from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckOutcome } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import { checkStateOf, type CheckState } from "../review/checkState";

/** Partner Center processes at most this many records per uploaded file. */
export const UPLOAD_RECORD_LIMIT = 1000;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Wrapping flex items as wide as their label: a fixed grid column broke long terms mid-word
  // ("Enregistrem|ents" in French at 320 px).
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  count: { display: "flex", flexDirection: "column", margin: 0, flex: "1 0 auto", minWidth: "56px" },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** Hidden rows and columns were checked too (Partner Center uploads them), dropdowns a paste took: one line each. */
function hiddenLines(
  sheet: CheckOutcome["sheet"],
  tp: ReturnType<typeof useI18n>["tp"],
  t: ReturnType<typeof useI18n>["t"],
): string[] {
  const lines: string[] = [];
  const rows = sheet.hiddenRows ?? 0;
  if (rows > 0) lines.push(tp(sheet.filtered ? "summaryHiddenByFilter" : "summaryHiddenRows", rows));
  if ((sheet.hiddenColumns ?? 0) > 0) lines.push(tp("summaryHiddenColumns", sheet.hiddenColumns ?? 0));
  if (sheet.dropdownsMissing?.length)
    lines.push(t("summaryDropdownsMissing", { columns: sheet.dropdownsMissing.join(", ") }));
  return lines;
}

const STATE_INTENT: Record<Exclude<CheckState, "findings">, "info" | "warning" | "success"> = {
  emptySheet: "info",
  noRecords: "warning",
  clean: "success",
  onlyNotices: "success",
};

/** One short line for the outcomes that are not a list of problems to work through. */
function StateMessage({ state, notices }: { state: CheckState; notices: number }) {
  const { t, tp } = useI18n();
  if (state === "findings") return null;
  const text =
    state === "emptySheet"
      ? t("summaryEmptySheet")
      : state === "noRecords"
        ? t("summaryNoRecords")
        : state === "onlyNotices"
          ? tp("summaryOnlyNotices", notices)
          : t("summaryClean");
  return (
    <MessageBar
      intent={STATE_INTENT[state]}
      layout="multiline"
      data-testid="summary-state"
      data-state={state}
    >
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

export function CheckSummary({ outcome }: { outcome: CheckOutcome }) {
  const { t, tp, n } = useI18n();
  const styles = useStyles();
  const { result, sheet } = outcome;
  const items: Array<[string, number, string]> = [
    [t("summaryRecords"), result.records, "records"],
    [t("summaryErrors"), result.summary.error, "errors"],
    [t("summaryWarnings"), result.summary.warning, "warnings"],
    [t("summaryNotices"), result.summary.notice, "notices"],
  ];
  const state = checkStateOf(result);
  return (
    <div className={styles.root} data-testid="check-summary">
      <Text as="h3" size={300} weight="semibold">
        {t("summaryHeading")}
      </Text>
      <Text size={200}>{t("summarySheet", { sheet: sheet.sheetName })}</Text>
      <StateMessage state={state} notices={result.summary.notice} />
      {/* An empty sheet has nothing to count. */}
      {state !== "emptySheet" && (
        <>
          <dl className={styles.counts}>
            {items.map(([label, value, key]) => (
              <div key={key} className={styles.count} data-testid={`summary-${key}`}>
                <dt className={styles.term}>{label}</dt>
                <dd className={styles.value}>{n(value)}</dd>
              </div>
            ))}
          </dl>
          <Text>
            {t("summaryCreateUpdate", {
              newDeals: tp("summaryNewDeals", result.createRows),
              updates: tp("summaryUpdates", result.updateRows),
            })}
          </Text>
        </>
      )}
      {hiddenLines(sheet, tp, t).map((line) => (
        <Text key={line} size={200} data-testid="summary-hidden">
          {line}
        </Text>
      ))}
      {result.records > UPLOAD_RECORD_LIMIT && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("summaryOverLimit", { records: result.records, limit: UPLOAD_RECORD_LIMIT })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
