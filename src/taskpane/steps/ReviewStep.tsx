// Review & fix: the findings are the main content; fixes above them, account matching after.
// Before any check it only points to Check.
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import type { FindingActions } from "../components/FindingGroups";
import { FixPanel } from "../components/FixPanel";
import { ReviewPanel } from "../components/ReviewPanel";
import { AccountMatchPanel } from "../components/AccountMatchPanel";
import type { FindingsReportFlow } from "../state/useFindingsReport";
import { StepView } from "./StepView";

const useStyles = makeStyles({
  go: { alignSelf: "flex-start", marginBlockStart: tokens.spacingVerticalS },
});

export interface ReviewStepProps {
  /** Null before the first check. */
  findings: Finding[] | null;
  errors: number;
  fixes: { safe: Finding[]; all: Finding[]; canRestore: boolean; onRestore: () => void };
  account: {
    review: Finding[];
    canAddDropdowns: boolean;
    onAddDropdowns: () => Promise<string | undefined>;
  };
  actions: FindingActions;
  /** "Findings report": a sheet or a CSV of every finding. */
  report?: FindingsReportFlow;
  busy: boolean;
  onGoCheck: () => void;
  onGoSave: () => void;
}

export function ReviewStep({
  findings,
  errors,
  fixes,
  account,
  actions,
  report,
  busy,
  onGoCheck,
  onGoSave,
}: ReviewStepProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (findings === null)
    return (
      <StepView view="review" next={t("nextReviewFirst")}>
        <Button className={styles.go} appearance="primary" onClick={onGoCheck}>
          {t("goCheck")}
        </Button>
      </StepView>
    );
  const showAccount = account.canAddDropdowns || account.review.length > 0;
  return (
    <StepView view="review" next={errors > 0 ? t("nextReviewErrors") : t("nextReviewClean")}>
      {errors === 0 && (
        <Button className={styles.go} appearance="primary" onClick={onGoSave}>
          {t("goSave")}
        </Button>
      )}
      <FixPanel
        safeFixes={fixes.safe}
        allFixes={fixes.all}
        canRestore={fixes.canRestore}
        busy={busy}
        onFix={actions.onFix}
        onRestore={fixes.onRestore}
      />
      <ReviewPanel findings={findings} actions={actions} report={report} />
      {showAccount && (
        <AccountMatchPanel
          review={account.review}
          canAddDropdowns={account.canAddDropdowns}
          actions={actions}
          onAddDropdowns={account.onAddDropdowns}
        />
      )}
      {errors > 0 && (
        <Button className={styles.go} onClick={onGoSave}>
          {t("goSave")}
        </Button>
      )}
    </StepView>
  );
}
