// Step 6: for a file Partner Center has processed, its rejections and "Keep only failed rows".
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import { ConfirmDialog } from "./ConfirmDialog";
import { Section } from "./Section";

interface Props {
  rejectedRows: number;
  busy: boolean;
  onKeepFailedRows: () => Promise<string | undefined>;
}

export function AfterUploadPanel({ rejectedRows, busy, onKeepFailedRows }: Props) {
  const { t, tp } = useI18n();
  const [report, setReport] = React.useState<string | null>(null);
  const [confirming, setConfirming] = React.useState(false);
  const keep = async () => {
    setConfirming(false);
    const result = await onKeepFailedRows();
    if (result) setReport(result);
  };
  return (
    <Section id="after-upload" title={t("afterHeading")}>
      <Text>{tp("afterIntro", rejectedRows)}</Text>
      <Text size={200} id="keep-failed-hint">
        {t("afterKeepFailedHint")}
      </Text>
      <Button disabled={busy} aria-describedby="keep-failed-hint" onClick={() => setConfirming(true)}>
        {t("afterKeepFailed")}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t("afterKeepConfirmTitle")}
        body={t("afterKeepConfirmBody")}
        cancelLabel={t("afterKeepCancel")}
        confirmLabel={t("afterKeepConfirm")}
        onConfirm={() => void keep()}
        onCancel={() => setConfirming(false)}
      />
      {report && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{report}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
