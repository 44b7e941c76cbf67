// The one sentence that says what Open CSV did: where the file went and how it was read, or why
// nothing was created.
import type { Finding } from "../../core/types";
import type { OpenCsvOutcome } from "../ports";
import type { Translator } from "../i18n/translate";

type Opened = Extract<OpenCsvOutcome, { ok: true }>;
type Refused = Extract<OpenCsvOutcome, { ok: false }>;

export function openedSentence(fileName: string, opened: Opened, { t, tp }: Translator): string {
  const delimiter =
    opened.delimiter === ";"
      ? t("openDelimiterSemicolon")
      : opened.delimiter === "\t"
        ? t("openDelimiterTab")
        : t("openDelimiterComma");
  const done = tp("openDone", opened.records, {
    file: fileName,
    sheet: opened.sheetName,
    encoding: opened.encoding,
    delimiter,
  });
  const look = opened.headerStyled ? "" : ` ${t("openHeaderNotStyled")}`;
  return `${done}${look} ${t("openNext")}`;
}

export function refusedSentence(
  fileName: string,
  { problem }: Refused,
  { t }: Translator,
  messageOf: (finding: Finding) => string,
): string {
  switch (problem.kind) {
    case "unreadable":
      return t("openUnreadable", { file: fileName, reason: messageOf(problem.finding) });
    case "too-big":
      return t("openTooBig", { file: fileName, rows: problem.rows, columns: problem.columns });
    case "cell-too-long":
      return t("openCellTooLong", { file: fileName, cell: problem.cell, length: problem.length });
  }
}
