// Step 3: the findings. Next / Previous walks them (buttons, F8 / Shift+F8) selecting each cell;
// filters by severity and column narrow both the list and the walk; grouped by column or row,
// errors first, with the first group open after a check; counts per rule and the findings report
// follow the list.
import * as React from "react";
import { Field, Select, Text, makeStyles } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { countByRule, groupFindings, groupKey, type GroupBy } from "../review/groupFindings";
import { NO_FILTER, applyFilter, type FindingFilter } from "../review/findingFilters";
import { navigationOrder, sameFinding, stepFinding } from "../review/navigation";
import { FindingGroups, type FindingActions } from "./FindingGroups";
import { FindingFilters } from "./FindingFilters";
import { FindingKeysHint, FindingNavigator } from "./FindingNavigator";
import { FindingsReportButton } from "./FindingsReportButton";
import type { FindingsReportFlow } from "../state/useFindingsReport";
import { RuleCounts } from "./RuleCounts";
import { Section } from "./Section";

// As wide as its label and longest option: the column picker beside it takes the rest.
const useStyles = makeStyles({ groupBy: { flex: "0 0 auto" } });

interface Props {
  findings: Finding[];
  actions: FindingActions;
  /** "Findings report" (a sheet or a CSV of every finding); absent: no such menu. */
  report?: FindingsReportFlow;
}

/** F8 next, Shift+F8 previous; anything else (and any other modifier) is left to the pane and Excel. */
function stepOf(event: React.KeyboardEvent): 1 | -1 | null {
  if (event.key !== "F8" || event.altKey || event.ctrlKey || event.metaKey) return null;
  return event.shiftKey ? -1 : 1;
}

export function ReviewPanel({ findings, actions, report }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const [groupBy, setGroupBy] = React.useState<GroupBy>("column");
  const [filter, setFilter] = React.useState<FindingFilter>(NO_FILTER);
  const [current, setCurrent] = React.useState<Finding | null>(null);
  const visible = React.useMemo(() => applyFilter(findings, filter), [findings, filter]);
  const groups = React.useMemo(() => groupFindings(visible, groupBy), [visible, groupBy]);
  const rules = React.useMemo(() => countByRule(visible), [visible]);
  const order = React.useMemo(() => navigationOrder(visible), [visible]);
  const index = current ? order.indexOf(current) : -1;
  const currentGroup = index >= 0 && current ? groupKey(current, groupBy) : null;

  // After the first check and on a new grouping: errors come first, so open the first group. A
  // re-check (after a fix, or as the user edits) keeps the groups the user opened and the finding
  // Next reached, matched by rule and cell, so the user goes on where they were.
  const firstGroup = groups[0]?.key;
  const [openItems, setOpenItems] = React.useState<string[]>(firstGroup ? [firstGroup] : []);
  const [seen, setSeen] = React.useState({ findings, groupBy });
  if (seen.findings !== findings || seen.groupBy !== groupBy) {
    setSeen({ findings, groupBy });
    const keys = new Set(groups.map((group) => group.key));
    const kept = seen.groupBy === groupBy ? openItems.filter((key) => keys.has(key)) : [];
    setOpenItems(kept.length > 0 ? kept : firstGroup ? [firstGroup] : []);
    if (current && !findings.includes(current)) setCurrent(sameFinding(findings, current) ?? current);
  }

  const { onSelect } = actions;
  const step = React.useCallback(
    (direction: 1 | -1) => {
      const next = stepFinding(order, current, direction);
      if (!next) return;
      setCurrent(next);
      const key = groupKey(next, groupBy);
      setOpenItems((open) => (open.includes(key) ? open : [...open, key]));
      if (next.cell) onSelect(next);
    },
    [order, current, groupBy, onSelect],
  );

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const direction = stepOf(event);
    if (direction === null) return;
    event.preventDefault();
    step(direction);
  };

  if (findings.length === 0) {
    return (
      <Section id="review" title={t("reviewHeading")}>
        <Text>{t("reviewNone")}</Text>
      </Section>
    );
  }

  return (
    // Keys pressed anywhere inside the findings (buttons, filters, list) step through them.
    <Section id="review" title={t("reviewHeading")} onKeyDown={onKeyDown}>
      <FindingNavigator
        current={current}
        index={index}
        count={order.length}
        messageOf={actions.messageOf}
        onStep={step}
      />
      <FindingFilters findings={findings} filter={filter} onChange={setFilter}>
        {/* A picker, like the column filter beside it: radios took two lines of a 600 px pane. */}
        <Field label={t("reviewGroupBy")} size="small" className={styles.groupBy}>
          <Select size="small" value={groupBy} onChange={(_event, data) => setGroupBy(data.value as GroupBy)}>
            <option value="column">{t("reviewGroupByColumn")}</option>
            <option value="row">{t("reviewGroupByRow")}</option>
          </Select>
        </Field>
      </FindingFilters>
      {groups.length === 0 ? (
        <Text>{t("reviewNoMatch")}</Text>
      ) : (
        <FindingGroups
          // Remount on a new grouping so that slices start afresh.
          key={groupBy}
          groups={groups}
          actions={actions}
          openItems={openItems}
          onOpenItemsChange={setOpenItems}
          current={index >= 0 ? current : null}
          currentGroup={currentGroup}
        />
      )}
      {/* After the list: the findings themselves fill the first screen after a check. */}
      <FindingKeysHint />
      <RuleCounts rules={rules} onFix={actions.onFix} disabled={actions.disabled} />
      {report && <FindingsReportButton findings={findings} flow={report} disabled={actions.disabled} />}
    </Section>
  );
}
