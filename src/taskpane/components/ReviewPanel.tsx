// Step 3: the findings, grouped by column or row, optionally errors only, with counts per rule.
import * as React from "react";
import { Field, Radio, RadioGroup, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { countByRule, filterFindings, groupFindings, type GroupBy } from "../review/groupFindings";
import { FindingGroups, type FindingActions } from "./FindingGroups";
import { FindingsReportButton } from "./FindingsReportButton";
import type { FindingsReportFlow } from "../state/useFindingsReport";
import { RuleCounts } from "./RuleCounts";
import { Section } from "./Section";

const useStyles = makeStyles({
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalL,
  },
});

interface Props {
  findings: Finding[];
  actions: FindingActions;
  /** "Findings report" (a sheet or a CSV of every finding); absent: no such menu. */
  report?: FindingsReportFlow;
}

export function ReviewPanel({ findings, actions, report }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const [groupBy, setGroupBy] = React.useState<GroupBy>("column");
  const [errorsOnly, setErrorsOnly] = React.useState(false);
  const visible = React.useMemo(() => filterFindings(findings, errorsOnly), [findings, errorsOnly]);
  const groups = React.useMemo(() => groupFindings(visible, groupBy), [visible, groupBy]);
  const rules = React.useMemo(() => countByRule(visible), [visible]);

  return (
    <Section id="review" title={t("reviewHeading")}>
      <div className={styles.controls}>
        <Field label={t("reviewGroupBy")}>
          <RadioGroup
            layout="horizontal"
            value={groupBy}
            onChange={(_event, data) => setGroupBy(data.value as GroupBy)}
          >
            <Radio value="column" label={t("reviewGroupByColumn")} />
            <Radio value="row" label={t("reviewGroupByRow")} />
          </RadioGroup>
        </Field>
        <Switch
          label={t("reviewErrorsOnly")}
          checked={errorsOnly}
          onChange={(_event, data) => setErrorsOnly(data.checked)}
        />
      </div>
      {report && <FindingsReportButton findings={findings} flow={report} disabled={actions.disabled} />}
      <RuleCounts rules={rules} onFix={actions.onFix} disabled={actions.disabled} />
      {groups.length === 0 ? (
        <Text>{t("reviewNothing")}</Text>
      ) : (
        // Remount on a new grouping so that open groups and paging start afresh.
        <FindingGroups key={groupBy} groups={groups} actions={actions} />
      )}
    </Section>
  );
}
