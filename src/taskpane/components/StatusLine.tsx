// The live region: every operation's outcome is announced here and stays visible.
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground2, minHeight: tokens.lineHeightBase300 },
});

export function StatusLine({ status }: { status: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Text
      as="p"
      size={200}
      role="status"
      aria-live="polite"
      aria-label={t("statusRegion")}
      className={styles.root}
    >
      {status}
    </Text>
  );
}
