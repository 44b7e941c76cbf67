// Next / Previous finding: the buttons, the current finding's message shown large, and the same
// text in a polite live region so that screen readers announce each step. F8 / Shift+F8 (the
// "next problem" keys of code editors) are handled by the review region, see ReviewPanel.
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { SeverityBadge } from "./SeverityBadge";
import { FindingHelp } from "./FindingHelp";

export const NEXT_KEY = "F8";
export const PREVIOUS_KEY = "Shift+F8";

const useStyles = makeStyles({
  // Sticky while the findings scroll under it: the current message stays in view at any length.
  root: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    boxShadow: tokens.shadow4,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  where: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  message: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: "anywhere",
  },
  keys: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  current: Finding | null;
  /** 0-based place of `current` in the navigation order; -1 before the first step. */
  index: number;
  count: number;
  messageOf: (finding: Finding) => string;
  onStep: (direction: 1 | -1) => void;
}

export function FindingNavigator({ current, index, count, messageOf, onStep }: Props) {
  const { t, tp } = useI18n();
  const styles = useStyles();
  const shown = index >= 0 ? current : null;
  return (
    <div className={styles.root} role="group" aria-label={t("reviewNavLabel")}>
      <div className={styles.buttons}>
        <Button
          size="small"
          aria-keyshortcuts={PREVIOUS_KEY}
          title={PREVIOUS_KEY}
          disabled={count === 0}
          onClick={() => onStep(-1)}
        >
          {t("reviewNavPrevious")}
        </Button>
        <Button
          size="small"
          appearance="primary"
          aria-keyshortcuts={NEXT_KEY}
          title={NEXT_KEY}
          disabled={count === 0}
          onClick={() => onStep(1)}
        >
          {t("reviewNavNext")}
        </Button>
        {shown && <FindingHelp finding={shown} />}
      </div>
      <div aria-live="polite" aria-atomic="true" data-testid="finding-navigator-text">
        {shown ? (
          <>
            <span className={styles.where}>
              <SeverityBadge severity={shown.severity} />{" "}
              <Text weight="semibold">
                {shown.cell
                  ? t("reviewNavPositionCell", { index: index + 1, count, cell: shown.cell })
                  : t("reviewNavPosition", { index: index + 1, count })}
              </Text>
            </span>{" "}
            <Text block className={styles.message}>
              {messageOf(shown)}
            </Text>
          </>
        ) : (
          count > 0 && <Text>{tp("reviewNavIntro", count)}</Text>
        )}
      </div>
    </div>
  );
}

/**
 * The keyboard hint, shown after the findings list: in the sticky bar its two lines pushed the
 * first findings below the fold of a 600 px pane. The buttons carry their keys too (title,
 * aria-keyshortcuts).
 */
export function FindingKeysHint() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Text size={200} className={styles.keys}>
      {t("reviewNavKeys")}
    </Text>
  );
}
