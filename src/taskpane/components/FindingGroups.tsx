// Findings in collapsible groups. Only open groups render their items, and each renders a page
// at a time, so thousands of findings stay responsive.
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import type { FindingGroup } from "../review/groupFindings";
import { FindingItem } from "./FindingItem";

export const GROUPS_PAGE = 50;
export const ITEMS_PAGE = 25;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  more: { marginBlock: tokens.spacingVerticalXS },
});

export interface FindingActions {
  messageOf: (finding: Finding) => string;
  onSelect: (finding: Finding) => void;
  onFix: (findings: Finding[]) => void;
  disabled: boolean;
}

function GroupItems({ group, actions }: { group: FindingGroup; actions: FindingActions }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [shown, setShown] = React.useState(ITEMS_PAGE);
  const hidden = group.findings.length - shown;
  return (
    <>
      <ul className={styles.list}>
        {group.findings.slice(0, shown).map((finding, index) => (
          <FindingItem
            key={`${finding.code}-${finding.cell ?? "file"}-${index}`}
            finding={finding}
            message={actions.messageOf(finding)}
            onSelect={actions.onSelect}
            onFix={actions.onFix}
            disabled={actions.disabled}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <Button className={styles.more} size="small" onClick={() => setShown(shown + ITEMS_PAGE * 4)}>
          {t("reviewShowMore", { count: Math.min(hidden, ITEMS_PAGE * 4) })}
        </Button>
      )}
    </>
  );
}

export function FindingGroups({ groups, actions }: { groups: FindingGroup[]; actions: FindingActions }) {
  const { t, tp } = useI18n();
  const styles = useStyles();
  const [openItems, setOpenItems] = React.useState<string[]>([]);
  const [shownGroups, setShownGroups] = React.useState(GROUPS_PAGE);
  const onToggle: AccordionToggleEventHandler<string> = (_event, data) => setOpenItems(data.openItems);
  const label = (group: FindingGroup) =>
    group.column ?? (group.row !== null ? t("reviewRow", { row: group.row }) : t("reviewWholeFile"));
  const hiddenGroups = groups.length - shownGroups;

  return (
    <>
      <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
        {groups.slice(0, shownGroups).map((group) => (
          <AccordionItem key={group.key} value={group.key}>
            <AccordionHeader as="h3" size="small">
              {label(group)} ({tp("reviewGroupCount", group.findings.length)})
            </AccordionHeader>
            <AccordionPanel>
              {openItems.includes(group.key) && <GroupItems group={group} actions={actions} />}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {hiddenGroups > 0 && (
        <Button className={styles.more} onClick={() => setShownGroups(shownGroups + GROUPS_PAGE)}>
          {t("reviewShowMoreGroups", { count: Math.min(hiddenGroups, GROUPS_PAGE) })}
        </Button>
      )}
    </>
  );
}
