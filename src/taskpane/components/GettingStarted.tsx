// The first-run help: three steps and a promise of privacy. Once dismissed it stays closed; the
// pane's More menu brings it back (useGettingStarted holds the flag for both).
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import { useDismissed } from "../state/useDismissed";

export const GETTING_STARTED_KEY = "cosell-checker.gettingStarted.dismissed";

const useStyles = makeStyles({
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface GettingStartedControl {
  dismissed: boolean;
  dismiss(): void;
  reopen(): void;
}

export function useGettingStarted(): GettingStartedControl {
  const [dismissed, dismiss, reopen] = useDismissed(GETTING_STARTED_KEY);
  return { dismissed, dismiss, reopen };
}

export function GettingStarted({ control }: { control: GettingStartedControl }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (control.dismissed) return null;
  return (
    <MessageBar intent="info" layout="multiline" aria-labelledby="getting-started-title">
      <MessageBarBody>
        <MessageBarTitle id="getting-started-title">{t("gettingStartedHeading")}</MessageBarTitle>
        <ol className={styles.steps}>
          <li>{t("gettingStartedStep1")}</li>
          <li>{t("gettingStartedStep2")}</li>
          <li>{t("gettingStartedStep3")}</li>
        </ol>
        {t("gettingStartedPrivacy")}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={control.dismiss}>
          {t("gettingStartedDismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
