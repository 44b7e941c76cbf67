// A header with findings: the old template as a message bar (nothing else helps until the new
// template is downloaded), then the other findings in the UI language, a few at most.
import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { useFindingText } from "../review/useFindingText";
import { headerFindingsView } from "../review/headerFindings";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

function OldTemplateBar({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  const messageOf = useFindingText();
  const titleId = React.useId();
  return (
    <MessageBar
      intent={finding.severity === "error" ? "error" : "warning"}
      layout="multiline"
      aria-labelledby={titleId}
      data-testid="header-old-template"
    >
      <MessageBarBody>
        <MessageBarTitle id={titleId}>{t("headerOldTemplateTitle")}</MessageBarTitle> {messageOf(finding)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function HeaderFindings({ sheetName, findings }: { sheetName: string; findings: Finding[] }) {
  const { t, tp } = useI18n();
  const styles = useStyles();
  const messageOf = useFindingText();
  const { oldTemplate, shown, more } = headerFindingsView(findings);
  return (
    <>
      {oldTemplate && <OldTemplateBar finding={oldTemplate} />}
      {shown.length > 0 && (
        <div data-testid="header-findings">
          <Text as="p" size={200}>
            {t("headerFindingsIntro", { sheet: sheetName })}
          </Text>
          <ul className={styles.list}>
            {shown.map((finding, index) => (
              <li key={`${finding.code}-${finding.cell ?? ""}-${index}`}>
                <Text size={200}>{messageOf(finding)}</Text>
              </li>
            ))}
          </ul>
          {more > 0 && (
            <Text as="p" size={200}>
              {tp("headerMore", more)}
            </Text>
          )}
        </div>
      )}
    </>
  );
}
