// Account matching on a processed file: the rows whose Final account match needs a look (each one
// selects its cell), and the dropdowns of each row's own suggestions.
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { ITEMS_PAGE, type FindingActions } from "./FindingGroups";
import { FindingItem } from "./FindingItem";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  more: { marginBlock: tokens.spacingVerticalXS },
});

const HINT_ID = "account-dropdowns-hint";

interface Props {
  /** The account-match findings, one per row needing attention. */
  review: Finding[];
  /** The sheet has suggestions: the dropdowns can be added. */
  canAddDropdowns: boolean;
  actions: FindingActions;
  onAddDropdowns: () => Promise<string | undefined>;
}

export function AccountMatchPanel({ review, canAddDropdowns, actions, onAddDropdowns }: Props) {
  const { t, tp } = useI18n();
  const styles = useStyles();
  const [report, setReport] = React.useState<string | null>(null);
  const [shown, setShown] = React.useState(ITEMS_PAGE);
  const add = async () => {
    const result = await onAddDropdowns();
    if (result) setReport(result);
  };
  const hidden = review.length - shown;
  return (
    <Section id="account-match" title={t("accountHeading")}>
      <Text>{review.length > 0 ? tp("accountIntro", review.length) : t("accountNothing")}</Text>
      {canAddDropdowns && (
        <>
          <Text size={200} id={HINT_ID}>
            {t("accountApplyHint")}
          </Text>
          <Button disabled={actions.disabled} aria-describedby={HINT_ID} onClick={() => void add()}>
            {t("accountApply")}
          </Button>
        </>
      )}
      {report && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{report}</MessageBarBody>
        </MessageBar>
      )}
      {review.length > 0 && (
        <ul className={styles.list} aria-label={t("accountListLabel")}>
          {review.slice(0, shown).map((finding) => (
            <FindingItem
              key={`${finding.code}-${finding.cell ?? ""}`}
              finding={finding}
              message={actions.messageOf(finding)}
              onSelect={actions.onSelect}
              onFix={actions.onFix}
              disabled={actions.disabled}
            />
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <Button className={styles.more} size="small" onClick={() => setShown(shown + ITEMS_PAGE * 4)}>
          {t("reviewShowMore", { count: Math.min(hidden, ITEMS_PAGE * 4) })}
        </Button>
      )}
    </Section>
  );
}
