// The fixes of the review step: fix every safe finding (notices), or every finding that has a fix,
// in one batch after a preview; or undo the last batch. A compact row of small buttons above the
// findings (a command bar, as Office task panes have) so that the first findings stay on the first
// screen of a 320 × 600 pane; named "Fixes" for screen readers.
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";

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
    <div role="group" aria-label={t("fixHeading")} className={styles.actions}>
      <Button size="small" disabled={busy || safeFixes.length === 0} onClick={() => onFix(safeFixes)}>
        {t("fixSafe", { count: safeFixes.length })}
      </Button>
      <Button
        size="small"
        disabled={busy || !canRestore}
        aria-label={t("fixRestoreLabel")}
        onClick={onRestore}
      >
        {t("fixRestore")}
      </Button>
      <Button size="small" disabled={busy || allFixes.length === 0} onClick={() => onFix(allFixes)}>
        {t("fixAll", { count: allFixes.length })}
      </Button>
    </div>
  );
}
