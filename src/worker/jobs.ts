// What the rules engine does for the task pane, as jobs of plain data in and out, so that they can
// run in a Web Worker (engine.worker.ts) or in the pane's thread (engine.ts) with the same result.
import { checkTable } from "../core/check";
import { startLiveCheck } from "../core/live/recheck";
import { detachLive, type DetachedLive } from "../core/live/transfer";
import { tableToCsvFiles, type UploadFile } from "../core/save/csvFiles";
import { uploadTable } from "../core/save/uploadTable";
import type { CheckOptions, CheckResult, Table } from "../core/types";

export type EngineJob =
  /** Check sheet: the result, and with `keep` what later live re-checks need. */
  | { kind: "check"; table: Table; options: CheckOptions; keep: boolean }
  /** Save as CSV: the sheet checked, its notices' fixes applied, written as file(s). */
  | { kind: "upload"; table: Table; options: CheckOptions; sheetName: string; split: boolean; bom: boolean };

export type EngineAnswer<J extends EngineJob> = J extends { kind: "check" }
  ? { result: CheckResult; live: DetachedLive | null }
  : { files: UploadFile[] };

export function runJob<J extends EngineJob>(job: J): EngineAnswer<J> {
  return run(job) as EngineAnswer<J>;
}

function run(job: EngineJob): EngineAnswer<EngineJob> {
  if (job.kind === "check") {
    if (!job.keep) return { result: checkTable(job.table, job.options), live: null };
    const live = startLiveCheck(job.table, job.options);
    return { result: live.result, live: detachLive(live) };
  }
  const upload = uploadTable(job.table, checkTable(job.table, job.options).findings);
  return {
    files: upload.ok ? tableToCsvFiles(job.sheetName, upload.table, { split: job.split, bom: job.bom }) : [],
  };
}
