// Excel for Mac cannot download from a task pane: show each CSV as read-only text with Copy.
import * as React from "react";
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { CsvFile } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import { copyText, textForCopy } from "../save/download";

const useStyles = makeStyles({
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  text: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

function CsvTextFile({ file, onCopied }: { file: CsvFile; onCopied: (message: string) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const field = React.useRef<HTMLTextAreaElement>(null);
  const text = textForCopy(file);
  const copy = async () => {
    const copied = await copyText(text, field.current);
    onCopied(copied ? t("saveCopied", { name: file.name }) : t("saveCopyFailed"));
  };
  return (
    <div className={styles.file}>
      <Field label={t("saveFileLabel", { name: file.name, records: file.records })}>
        <Textarea ref={field} className={styles.text} value={text} readOnly rows={8} resize="vertical" />
      </Field>
      <Button onClick={() => void copy()} aria-label={t("saveCopyLabel", { name: file.name })}>
        {t("saveCopy")}
      </Button>
    </div>
  );
}

export function CsvTextFallback({
  files,
  onCopied,
}: {
  files: CsvFile[];
  onCopied: (message: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <p>{t("saveMacIntro")}</p>
      {files.map((file) => (
        <CsvTextFile key={file.name} file={file} onCopied={onCopied} />
      ))}
    </>
  );
}
