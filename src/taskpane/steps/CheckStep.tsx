// Check: the Check sheet button first, its options, and the last check's summary.
import * as React from "react";
import { useI18n } from "../i18n/I18nContext";
import { CheckPanel } from "../components/CheckPanel";
import { CheckSummary } from "../components/CheckSummary";
import type { CheckOutcome } from "../ports";
import { StepView } from "./StepView";

type Props = Omit<React.ComponentProps<typeof CheckPanel>, "children"> & { outcome: CheckOutcome | null };

export function CheckStep({ outcome, ...panel }: Props) {
  const { t } = useI18n();
  return (
    <StepView view="check" next={t("nextCheck")}>
      <CheckPanel {...panel}>{outcome && <CheckSummary outcome={outcome} />}</CheckPanel>
    </StepView>
  );
}
