// Root of the task pane: wires the workbook operations into the journey's panels.
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DateOrder, Finding } from "../core/types";
import type { WorkbookOps } from "./ports";
import { I18nProvider, useI18n } from "./i18n/I18nContext";
import { useSession } from "./state/useSession";
import { usePrepare } from "./state/usePrepare";
import { useHeaderCheck } from "./state/useHeaderCheck";
import { useCheck } from "./state/useCheck";
import { GettingStarted } from "./components/GettingStarted";
import { ErrorBar } from "./components/ErrorBar";
import { StatusLine } from "./components/StatusLine";
import { PreparePanel } from "./components/PreparePanel";
import { CheckPanel } from "./components/CheckPanel";
import { CheckSummary } from "./components/CheckSummary";
import { ReviewPanel } from "./components/ReviewPanel";
import { FixPanel } from "./components/FixPanel";
import { FixPreviewDialog } from "./components/FixPreviewDialog";
import { useFixes } from "./state/useFixes";
import { useFindingText } from "./review/useFindingText";
import { fixableFindings, partnerCenterRows, safeFixes } from "./review/groupFindings";
import type { FindingActions } from "./components/FindingGroups";
import { SavePanel } from "./components/SavePanel";
import { useSave } from "./state/useSave";
import { useFindingsReport } from "./state/useFindingsReport";
import { AfterUploadPanel } from "./components/AfterUploadPanel";
import { useKeepFailedRows } from "./state/useAfterUpload";
import { AccountMatchPanel } from "./components/AccountMatchPanel";
import { useAccountDropdowns } from "./state/useAccountMatch";
import { accountMatchReview, hasAccountSuggestions } from "./review/accountMatch";
import { useClearHighlights } from "./state/useClearHighlights";
import { useOpenCsv } from "./state/useOpenCsv";
import { DiagnosticsPanel } from "./components/DiagnosticsPanel";
import { useDiagnostics } from "./state/useDiagnostics";
import { useLiveCheck } from "./state/useLiveCheck";

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
  const findings = state.outcome?.result.findings;
  const safe = React.useMemo(() => safeFixes(findings ?? []), [findings]);
  const fixable = React.useMemo(() => fixableFindings(findings ?? []), [findings]);
  const rejectedRows = React.useMemo(() => partnerCenterRows(findings ?? []), [findings]);
  const keepFailedRows = useKeepFailedRows(ops, session, check);
  const accountReview = React.useMemo(() => accountMatchReview(findings ?? []), [findings]);
  const table = state.outcome?.sheet.table;
  const canAddAccountDropdowns = React.useMemo(() => (table ? hasAccountSuggestions(table) : false), [table]);
  const addAccountDropdowns = useAccountDropdowns(ops, session);
  const diagnostics = useDiagnostics(ops, session);
  const live = useLiveCheck(ops, session, refreshHeader);
  const findingActions: FindingActions = React.useMemo(
    () => ({
      messageOf,
      onSelect: (finding) => void attempt(() => ops.selectCell(finding)),
      onFix: setPreview,
      disabled: busy,
    }),
    [messageOf, attempt, ops, busy],
  );

  return (
    <main className={styles.root} lang={i18n.language}>
      <Text as="h1" size={500} weight="semibold">
        {i18n.t("appTitle")}
      </Text>
      <GettingStarted />
      <ErrorBar error={state.error} onDismiss={() => session.dispatch({ type: "dismissError" })} />
      <StatusLine status={state.status} />
      <PreparePanel
        actions={prepare}
        header={state.header}
        busy={busy}
        open={{ actions: openCsv, opening: state.busy === "open", progress: state.progress }}
      />
      <CheckPanel
        dateOrder={dateOrder}
        onDateOrderChange={setDateOrder}
        onCheck={() => void check()}
        onCancel={cancel}
        onClearHighlights={() => void clearHighlights()}
        checking={state.busy === "check"}
        busy={busy}
        progress={state.progress}
        live={state.outcome && ops.setLiveCheck ? { on: live.on, onChange: live.setOn } : undefined}
      >
        {state.outcome && <CheckSummary outcome={state.outcome} />}
      </CheckPanel>
      {rejectedRows > 0 && (
        <AfterUploadPanel rejectedRows={rejectedRows} busy={busy} onKeepFailedRows={keepFailedRows} />
      )}
      {(canAddAccountDropdowns || accountReview.length > 0) && (
        <AccountMatchPanel
          review={accountReview}
          canAddDropdowns={canAddAccountDropdowns}
          actions={findingActions}
          onAddDropdowns={addAccountDropdowns}
        />
      )}
      {findings && (
        <FixPanel
          safeFixes={safe}
          allFixes={fixable}
          canRestore={state.canRestore}
          busy={busy}
          onFix={setPreview}
          onRestore={() => void fixes.restore()}
        />
      )}
      <SavePanel
        flow={saveFlow}
        records={state.outcome?.result.records ?? null}
        sheetEmpty={state.header?.kind === "checked" && state.header.check.empty}
        busy={busy}
        onMessage={session.announce}
      />
      {findings && <ReviewPanel findings={findings} actions={findingActions} report={findingsReport} />}
      <DiagnosticsPanel
        actions={diagnostics}
        busy={busy}
        testing={state.busy === "selfTest"}
        onMessage={session.announce}
      />
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
