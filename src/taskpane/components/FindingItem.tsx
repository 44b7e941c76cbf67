// One finding: where, what, why and the fix. Activating it selects the cell in the sheet. The
// finding Next / Previous reached is marked current and scrolled into view.
import * as React from "react";
import {
  Button,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { PARTNER_CENTER_CODE } from "../review/groupFindings";
import { PartnerCenterBadge, SeverityBadge } from "./SeverityBadge";
import { FindingHelp } from "./FindingHelp";

/** Long values (notes) are cut for display; the cell itself is one click away. */
const MAX_VALUE_CHARS = 120;

const useStyles = makeStyles({
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    paddingBlock: tokens.spacingVerticalXS,
    // The browser skips layout and paint of items scrolled far away: thousands stay cheap.
    contentVisibility: "auto",
    containIntrinsicSize: "auto 64px",
    // Scrolled to as the current finding: clear of the sticky Next / Previous bar above.
    scrollMarginTop: "12rem",
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorCompoundBrandStroke}`,
  },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: 0,
    textAlign: "start",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorSubtleBackground,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle(),
  // The message shrinks, not the button: "Korrigieren" must not break mid-word at 320 px.
  fixButton: { flexShrink: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  cell: { fontWeight: tokens.fontWeightSemibold },
  detail: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

function shorten(text: string): string {
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

interface Props {
  finding: Finding;
  message: string;
  onSelect: (finding: Finding) => void;
  onFix: (findings: Finding[]) => void;
  disabled: boolean;
  current?: boolean;
}

export const FindingItem = React.memo(function FindingItem({
  finding,
  message,
  onSelect,
  onFix,
  disabled,
  current = false,
}: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const itemRef = React.useRef<HTMLLIElement>(null);
  React.useEffect(() => {
    // jsdom has no scrollIntoView.
    if (current) itemRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [current]);
  const content = (
    <>
      {/* The spaces between parts keep the accessible name readable ("Error D12 Required field …"). */}
      <span className={styles.line}>
        <SeverityBadge severity={finding.severity} />{" "}
        {finding.code === PARTNER_CENTER_CODE && (
          <>
            <PartnerCenterBadge />{" "}
          </>
        )}
        {finding.cell && <span className={styles.cell}>{finding.cell}</span>}
      </span>{" "}
      <span>{message}</span>{" "}
      {finding.value !== null && (
        <span className={styles.detail}>
          {t("reviewValue", { value: finding.value === "" ? t("reviewEmptyValue") : shorten(finding.value) })}
        </span>
      )}{" "}
      {finding.fix !== null && (
        <span className={styles.detail}>
          {t("reviewFix", { fix: finding.fix === "" ? t("reviewEmptyValue") : shorten(finding.fix) })}
        </span>
      )}
    </>
  );
  return (
    <li
      ref={itemRef}
      className={mergeClasses(styles.item, current && styles.current)}
      aria-current={current ? "true" : undefined}
      data-current={current ? "true" : undefined}
    >
      {finding.cell ? (
        <button
          type="button"
          className={mergeClasses(styles.body, styles.clickable, styles.focus)}
          onClick={() => onSelect(finding)}
          title={t("reviewGoToCell", { cell: finding.cell })}
        >
          {content}
        </button>
      ) : (
        <div className={styles.body}>{content}</div>
      )}
      <FindingHelp finding={finding} />
      {finding.fix !== null && (
        <Button
          className={styles.fixButton}
          size="small"
          disabled={disabled}
          aria-label={t("reviewApplyOneLabel", { cell: finding.cell ?? "" })}
          onClick={() => onFix([finding])}
        >
          {t("reviewApplyOne")}
        </Button>
      )}
    </li>
  );
});
