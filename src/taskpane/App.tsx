// Root of the task pane: wires the workbook operations into one focused view per step, with the
// step navigation and the outcome of the last action at the top.
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { DateOrder, Finding } from "../core/types";
import type { WorkbookOps } from "./ports";
import { I18nProvider, useI18n } from "./i18n/I18nContext";
import { useSession } from "./state/useSession";
import { usePrepare } from "./state/usePrepare";
import { useHeaderCheck } from "./state/useHeaderCheck";
import { useCheck } from "./state/useCheck";
import { GettingStarted, useGettingStarted } from "./components/GettingStarted";
import { ErrorBar } from "./components/ErrorBar";
import { StatusLine } from "./components/StatusLine";
import { StepNav } from "./components/StepNav";
import { FixPreviewDialog } from "./components/FixPreviewDialog";
import { useFixes } from "./state/useFixes";
import { useFindingText } from "./review/useFindingText";
import { fixableFindings, partnerCenterRows, safeFixes } from "./review/groupFindings";
import type { FindingActions } from "./components/FindingGroups";
import { useSave } from "./state/useSave";
import { useFindingsReport } from "./state/useFindingsReport";
import { useKeepFailedRows } from "./state/useAfterUpload";
import { useAccountDropdowns } from "./state/useAccountMatch";
import { accountMatchReview } from "./review/accountMatch";
import { useClearHighlights } from "./state/useClearHighlights";
import { useOpenCsv } from "./state/useOpenCsv";
import { useDiagnostics } from "./state/useDiagnostics";
import { useLiveCheck } from "./state/useLiveCheck";
import { useStep } from "./state/useStep";
import { PrepareStep } from "./steps/PrepareStep";
import { CheckStep } from "./steps/CheckStep";
import { ReviewStep } from "./steps/ReviewStep";
import { SaveStep } from "./steps/SaveStep";
import { AfterUploadStep } from "./steps/AfterUploadStep";
import { HelpView } from "./steps/HelpView";
import { CurrentView } from "./steps/StepView";

export interface AppProps {
  ops: WorkbookOps;
  /** Office display language, e.g. "fr-FR"; unsupported languages fall back to English. */
  language: string;
  /** Office platform ("PC", "Mac", "iOS", "OfficeOnline", …); Mac and iOS show CSV text instead of downloading. */
  platform?: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
});

export function App({ ops, language, platform = "" }: AppProps) {
  return (
    <I18nProvider language={language}>
      <TaskPane ops={ops} platform={platform} />
    </I18nProvider>
  );
}

/** The web views of Excel on Mac and iPad ignore downloads started from a task pane. */
function canDownloadOn(platform: string): boolean {
  return platform !== "Mac" && platform !== "iOS";
}

function TaskPane({ ops, platform }: { ops: WorkbookOps; platform: string }) {
  const styles = useStyles();
  const i18n = useI18n();
  const session = useSession(ops);
  const { state, attempt } = session;
  const [dateOrder, setDateOrder] = React.useState<DateOrder>("auto");
  const refreshHeader = useHeaderCheck(ops, session);
  const prepare = usePrepare(ops, session, refreshHeader);
  const openCsv = useOpenCsv(ops, session, refreshHeader);
  const { check, cancel } = useCheck(ops, session, dateOrder);
  const clearHighlights = useClearHighlights(ops, session);
  const fixes = useFixes(ops, session, check);
  const saveFlow = useSave({ ops, session, check, dateOrder, canDownload: canDownloadOn(platform) });
  const findingsReport = useFindingsReport(ops, session, canDownloadOn(platform));
  const [preview, setPreview] = React.useState<Finding[] | null>(null);
  const messageOf = useFindingText();
  const busy = state.busy !== null;
  const findings = state.outcome?.result.findings ?? null;
  const safe = React.useMemo(() => safeFixes(findings ?? []), [findings]);
  const fixable = React.useMemo(() => fixableFindings(findings ?? []), [findings]);
  const rejectedRows = React.useMemo(() => partnerCenterRows(findings ?? []), [findings]);
  const keepFailedRows = useKeepFailedRows(ops, session, check);
  const accountReview = React.useMemo(() => accountMatchReview(findings ?? []), [findings]);
  const canAddAccountDropdowns = state.outcome?.sheet.accountSuggestions ?? false;
  const addAccountDropdowns = useAccountDropdowns(ops, session);
  const diagnostics = useDiagnostics(ops, session);
  const live = useLiveCheck(ops, session, refreshHeader);
  const steps = useStep(state, rejectedRows > 0);
  const gettingStarted = useGettingStarted();
  const findingActions: FindingActions = React.useMemo(
    () => ({
      messageOf,
      onSelect: (finding) => void attempt(() => ops.selectCell(finding)),
      onFix: setPreview,
      disabled: busy,
    }),
    [messageOf, attempt, ops, busy],
  );
  // After Insert template the next step (Add dropdowns, as its sentence says) is in Prepare too;
  // once the dropdowns are added, checking comes next.
  const prepareActions = React.useMemo(
    () => ({
      ...prepare,
      applyDropdowns: async () => {
        const applied = await prepare.applyDropdowns();
        if (applied) steps.prepared();
        return applied;
      },
    }),
    [prepare, steps.prepared],
  );
  const openActions = React.useMemo(
    () => ({
      ...openCsv,
      open: async (file: File) => {
        const warnings = await openCsv.open(file);
        // Warnings found while reading are listed under the button: stay to read them.
        if (warnings !== null && warnings.length === 0) steps.prepared();
        return warnings;
      },
    }),
    [openCsv, steps.prepared],
  );
  const checkFromStep = async () => {
    await check(undefined, true, (outcome) =>
      steps.checked({ ...outcome.result.summary, rejectedRows: partnerCenterRows(outcome.result.findings) }),
    );
  };
  const go = (view: Parameters<typeof steps.go>[0]) => steps.go(view);

  const views = (
    <>
      <PrepareStep
        actions={prepareActions}
        header={state.header}
        busy={busy}
        open={{ actions: openActions, opening: state.busy === "open", progress: state.progress }}
      />
      <CheckStep
        outcome={state.outcome}
        dateOrder={dateOrder}
        onDateOrderChange={setDateOrder}
        onCheck={() => void checkFromStep()}
        onCancel={cancel}
        onClearHighlights={() => void clearHighlights()}
        checking={state.busy === "check"}
        busy={busy}
        progress={state.progress}
        live={state.outcome && ops.setLiveCheck ? { on: live.on, onChange: live.setOn } : undefined}
      />
      <ReviewStep
        findings={findings}
        errors={state.outcome?.result.summary.error ?? 0}
        fixes={{
          safe,
          all: fixable,
          canRestore: state.canRestore,
          onRestore: () => void fixes.restore(),
        }}
        account={{
          review: accountReview,
          canAddDropdowns: canAddAccountDropdowns,
          onAddDropdowns: addAccountDropdowns,
        }}
        actions={findingActions}
        report={findingsReport}
        busy={busy}
        onGoCheck={() => go("check")}
        onGoSave={() => go("save")}
      />
      <SaveStep
        outcome={state.outcome}
        flow={saveFlow}
        sheetEmpty={state.header?.kind === "checked" && state.header.check.empty}
        busy={busy}
        onMessage={session.announce}
        onGoReview={() => go("review")}
      />
      {rejectedRows > 0 && (
        <AfterUploadStep
          rejectedRows={rejectedRows}
          busy={busy}
          onKeepFailedRows={keepFailedRows}
          undo={{ can: state.canRestore, onUndo: () => void fixes.restore() }}
          onGoReview={() => go("review")}
        />
      )}
      <HelpView
        actions={diagnostics}
        busy={busy}
        testing={state.busy === "selfTest"}
        onMessage={session.announce}
      />
    </>
  );

  return (
    <main className={styles.root} lang={i18n.language}>
      <StepNav view={steps.view} steps={steps.steps} onGo={go} onGettingStarted={gettingStarted.reopen} />
      <GettingStarted control={gettingStarted} />
      <ErrorBar error={state.error} onDismiss={() => session.dispatch({ type: "dismissError" })} />
      <StatusLine status={state.status} intent={state.statusIntent} />
      <CurrentView.Provider value={steps.view}>{views}</CurrentView.Provider>
      <FixPreviewDialog
        findings={preview}
        onCancel={() => setPreview(null)}
        onApply={(chosen) => {
          setPreview(null);
          void fixes.applyFixes(chosen);
        }}
      />
    </main>
  );
}
