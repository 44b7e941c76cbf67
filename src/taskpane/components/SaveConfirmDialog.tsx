// Asks before saving a file that still has errors: saving then needs an explicit "Save anyway".
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";

interface Props {
  errors: number | null;
  onSaveAnyway: () => void;
  onCancel: () => void;
}

export function SaveConfirmDialog({ errors, onSaveAnyway, onCancel }: Props) {
  const { t, tp } = useI18n();
  return (
    <Dialog
      open={errors !== null}
      modalType="alert"
      onOpenChange={(_event, data) => !data.open && onCancel()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("saveErrorsTitle")}</DialogTitle>
          <DialogContent>{tp("saveErrorsBody", errors ?? 0)}</DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{t("saveCancel")}</Button>
            <Button appearance="primary" onClick={onSaveAnyway}>
              {t("saveAnyway")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
