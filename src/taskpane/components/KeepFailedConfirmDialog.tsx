// "Keep only failed rows" moves rows to another sheet: the user confirms first, knowing it can be undone.
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
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function KeepFailedConfirmDialog({ open, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("afterKeepConfirmTitle")}</DialogTitle>
          <DialogContent>{t("afterKeepConfirmBody")}</DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{t("afterKeepCancel")}</Button>
            <Button appearance="primary" onClick={onConfirm}>
              {t("afterKeepConfirm")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
