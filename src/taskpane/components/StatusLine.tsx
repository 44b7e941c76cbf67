// The live region at the top of the current view: every action's outcome appears here, where the
// user is looking, as a Fluent MessageBar, and screen readers hear it (polite). The region stays
// in the page while empty so that the first announcement is read too.
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { StatusIntent } from "../state/sessionReducer";

export function StatusLine({ status, intent = "success" }: { status: string; intent?: StatusIntent }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" aria-label={t("statusRegion")} data-testid="outcome">
      {status && (
        <MessageBar intent={intent} layout="multiline">
          <MessageBarBody>{status}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
