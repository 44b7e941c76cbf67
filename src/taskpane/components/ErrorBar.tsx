// Shows the friendly sentence for a failed operation until dismissed or the next operation starts.
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";

export function ErrorBar({ error, onDismiss }: { error: string | null; onDismiss: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle> {error}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t("errorDismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
