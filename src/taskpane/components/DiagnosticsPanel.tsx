// Help and diagnostics: Copy diagnostics (host facts, last check, save and error; no cell data) and
// a self-test on a temporary sheet. The text is also shown, read-only, for hosts where copying fails.
import * as React from "react";
import { flushSync } from "react-dom";
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { SelfTestStep } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import { copyText } from "../save/download";
import { Section } from "./Section";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

export interface DiagnosticsActions {
  /** The report's text (reads the host's facts). */
  report(): Promise<string>;
  selfTest(): Promise<SelfTestStep[] | undefined>;
}

export function DiagnosticsPanel({
  actions,
  busy,
  testing,
  onMessage,
}: {
  actions: DiagnosticsActions;
  busy: boolean;
  testing: boolean;
  onMessage: (message: string) => void;
}) {
  const { t, tp } = useI18n();
  const styles = useStyles();
  const field = React.useRef<HTMLTextAreaElement>(null);
  const [text, setText] = React.useState<string | null>(null);

  const copy = async () => {
    const report = await actions.report();
    // Shown first, so that where the Clipboard API is missing the copy can select the field.
    flushSync(() => setText(report));
    const copied = await copyText(report, field.current);
    onMessage(copied ? t("diagnosticsCopied") : t("diagnosticsCopyFailed"));
  };
  const selfTest = async () => {
    const steps = await actions.selfTest();
    if (!steps) return;
    const failed = steps.filter((s) => s.outcome === "failed").length;
    onMessage(failed === 0 ? t("diagnosticsSelfTestPassed") : tp("diagnosticsSelfTestFailed", failed));
  };

  return (
    <Section id="diagnostics" title={t("diagnosticsHeading")}>
      <p>{t("diagnosticsIntro")}</p>
      <div className={styles.actions}>
        <Button onClick={() => void copy()}>{t("diagnosticsCopy")}</Button>
        <Button disabled={busy} onClick={() => void selfTest()}>
          {testing ? t("diagnosticsSelfTestRunning") : t("diagnosticsSelfTest")}
        </Button>
      </div>
      {text !== null && (
        <Field label={t("diagnosticsTextLabel")}>
          <Textarea ref={field} className={styles.text} value={text} readOnly rows={8} resize="vertical" />
        </Field>
      )}
    </Section>
  );
}
