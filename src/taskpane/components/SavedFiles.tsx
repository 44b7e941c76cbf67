// The files of the last save: each with its name and record count, a Download button where the
// task pane can download, and Copy CSV text everywhere. Where it cannot download (Excel on Mac and
// iPad), or a copy failed, the text is shown read-only so that it can be selected by hand.
import * as React from "react";
import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { CsvFile } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import { copyText, textForCopy } from "../save/download";

const useStyles = makeStyles({
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

interface FileProps {
  file: CsvFile;
  canDownload: boolean;
  onDownload: (file: CsvFile) => void;
  onMessage: (message: string) => void;
}

function SavedFile({ file, canDownload, onDownload, onMessage }: FileProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const field = React.useRef<HTMLTextAreaElement>(null);
  const [copyFailed, setCopyFailed] = React.useState(false);
  // The text is read from the file only to be shown or copied (megabytes on 5,000 records).
  const [loaded, setLoaded] = React.useState<{ file: CsvFile; text: string } | null>(null);
  const text = loaded?.file === file ? loaded.text : null;
  const label = t("saveFileLabel", { name: file.name, records: file.records });
  const showText = !canDownload || copyFailed;
  React.useEffect(() => {
    if (!showText || text !== null) return;
    let current = true;
    textForCopy(file).then(
      (read) => current && setLoaded({ file, text: read }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [showText, text, file]);
  const copy = async () => {
    const value = text ?? (await textForCopy(file));
    setLoaded({ file, text: value });
    const copied = await copyText(value, field.current);
    setCopyFailed(!copied);
    onMessage(copied ? t("saveCopied", { name: file.name }) : t("saveCopyFailed"));
  };
  return (
    <div className={styles.file} data-testid="saved-file">
      {/* The field appears once its text is read (a moment): an empty box would say there is none. */}
      {showText && text !== null ? (
        <Field label={label}>
          <Textarea ref={field} className={styles.text} value={text} readOnly rows={8} resize="vertical" />
        </Field>
      ) : (
        <Text weight="semibold">{label}</Text>
      )}
      <div className={styles.actions}>
        {canDownload && (
          <Button onClick={() => onDownload(file)} aria-label={t("saveDownloadLabel", { name: file.name })}>
            {t("saveDownload")}
          </Button>
        )}
        <Button onClick={() => void copy()} aria-label={t("saveCopyLabel", { name: file.name })}>
          {t("saveCopy")}
        </Button>
      </div>
    </div>
  );
}

export function SavedFiles({
  files,
  canDownload,
  onDownload,
  onMessage,
}: {
  files: CsvFile[];
  canDownload: boolean;
  onDownload: (file: CsvFile) => void;
  onMessage: (message: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {!canDownload && <p>{t("saveNoDownloadIntro")}</p>}
      {files.map((file) => (
        <SavedFile
          key={file.name}
          file={file}
          canDownload={canDownload}
          onDownload={onDownload}
          onMessage={onMessage}
        />
      ))}
    </>
  );
}
