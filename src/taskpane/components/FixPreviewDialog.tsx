// Shows exactly which cells a batch of fixes will change (old → new) before anything is written,
// in the one confirmation layout (ConfirmDialog).
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { visibleWhitespace } from "../review/visibleWhitespace";
import { ConfirmDialog } from "./ConfirmDialog";

/** The preview lists this many changes; the count covers them all. */
export const PREVIEW_LIMIT = 100;

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  cell: { fontWeight: tokens.fontWeightSemibold },
  whitespace: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  findings: Finding[] | null;
  onApply: (findings: Finding[]) => void;
  onCancel: () => void;
}

export function FixPreviewDialog({ findings, onApply, onCancel }: Props) {
  const { t, tp } = useI18n();
  const styles = useStyles();
  const fixes = (findings ?? []).filter((finding) => finding.fix !== null);
  const shown = fixes.slice(0, PREVIEW_LIMIT);
  const show = (text: string | null) =>
    text === null || text === ""
      ? t("reviewEmptyValue")
      : visibleWhitespace(text).map((piece, index) =>
          piece.whitespace ? (
            <span key={index} className={styles.whitespace}>
              {piece.text}
            </span>
          ) : (
            piece.text
          ),
        );
  return (
    <ConfirmDialog
      open={findings !== null}
      modalType="modal"
      title={tp("fixPreviewTitle", fixes.length)}
      body={
        <>
          <p>{t("fixPreviewIntro")}</p>
          <ul className={styles.list} data-testid="fix-preview-list">
            {shown.map((finding, index) => (
              <li key={`${finding.cell ?? "file"}-${index}`}>
                <span className={styles.cell}>{finding.cell}</span>: {show(finding.value)} →{" "}
                {show(finding.fix)}
              </li>
            ))}
          </ul>
          {fixes.length > shown.length && (
            <p>{t("fixPreviewMore", { count: fixes.length - shown.length })}</p>
          )}
        </>
      }
      confirmLabel={t("fixApply")}
      cancelLabel={t("fixCancel")}
      onConfirm={() => onApply(fixes)}
      onCancel={onCancel}
    />
  );
}
