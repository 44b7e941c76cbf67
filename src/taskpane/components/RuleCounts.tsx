// How many findings each rule (code) produced, with "Fix all" where the rule carries fixes.
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import type { RuleCount } from "../review/groupFindings";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  rule: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  count: { fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  rules: RuleCount[];
  onFix: (findings: Finding[]) => void;
  disabled: boolean;
}

export function RuleCounts({ rules, onFix, disabled }: Props) {
  const { t, n } = useI18n();
  const styles = useStyles();
  if (rules.length === 0) return null;
  return (
    <>
      <Text as="h3" size={300} weight="semibold" id="rule-counts-heading">
        {t("reviewRulesHeading")}
      </Text>
      <ul className={styles.list} aria-labelledby="rule-counts-heading">
        {rules.map((rule) => (
          <li key={rule.code} className={styles.rule} data-testid={`rule-${rule.code}`}>
            <SeverityBadge severity={rule.severity} />
            <span className={styles.code}>{rule.code}</span>
            <span className={styles.count}>{n(rule.count)}</span>
            {rule.fixable.length > 0 && (
              <Button
                size="small"
                disabled={disabled}
                aria-label={t("reviewFixRuleLabel", { count: rule.fixable.length, rule: rule.code })}
                onClick={() => onFix(rule.fixable)}
              >
                {t("reviewFixRule")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
