// A progress bar with its count and a Cancel button, for a long operation that can be stopped.
import * as React from "react";
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Progress } from "../ports";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1, minWidth: 0 },
});

interface Props {
  label: string;
  progress: Progress | null;
  /** The count under the bar, e.g. "Written 10 of 200 rows". */
  describe: (progress: Progress) => string;
  cancelLabel: string;
  onCancel: () => void;
}

export function OperationProgress({ label, progress, describe, cancelLabel, onCancel }: Props) {
  const styles = useStyles();
  const fraction = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <div className={styles.root}>
      <Field
        className={styles.bar}
        label={label}
        validationState="none"
        validationMessage={progress ? describe(progress) : undefined}
      >
        <ProgressBar value={fraction} thickness="large" />
      </Field>
      <Button onClick={onCancel}>{cancelLabel}</Button>
    </div>
  );
}
