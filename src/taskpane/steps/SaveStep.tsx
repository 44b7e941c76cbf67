// Save: the save options and Save as CSV, and what remains wrong (with a way back to Review).
import * as React from "react";
import { Button, makeStyles } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { CheckOutcome } from "../ports";
import { SavePanel } from "../components/SavePanel";
import { StepView } from "./StepView";

const useStyles = makeStyles({ go: { alignSelf: "flex-start" } });

type Props = Omit<React.ComponentProps<typeof SavePanel>, "records"> & {
  outcome: CheckOutcome | null;
  onGoReview: () => void;
};

export function SaveStep({ outcome, onGoReview, ...panel }: Props) {
  const { t, tp } = useI18n();
  const styles = useStyles();
  const errors = outcome?.result.summary.error ?? 0;
  return (
    <StepView view="save" next={errors > 0 ? tp("nextSaveErrors", errors) : t("nextSave")}>
      {errors > 0 && (
        <Button className={styles.go} size="small" onClick={onGoReview}>
          {t("goReview")}
        </Button>
      )}
      <SavePanel {...panel} records={outcome?.result.records ?? null} />
    </StepView>
  );
}
