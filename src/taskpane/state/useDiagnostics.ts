// Copy diagnostics and the self-test: gathers what the report needs from the session, the host and
// the error log. The self-test runs like any operation (busy, errors shown); copying never blocks.
import * as React from "react";
import type { SelfTestStep, WorkbookOps } from "../ports";
import type { DiagnosticsActions } from "../components/DiagnosticsPanel";
import { useI18n } from "../i18n/I18nContext";
import { lastUnexpectedError, errorDetails } from "../errorLog";
import { diagnosticsReport } from "../diagnostics/report";
import { lastSaveMethod } from "../diagnostics/saveMethod";
import { ADDIN_VERSION } from "../diagnostics/version";
import type { Session } from "./useSession";

export function useDiagnostics(ops: WorkbookOps, session: Session): DiagnosticsActions {
  const { language } = useI18n();
  const { state, run } = session;
  const selfTestSteps = React.useRef<SelfTestStep[] | null>(null);

  const report = React.useCallback(async () => {
    let facts = null;
    let factsError: string | undefined;
    try {
      facts = await ops.hostFacts();
    } catch (error) {
      const d = errorDetails(error, "hostFacts");
      factsError = `${d.code || "no code"}: ${d.message}`;
    }
    return diagnosticsReport({
      addinVersion: ADDIN_VERSION,
      time: new Date().toISOString(),
      facts,
      factsError,
      paneLanguage: language,
      userAgent: typeof navigator === "undefined" ? "unknown" : navigator.userAgent,
      lastCheck: state.outcome,
      lastSave: lastSaveMethod(),
      lastError: lastUnexpectedError(),
      selfTest: selfTestSteps.current,
    });
  }, [ops, language, state.outcome]);

  const selfTest = React.useCallback(async () => {
    const steps = await run("selfTest", () => ops.selfTest());
    if (steps) selfTestSteps.current = steps;
    return steps;
  }, [ops, run]);

  return React.useMemo(() => ({ report, selfTest }), [report, selfTest]);
}
