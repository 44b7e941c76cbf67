// Step 1: insert the template with chosen Solution / Team member columns, then add dropdowns.
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { PrepareActions } from "../state/usePrepare";
import { ColumnCountField } from "./ColumnCountField";
import { Section } from "./Section";

const useStyles = makeStyles({
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function PreparePanel({ actions, busy }: { actions: PrepareActions; busy: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [solutionColumns, setSolutionColumns] = React.useState(1);
  const [teamMemberColumns, setTeamMemberColumns] = React.useState(1);
  return (
    <Section id="prepare" title={t("prepareHeading")}>
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
        <Button disabled={busy} onClick={() => void actions.applyDropdowns()}>
          {t("prepareApplyDropdowns")}
        </Button>
      </div>
    </Section>
  );
}
