// What Prepare says about the active sheet's header row: nothing yet, a quiet hint when it could
// not be read, a nudge to insert the template on an empty sheet, one line when all is well, or
// its findings.
import * as React from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { HeaderView } from "../state/sessionReducer";
import { HeaderFindings } from "./HeaderFindings";

const useStyles = makeStyles({
  // The section's gap spaces the line; the browser's paragraph margins doubled it.
  line: { margin: 0 },
  quiet: { color: tokens.colorNeutralForeground2 },
});

export function HeaderStatus({ header }: { header: HeaderView | null }) {
  const { t, tp } = useI18n();
  const styles = useStyles();
  if (header === null) return null;
  if (header.kind === "unavailable")
    return (
      <Text as="p" size={200} className={mergeClasses(styles.line, styles.quiet)} data-testid="header-status">
        {t("headerUnavailable", { reason: header.reason })}
      </Text>
    );
  const { check } = header;
  if (check.empty)
    return (
      <Text as="p" size={200} className={styles.line} data-testid="header-status">
        {t("headerEmptySheet")}
      </Text>
    );
  if (check.findings.length === 0)
    return (
      <Text as="p" size={200} className={styles.line} data-testid="header-status">
        {tp("headerRecognised", check.columns)}
      </Text>
    );
  return <HeaderFindings sheetName={check.sheetName} findings={check.findings} />;
}
