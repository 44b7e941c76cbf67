// Help and diagnostics, reached from the More menu: not a step of the journey.
import * as React from "react";
import { useI18n } from "../i18n/I18nContext";
import { DiagnosticsPanel } from "../components/DiagnosticsPanel";
import { StepView } from "./StepView";

export function HelpView(props: React.ComponentProps<typeof DiagnosticsPanel>) {
  const { t } = useI18n();
  return (
    <StepView view="help" label={t("diagnosticsHeading")}>
      <DiagnosticsPanel {...props} />
    </StepView>
  );
}
