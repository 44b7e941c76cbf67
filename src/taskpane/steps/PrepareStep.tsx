// Prepare: open the file from Partner Center or insert the template; add dropdowns.
import * as React from "react";
import { useI18n } from "../i18n/I18nContext";
import type { PrepareActions } from "../state/usePrepare";
import type { HeaderView } from "../state/sessionReducer";
import { PreparePanel } from "../components/PreparePanel";
import type { OpenCsvView } from "../components/OpenCsvButton";
import { StepView } from "./StepView";

interface Props {
  actions: PrepareActions;
  header: HeaderView | null;
  busy: boolean;
  open: OpenCsvView;
}

export function PrepareStep({ actions, header, busy, open }: Props) {
  const { t } = useI18n();
  return (
    <StepView view="prepare" next={t("nextPrepare")}>
      <PreparePanel actions={actions} header={header} busy={busy} open={open} />
    </StepView>
  );
}
