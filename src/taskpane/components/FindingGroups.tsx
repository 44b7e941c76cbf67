// Findings in collapsible groups. Every finding of an open group is listed ("show all"); long lists
// mount slice by slice (useProgressiveCount) and only open groups render items, so thousands of
// findings stay responsive. Which groups are open is the caller's state: Next / Previous opens
// the group of the finding it reaches.
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import type { FindingGroup } from "../review/groupFindings";
import { useProgressiveCount } from "../review/useProgressiveCount";
import { FindingItem } from "./FindingItem";

/** Page size of the account-match list, which still pages. */
export const ITEMS_PAGE = 25;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface FindingActions {
  messageOf: (finding: Finding) => string;
  onSelect: (finding: Finding) => void;
  onFix: (findings: Finding[]) => void;
  disabled: boolean;
}

function GroupItems({
  group,
  actions,
  current,
}: {
  group: FindingGroup;
  actions: FindingActions;
  current: Finding | null;
}) {
  const styles = useStyles();
  const currentIndex = current ? group.findings.indexOf(current) : -1;
  const shown = useProgressiveCount(group.findings.length, currentIndex);
  return (
    <ul className={styles.list}>
      {group.findings.slice(0, shown).map((finding, index) => (
        <FindingItem
          key={`${finding.code}-${finding.cell ?? "file"}-${index}`}
          finding={finding}
          message={actions.messageOf(finding)}
          onSelect={actions.onSelect}
          onFix={actions.onFix}
          disabled={actions.disabled}
          current={index === currentIndex}
        />
      ))}
    </ul>
  );
}

/** One group; memoised so that mounting the next slice of groups leaves earlier ones alone. */
const GroupSection = React.memo(function GroupSection({
  group,
  open,
  actions,
  current,
}: {
  group: FindingGroup;
  open: boolean;
  actions: FindingActions;
  current: Finding | null;
}) {
  const { t, tp } = useI18n();
  const label =
    group.column ?? (group.row !== null ? t("reviewRow", { row: group.row }) : t("reviewWholeFile"));
  return (
    <AccordionItem value={group.key}>
      <AccordionHeader as="h3" size="small">
        {label} ({tp("reviewGroupCount", group.findings.length)})
      </AccordionHeader>
      <AccordionPanel>
        {open && <GroupItems group={group} actions={actions} current={current} />}
      </AccordionPanel>
    </AccordionItem>
  );
});

interface Props {
  groups: FindingGroup[];
  actions: FindingActions;
  openItems: string[];
  onOpenItemsChange: (openItems: string[]) => void;
  /** The finding Next / Previous reached, if any. */
  current: Finding | null;
  /** Key of the group holding `current`. */
  currentGroup: string | null;
}

export function FindingGroups({
  groups,
  actions,
  openItems,
  onOpenItemsChange,
  current,
  currentGroup,
}: Props) {
  const onToggle: AccordionToggleEventHandler<string> = (_event, data) => onOpenItemsChange(data.openItems);
  const currentIndex = currentGroup ? groups.findIndex((group) => group.key === currentGroup) : -1;
  const shown = useProgressiveCount(groups.length, currentIndex);
  const open = React.useMemo(() => new Set(openItems), [openItems]);

  return (
    <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
      {groups.slice(0, shown).map((group) => (
        <GroupSection
          key={group.key}
          group={group}
          open={open.has(group.key)}
          actions={actions}
          current={group.key === currentGroup ? current : null}
        />
      ))}
    </Accordion>
  );
}
