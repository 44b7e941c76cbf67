// Inserting the template and adding the dropdowns. Dropdowns stay a step of their own (they add a
// hidden lists sheet and workbook names); the status after Insert template points to it.
import * as React from "react";
import type { TemplateOptions, WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import type { Session } from "./useSession";

export interface PrepareActions {
  /** Resolves to whether the template was inserted. */
  insertTemplate(options: TemplateOptions): Promise<boolean>;
  /** Resolves to whether the dropdowns were added. */
  applyDropdowns(): Promise<boolean>;
}

export function usePrepare(
  ops: WorkbookOps,
  { run, announce }: Session,
  refreshHeader: () => Promise<void>,
): PrepareActions {
  const { t, tp } = useI18n();

  const insertTemplate = React.useCallback(
    async (options: TemplateOptions) => {
      const inserted = await run("template", () => ops.insertTemplate(options));
      if (!inserted) return false;
      announce(
        `${t("prepareTemplateInserted", { sheet: inserted.sheetName })} ${t("prepareSuggestDropdowns")}`,
      );
      await refreshHeader();
      return true;
    },
    [ops, run, announce, t, refreshHeader],
  );

  const applyDropdowns = React.useCallback(async () => {
    const applied = await run("dropdowns", () => ops.applyDropdowns());
    if (!applied) return false;
    announce(tp("prepareDropdownsApplied", applied.columns));
    return true;
  }, [ops, run, announce, tp]);

  return { insertTemplate, applyDropdowns };
}
