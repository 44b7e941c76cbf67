// Inserting the template and adding the dropdowns.
import * as React from "react";
import type { TemplateOptions, WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import type { Session } from "./useSession";

export interface PrepareActions {
  insertTemplate(options: TemplateOptions): Promise<void>;
  applyDropdowns(): Promise<void>;
}

export function usePrepare(ops: WorkbookOps, { run, announce }: Session): PrepareActions {
  const { t, tp } = useI18n();

  const insertTemplate = React.useCallback(
    async (options: TemplateOptions) => {
      const inserted = await run("template", () => ops.insertTemplate(options));
      if (inserted) announce(t("prepareTemplateInserted", { sheet: inserted.sheetName }));
    },
    [ops, run, announce, t],
  );

  const applyDropdowns = React.useCallback(async () => {
    const applied = await run("dropdowns", () => ops.applyDropdowns());
    if (applied) announce(tp("prepareDropdownsApplied", applied.columns));
  }, [ops, run, announce, tp]);

  return { insertTemplate, applyDropdowns };
}
