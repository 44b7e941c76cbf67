// After upload: for a file Partner Center has processed, its rejections and Keep only failed rows,
// then on to Review & fix, where the rejected rows' errors are listed.
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import { AfterUploadPanel } from "../components/AfterUploadPanel";
import { StepView } from "./StepView";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Props = React.ComponentProps<typeof AfterUploadPanel> & {
  /** Undo last change: the confirmation promises it puts the moved rows back. */
  undo: { can: boolean; onUndo: () => void };
  onGoReview: () => void;
};

export function AfterUploadStep({ undo, onGoReview, ...panel }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <StepView view="afterUpload" next={t("nextAfterUpload")}>
      <AfterUploadPanel {...panel} />
      <div className={styles.actions}>
        <Button onClick={onGoReview}>{t("goReview")}</Button>
        <Button disabled={panel.busy || !undo.can} aria-label={t("fixRestoreLabel")} onClick={undo.onUndo}>
          {t("fixRestore")}
        </Button>
      </div>
    </StepView>
  );
}
