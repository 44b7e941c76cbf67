// "What does this mean?" beside a finding: a plain explanation of its rule (what Partner Center
// expects, how to fix it) and, for a column of codes, the allowed codes with their meanings.
// Texts: i18n/findings/help; codes the engine does not know (Partner Center's own) get no button.
import * as React from "react";
import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { codeListsFor, type CodeListShown, type CodeMeaning } from "../../core/catalogue";
import { resolveHeader } from "../../core/header/resolve";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { ruleTitle } from "../i18n/findings";
import { codeLabel, findingHelp } from "../i18n/findings/help";
import type { Translator } from "../i18n/translate";

const useStyles = makeStyles({
  trigger: { flexShrink: 0, minWidth: "24px" },
  surface: {
    maxWidth: "280px",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
  },
  heading: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase200 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    maxHeight: "200px",
    overflowY: "auto",
  },
  code: { fontWeight: tokens.fontWeightSemibold },
});

const HEADING = {
  "declined-lost-reasons": "helpListDeclinedLost",
  "error-reasons": "helpListError",
  "help-codes": "helpListHelp",
  statuses: "helpListStatuses",
  substatuses: "helpListSubstatuses",
  "sales-stages": "helpListStages",
  values: "helpAllowedValues",
} as const;

function joinOr(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: "disjunction" }).format(items);
}

/** A code's meaning in the UI language; null for names, which mean themselves. */
export function meaningText(meaning: CodeMeaning | null, { t, language }: Translator): string | null {
  if (!meaning) return null;
  switch (meaning.kind) {
    case "label":
      return codeLabel(meaning.list, meaning.code, language);
    case "status":
      return t("helpStatusMeaning", { list: joinOr(meaning.substatuses, language) });
    case "substatus":
      return t(meaning.terminal ? "helpSubstatusTerminal" : "helpSubstatusMeaning", {
        list: joinOr(meaning.statuses, language),
      });
    case "stage":
      return t("helpStageMeaning", { percent: meaning.percent });
  }
}

/** The lists shown for a finding: those of its column, for findings about a record's cell. */
export function codeListsOf(finding: Finding): CodeListShown[] {
  if (!finding.column || finding.row === null || finding.row < 2) return [];
  const column = resolveHeader(finding.column);
  return column ? codeListsFor(column.descriptor) : [];
}

function CodeList({ list }: { list: CodeListShown }) {
  const i18n = useI18n();
  const styles = useStyles();
  return (
    <section>
      <h4 className={styles.heading}>{i18n.t(HEADING[list.id])}</h4>
      <ul className={styles.list}>
        {list.entries.map((entry) => {
          const meaning = meaningText(entry.meaning, i18n);
          return (
            <li key={entry.code}>
              <span className={styles.code}>{entry.code}</span>
              {meaning !== null && ` – ${meaning}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function FindingHelp({ finding }: { finding: Finding }) {
  const i18n = useI18n();
  const styles = useStyles();
  const help = findingHelp(finding.code, i18n.language);
  if (help === null) return null;
  const rule = ruleTitle(finding.code, i18n.language);
  return (
    <Popover withArrow trapFocus positioning="below-end">
      <PopoverTrigger disableButtonEnhancement>
        <Button
          className={styles.trigger}
          appearance="subtle"
          size="small"
          shape="circular"
          aria-label={i18n.t("helpButtonLabel", { rule })}
          title={i18n.t("helpButtonLabel", { rule })}
        >
          ?
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label={rule}>
        <Text weight="semibold">{rule}</Text>
        <Text>{help}</Text>
        {codeListsOf(finding).map((list) => (
          <CodeList key={list.id} list={list} />
        ))}
      </PopoverSurface>
    </Popover>
  );
}
