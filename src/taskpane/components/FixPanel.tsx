// Step 4: fix every safe finding (notices), or every finding that has a fix, in one batch after a
// preview; or undo the last batch.
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { Section } from "./Section";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  safeFixes: Finding[];
  /** Findings of every severity that carry a fix. */
  allFixes: Finding[];
  canRestore: boolean;
  busy: boolean;
  onFix: (findings: Finding[]) => void;
  onRestore: () => void;
}

export function FixPanel({ safeFixes, allFixes, canRestore, busy, onFix, onRestore }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Section id="fixes" title={t("fixHeading")}>
      <div className={styles.actions}>
        <Button disabled={busy || allFixes.length === 0} onClick={() => onFix(allFixes)}>
          {t("fixAll", { count: allFixes.length })}
        </Button>
        <Button disabled={busy || safeFixes.length === 0} onClick={() => onFix(safeFixes)}>
          {t("fixSafe", { count: safeFixes.length })}
        </Button>
        <Button disabled={busy || !canRestore} aria-label={t("fixRestoreLabel")} onClick={onRestore}>
          {t("fixRestore")}
        </Button>
      </div>
    </Section>
  );
}
