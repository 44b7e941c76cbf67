// Step 1: what the active sheet's header holds; open the CSV file from Partner Center, or insert
// the template with chosen Solution / Team member columns; add dropdowns.
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { PrepareActions } from "../state/usePrepare";
import type { HeaderView } from "../state/sessionReducer";
import { HeaderStatus } from "./HeaderStatus";
import { ColumnCountField } from "./ColumnCountField";
import { DisabledReason } from "./DisabledReason";
import { Section } from "./Section";
import { OpenCsvButton, OpenCsvProgress, type OpenCsvView } from "./OpenCsvButton";

const useStyles = makeStyles({
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const DROPDOWNS_REASON_ID = "dropdowns-unavailable";

interface Props {
  actions: PrepareActions;
  header: HeaderView | null;
  busy: boolean;
  open: OpenCsvView;
}

export function PreparePanel({ actions, header, busy, open }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const [solutionColumns, setSolutionColumns] = React.useState(1);
  const [teamMemberColumns, setTeamMemberColumns] = React.useState(1);
  // Dropdowns go under template headers: with none on the sheet the button could do nothing.
  const dropdownsBlocked =
    header?.kind === "checked" && header.check.columns === 0 ? t("prepareDropdownsNeedHeader") : null;
  return (
    <Section id="prepare" title={t("prepareHeading")}>
      <HeaderStatus header={header} />
      {/* Most users start from Partner Center's download: its button comes first. */}
      <div className={styles.actions}>
        <OpenCsvButton open={open} busy={busy} />
      </div>
      <OpenCsvProgress open={open} />
      <div className={styles.fields}>
        <ColumnCountField
          label={t("prepareSolutionColumns")}
          hint={t("prepareColumnsHint")}
          value={solutionColumns}
          onChange={setSolutionColumns}
          disabled={busy}
        />
        <ColumnCountField
          label={t("prepareTeamMemberColumns")}
          hint={t("prepareColumnsHint")}
          value={teamMemberColumns}
          onChange={setTeamMemberColumns}
          disabled={busy}
        />
      </div>
      <div className={styles.actions}>
        <Button
          disabled={busy}
          onClick={() => void actions.insertTemplate({ solutionColumns, teamMemberColumns })}
        >
          {t("prepareInsertTemplate")}
        </Button>
        <Button
          disabledFocusable={busy || dropdownsBlocked !== null}
          aria-describedby={dropdownsBlocked !== null ? DROPDOWNS_REASON_ID : undefined}
          onClick={() => void actions.applyDropdowns()}
        >
          {t("prepareApplyDropdowns")}
        </Button>
      </div>
      <DisabledReason id={DROPDOWNS_REASON_ID} reason={dropdownsBlocked} />
    </Section>
  );
}
