// Step 5: save options and "Save as CSV". Split defaults to on when the sheet is over the limit.
import * as React from "react";
import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { SaveFlow } from "../state/useSave";
import { SavedFiles } from "./SavedFiles";
import { ConfirmDialog } from "./ConfirmDialog";
import { DisabledReason } from "./DisabledReason";
import { Section } from "./Section";
import { UPLOAD_RECORD_LIMIT } from "./CheckSummary";

const useStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

interface Props {
  flow: SaveFlow;
  /** Records in the last check, if any. */
  records: number | null;
  /** The active sheet has no values at all: there is nothing to save. */
  sheetEmpty: boolean;
  busy: boolean;
  onMessage: (message: string) => void;
}

const SAVE_REASON_ID = "save-unavailable";

export function SavePanel({ flow, records, sheetEmpty, busy, onMessage }: Props) {
  const { t, tp } = useI18n();
  const styles = useStyles();
  // null = not chosen yet: follow the record count.
  const [splitChoice, setSplitChoice] = React.useState<boolean | null>(null);
  const [bom, setBom] = React.useState(true);
  const split = splitChoice ?? (records ?? 0) > UPLOAD_RECORD_LIMIT;
  return (
    <Section id="save" title={t("saveHeading")}>
      <div className={styles.options}>
        <Checkbox
          label={t("saveSplit", { limit: UPLOAD_RECORD_LIMIT })}
          checked={split}
          onChange={(_event, data) => setSplitChoice(data.checked === true)}
        />
        <Checkbox
          label={t("saveBom")}
          checked={bom}
          onChange={(_event, data) => setBom(data.checked === true)}
        />
      </div>
      <Button
        appearance="primary"
        disabledFocusable={busy || sheetEmpty}
        aria-describedby={sheetEmpty ? SAVE_REASON_ID : undefined}
        onClick={() => void flow.save({ split, bom })}
      >
        {t("saveButton")}
      </Button>
      <DisabledReason id={SAVE_REASON_ID} reason={sheetEmpty ? t("saveEmptySheet") : null} />
      {flow.files && (
        <SavedFiles
          files={flow.files}
          canDownload={flow.canDownload}
          onDownload={flow.download}
          onMessage={onMessage}
        />
      )}
      <ConfirmDialog
        open={flow.pendingErrors !== null}
        title={t("saveErrorsTitle")}
        body={tp("saveErrorsBody", flow.pendingErrors ?? 0)}
        cancelLabel={t("saveCancel")}
        confirmLabel={t("saveAnyway")}
        onConfirm={() => void flow.saveAnyway()}
        onCancel={flow.cancelSave}
      />
    </Section>
  );
}
