// How many findings each rule produced, named in words, with "Fix all" where the rule carries fixes.
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import type { RuleCount } from "../review/groupFindings";
import { useRuleTitle } from "../review/useRuleTitle";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  // One grid for the whole list (rows share it through subgrid): titles wrap in the first column
  // at spaces only, counts line up in the second, "Fix all" keeps its width in the third, so at
  // 320 px a long German title takes two lines instead of squeezing "Alle korrigieren".
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  rule: {
    gridColumn: "1 / -1",
    display: "grid",
    gridTemplateColumns: "subgrid",
    alignItems: "center",
  },
  // Badge and title side by side: a wrapped title stays indented under its first line. Where the
  // title's longest word does not fit beside the badge (a Swedish title beside "Meddelande" with a
  // scrollbar), the title goes below the badge rather than break inside the word.
  what: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  // break-word, not the pane's "anywhere": only then is min-content the longest word.
  title: { flex: "1 1 0px", minWidth: "min-content", overflowWrap: "break-word" },
  // Fluent's Badge may shrink below its word ("Fe|hler"); the title wraps instead.
  badge: { flexShrink: 0 },
  count: { fontWeight: tokens.fontWeightSemibold, justifySelf: "end" },
  fix: { gridColumn: 3 },
});

interface Props {
  rules: RuleCount[];
  onFix: (findings: Finding[]) => void;
  disabled: boolean;
}

export function RuleCounts({ rules, onFix, disabled }: Props) {
  const { t, n } = useI18n();
  const titleOf = useRuleTitle();
  const styles = useStyles();
  if (rules.length === 0) return null;
  return (
    <>
      <Text as="h3" size={300} weight="semibold" id="rule-counts-heading">
        {t("reviewRulesHeading")}
      </Text>
      <ul className={styles.list} aria-labelledby="rule-counts-heading">
        {rules.map((rule) => {
          const title = titleOf(rule.code);
          return (
            <li key={rule.code} className={styles.rule} data-testid={`rule-${rule.code}`}>
              {/* The code stays one hover away (title) for support and the CLI's output; the spaces
                  keep the item's text readable ("Error No consent: deal not uploaded 3"). */}
              <span className={styles.what} title={rule.code}>
                <span className={styles.badge}>
                  <SeverityBadge severity={rule.severity} />
                </span>{" "}
                <span className={styles.title} data-testid="rule-title">
                  {title}
                </span>
              </span>{" "}
              <span className={styles.count} data-testid="rule-count">
                {n(rule.count)}
              </span>
              {rule.fixable.length > 0 && (
                <Button
                  className={styles.fix}
                  size="small"
                  disabled={disabled}
                  aria-label={t("reviewFixRuleLabel", { count: rule.fixable.length, rule: title })}
                  onClick={() => onFix(rule.fixable)}
                >
                  {t("reviewFixRule")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
