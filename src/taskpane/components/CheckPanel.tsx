// Step 2: the one primary button first (with progress and Cancel while a check runs), Clear
// highlights, then the date-order choice and "Check as I edit".
import * as React from "react";
import { Button, Field, ProgressBar, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { DateOrder } from "../../core/types";
import type { Progress } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import { Section } from "./Section";

const useStyles = makeStyles({
  progress: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // A native select is as wide as its longest option: never wider than the pane.
  select: { maxWidth: "100%", minWidth: 0 },
});

interface Props {
  dateOrder: DateOrder;
  onDateOrderChange: (order: DateOrder) => void;
  onCheck: () => void;
  onCancel: () => void;
  onClearHighlights: () => void;
  checking: boolean;
  busy: boolean;
  progress: Progress | null;
  /** "Check as I edit", shown once there is a check to keep up to date. */
  live?: { on: boolean; onChange: (on: boolean) => void };
  children?: React.ReactNode;
}

export function CheckPanel({
  dateOrder,
  onDateOrderChange,
  onCheck,
  onCancel,
  onClearHighlights,
  checking,
  busy,
  progress,
  live,
  children,
}: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const fraction = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <Section id="check" title={t("checkHeading")}>
      <div className={styles.actions}>
        {/* disabledFocusable: a disabled button drops keyboard focus to the page mid-check. */}
        <Button appearance="primary" disabledFocusable={busy} onClick={onCheck}>
          {checking ? t("checkRunning") : t("checkRun")}
        </Button>
        <Button disabled={busy} onClick={onClearHighlights}>
          {t("clearHighlights")}
        </Button>
      </div>
      {checking && (
        <div className={styles.progress}>
          <Field
            className={styles.bar}
            label={t("checkProgressLabel")}
            validationState="none"
            validationMessage={
              progress ? t("checkProgress", { done: progress.done, total: progress.total }) : undefined
            }
          >
            <ProgressBar value={fraction} thickness="large" />
          </Field>
          <Button onClick={onCancel}>{t("checkCancel")}</Button>
        </div>
      )}
      <Field label={t("checkDateOrder")} hint={t("checkDateOrderHint")}>
        <Select
          className={styles.select}
          value={dateOrder}
          disabled={busy}
          onChange={(_event, data) => onDateOrderChange(data.value as DateOrder)}
        >
          <option value="auto">{t("checkDateOrderAuto")}</option>
          <option value="mdy">{t("checkDateOrderMdy")}</option>
          <option value="dmy">{t("checkDateOrderDmy")}</option>
        </Select>
      </Field>
      {live && (
        <Field hint={t("liveCheckHint")}>
          <Switch
            label={t("liveCheck")}
            checked={live.on}
            onChange={(_event, data) => live.onChange(data.checked)}
          />
        </Field>
      )}
      {children}
    </Section>
  );
}
