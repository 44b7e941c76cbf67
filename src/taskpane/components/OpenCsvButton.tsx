// Open CSV file: a file picker whose file goes into a new sheet exactly as written (every cell
// Text). The button sits beside Insert template; OpenCsvProgress shows progress and Cancel while
// the file is written, then the warnings found while reading it.
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Progress } from "../ports";
import type { OpenCsvActions } from "../state/useOpenCsv";
import { useI18n } from "../i18n/I18nContext";
import { useFindingText } from "../review/useFindingText";
import { OperationProgress } from "./OperationProgress";

const useStyles = makeStyles({
  hidden: { display: "none" },
  warnings: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface OpenCsvView {
  actions: OpenCsvActions;
  opening: boolean;
  progress: Progress | null;
}

export function OpenCsvButton({ open, busy }: { open: OpenCsvView; busy: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const picked = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again opens it again.
    event.target.value = "";
    if (file) void open.actions.open(file);
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        className={styles.hidden}
        aria-label={t("openPickerLabel")}
        data-testid="open-csv-input"
        tabIndex={-1}
        onChange={picked}
      />
      {/* disabledFocusable: a disabled button drops keyboard focus to the page while the file opens. */}
      <Button disabledFocusable={busy} onClick={() => input.current?.click()}>
        {open.opening ? t("openRunning") : t("openButton")}
      </Button>
    </>
  );
}

export function OpenCsvProgress({ open }: { open: OpenCsvView }) {
  const { t } = useI18n();
  const styles = useStyles();
  const messageOf = useFindingText();
  const warnings = open.actions.fileWarnings;
  return (
    <>
      {open.opening && (
        <OperationProgress
          label={t("openProgressLabel")}
          progress={open.progress}
          describe={({ done, total }) => t("openProgress", { done, total })}
          cancelLabel={t("openCancel")}
          onCancel={open.actions.cancel}
        />
      )}
      {warnings.length > 0 && (
        <ul className={styles.warnings} aria-label={t("openWarningsLabel")}>
          {warnings.map((finding, index) => (
            <li key={`${finding.code}-${index}`}>{messageOf(finding)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
