// Follows the workbook for the pane: which sheet is active (onActivated, ExcelApi 1.7) and what
// changes on any sheet (WorksheetCollection.onChanged, 1.9; below that, each sheet's own onChanged,
// 1.7, registered as sheets become active). One registration for the pane's lifetime.
import type { ChangeLike } from "./changeMap";

export interface SheetEvents {
  activated(worksheetId: string): void;
  changed(change: ChangeLike & { worksheetId: string }): void;
}

const supports = (version: string): boolean =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;

/** Registers the handlers; resolves to a function that removes them (null where the host has no events). */
export async function followWorkbook(events: SheetEvents): Promise<(() => Promise<void>) | null> {
  if (!supports("1.7")) return null;
  const perSheet = !supports("1.9");
  const registered = new Map<string, OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>>();
  const onChanged = async (args: Excel.WorksheetChangedEventArgs) => {
    events.changed({ worksheetId: args.worksheetId, changeType: args.changeType, address: args.address });
  };
  const registerSheet = async (worksheetId: string | null) =>
    Excel.run(async (context) => {
      const sheet =
        worksheetId === null
          ? context.workbook.worksheets.getActiveWorksheet()
          : context.workbook.worksheets.getItem(worksheetId);
      sheet.load("id");
      await context.sync();
      if (registered.has(sheet.id)) return;
      registered.set(sheet.id, sheet.onChanged.add(onChanged));
      await context.sync();
    });

  const results = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const activated = sheets.onActivated.add(async (args) => {
      events.activated(args.worksheetId);
      if (perSheet) await registerSheet(args.worksheetId).catch(() => undefined);
    });
    const changed = perSheet ? null : sheets.onChanged.add(onChanged);
    await context.sync();
    return { activated, changed };
  });
  if (perSheet) await registerSheet(null);

  // Each registration is removed in a batch on its own context, as Microsoft documents it.
  const remove = (result: OfficeExtension.EventHandlerResult<unknown>) =>
    Excel.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
  return async () => {
    const all = [results.activated, results.changed, ...registered.values()];
    await Promise.all(
      all.flatMap((r) => (r ? [remove(r as OfficeExtension.EventHandlerResult<unknown>)] : [])),
    );
  };
}
