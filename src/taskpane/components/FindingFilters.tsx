// Filters for the findings list and Next / Previous: severity toggles and a column picker, each
// with counts, and a reset. Compact enough for a 320 px pane: toggles wrap, the picker is native.
import * as React from "react";
import { Button, Field, Select, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import {
  NO_COLUMN,
  NO_FILTER,
  SEVERITIES,
  columnOptions,
  isFiltered,
  severityCounts,
  type FindingFilter,
} from "../review/findingFilters";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // The column picker and what the caller adds (Group by) share a line where they fit.
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  // Room for "All columns (14)" in the longer languages before Group by goes to the next line.
  column: { flex: "1 1 11rem", minWidth: 0 },
  // Without it the Field's grid track grows to the longest column name and pushes the chevron out.
  picker: { minWidth: 0 },
  reset: { alignSelf: "flex-start" },
});

const LABEL = {
  error: "reviewFilterErrors",
  warning: "reviewFilterWarnings",
  notice: "reviewFilterNotices",
} as const;

interface Props {
  findings: readonly Finding[];
  filter: FindingFilter;
  onChange: (filter: FindingFilter) => void;
  /** Shown beside the column picker (the review's Group by). */
  children?: React.ReactNode;
}

export function FindingFilters({ findings, filter, onChange, children }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const counts = React.useMemo(() => severityCounts(findings, filter.column), [findings, filter.column]);
  const columns = React.useMemo(
    () => columnOptions(findings, filter.severities),
    [findings, filter.severities],
  );
  const total = columns.reduce((sum, option) => sum + option.count, 0);

  const toggle = (severity: Severity) => {
    const on = filter.severities.includes(severity);
    const severities = SEVERITIES.filter((s) => (s === severity ? !on : filter.severities.includes(s)));
    onChange({ ...filter, severities });
  };
  // A chosen column keeps its option even when the severities leave none of its findings.
  const chosenMissing = filter.column !== null && !columns.some((option) => option.key === filter.column);

  return (
    <div className={styles.root}>
      <div role="group" aria-label={t("reviewFilterSeverity")} className={styles.toggles}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={filter.severities.includes(severity)}
            onClick={() => toggle(severity)}
          >
            {t(LABEL[severity], { count: counts[severity] })}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.row}>
        <Field label={t("reviewFilterColumn")} size="small" className={styles.column}>
          <Select
            className={styles.picker}
            size="small"
            value={filter.column ?? ""}
            onChange={(_event, data) =>
              onChange({ ...filter, column: data.value === "" ? null : data.value })
            }
          >
            <option value="">{t("reviewFilterAllColumns", { count: total })}</option>
            {chosenMissing && filter.column !== null && (
              <option value={filter.column}>
                {t("reviewFilterColumnOption", {
                  column:
                    filter.column === NO_COLUMN
                      ? t("reviewWholeFile")
                      : filter.column.replace(/^column:/, ""),
                  count: 0,
                })}
              </option>
            )}
            {columns.map((option) => (
              <option key={option.key} value={option.key}>
                {t("reviewFilterColumnOption", {
                  column: option.column ?? t("reviewWholeFile"),
                  count: option.count,
                })}
              </option>
            ))}
          </Select>
        </Field>
        {children}
      </div>
      {isFiltered(filter) && (
        <Button className={styles.reset} size="small" appearance="subtle" onClick={() => onChange(NO_FILTER)}>
          {t("reviewFilterReset")}
        </Button>
      )}
    </div>
  );
}
