// Range.dataValidation: rule (list with inline or "=reference" source, and the other rule kinds
// stored as given), prompt, errorAlert, ignoreBlanks, type, valid, clear(). Limits are Excel's.
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import {
  assertWritable,
  checkText,
  MAX_INLINE_LIST_CHARS,
  MAX_ALERT_MESSAGE_CHARS,
  MAX_VALIDATION_MESSAGE_CHARS,
  MAX_VALIDATION_TITLE_CHARS,
} from "./limits";
import type { SheetModel, ValidationModel } from "./model";
import { SimClientObject } from "./proxy";
import { resolveAddress, resolveRangeArgument } from "./rangeArgument";
import { areasOf, scannable, uniformAreas, type RangeRef } from "./rangeRef";
import { fullAddress } from "./address";

const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};
const ALERT_STYLES = ["Stop", "Warning", "Information"];
const DEFAULT_PROMPT = { showPrompt: true, title: "", message: "" };
const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };

/** Applies patch to every cell's validation, sharing one object per distinct previous value. */
function patchValidation(t: RangeRef, patch: Partial<ValidationModel> | null): void {
  const memo = new Map<ValidationModel | null | undefined, ValidationModel | undefined>();
  for (const rect of areasOf(t)) {
    t.sheet.mapFormat(rect, "validation", (old) => {
      if (patch === null) return undefined;
      if (!memo.has(old)) memo.set(old, { ...(old ?? {}), ...patch });
      return memo.get(old);
    });
  }
}

export class SimDataValidation extends SimClientObject<RangeRef> {
  readonly _typeName = "DataValidation";
  protected readonly _scalars = ["rule", "prompt", "errorAlert", "ignoreBlanks", "type", "valid"];

  constructor(context: SimRequestContext, resolver: () => RangeRef | null) {
    super(context, resolver);
  }

  private _uniform(t: RangeRef): ValidationModel | undefined | null {
    if (!scannable(t)) return null;
    return uniformAreas(t, (r, c) => t.sheet.format(r, c, "validation") ?? undefined);
  }

  protected _read(t: RangeRef, name: string): unknown {
    const v = this._uniform(t);
    const consistent = v !== null;
    switch (name) {
      case "type": {
        // Excel.DataValidationType: "MixedCriteria" when some cells have a rule and others none
        // (what a paste over part of a dropdown column leaves), "Inconsistent" for different rules.
        if (!consistent) {
          const present = uniformAreas(t, (r, c) => (t.sheet.format(r, c, "validation") ? 1 : 0));
          return present === null ? "MixedCriteria" : "Inconsistent";
        }
        const kind = v?.rule ? Object.keys(v.rule)[0] : undefined;
        return kind ? RULE_TYPES[kind] : "None";
      }
      case "rule":
        return consistent && v?.rule ? structuredClone(v.rule) : {};
      case "prompt":
        return { ...DEFAULT_PROMPT, ...(consistent ? v?.prompt : {}) };
      case "errorAlert":
        return { ...DEFAULT_ALERT, ...(consistent ? v?.errorAlert : {}) };
      case "ignoreBlanks":
        return consistent ? (v?.ignoreBlanks ?? true) : null;
      case "valid":
        return this._valid(t);
    }
    throw new SimHostError(
      ErrorCodes.invalidArgument,
      `The property '${name}' does not exist on DataValidation.`,
    );
  }

  /** List rules only: every non-blank value must be one of the allowed items (case-insensitive). */
  private _valid(t: RangeRef): boolean {
    let ok = true;
    const allowedFor = new Map<ValidationModel, Set<string> | null>();
    for (const rect of areasOf(t)) {
      t.sheet.forEachCellIn(rect, (r, c, cell) => {
        const v = t.sheet.format(r, c, "validation");
        const source = (v?.rule?.list as { source?: string } | undefined)?.source;
        if (!v || source === undefined || cell.value === undefined || cell.value === "") return;
        if (!allowedFor.has(v)) allowedFor.set(v, this._listItems(source, t.sheet));
        const allowed = allowedFor.get(v);
        if (allowed && !allowed.has(String(cell.value).toLowerCase())) ok = false;
      });
    }
    return ok;
  }

  private _listItems(source: string, sheet: SheetModel): Set<string> | null {
    if (!source.startsWith("=")) return new Set(source.split(",").map((s) => s.trim().toLowerCase()));
    try {
      const ref = resolveAddress(this.context, source.slice(1), sheet);
      const items = new Set<string>();
      ref.sheet.forEachCellIn(ref.rect, (_r, _c, cell) => {
        if (cell.value !== undefined) items.add(String(cell.value).toLowerCase());
      });
      return items;
    } catch {
      return null;
    }
  }

  get type(): string {
    return this._get("type");
  }
  get valid(): boolean {
    return this._get("valid");
  }

  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(value: Record<string, unknown>) {
    const payload = { ...value };
    this._set("rule", value, (t) => {
      assertWritable(t.sheet);
      patchValidation(t, { rule: this._checkRule(payload, t.sheet) });
    });
  }

  private _checkRule(rule: Record<string, unknown>, sheet: SheetModel): Record<string, unknown> {
    const kinds = Object.keys(rule ?? {}).filter((k) => rule[k] !== undefined && rule[k] !== null);
    if (kinds.length !== 1 || !RULE_TYPES[kinds[0]]) {
      throw new SimHostError(
        ErrorCodes.invalidArgument,
        "A data validation rule must have exactly one rule type.",
      );
    }
    if (kinds[0] !== "list") return structuredClone(rule);
    const list = rule.list as { inCellDropDown?: boolean; source?: unknown };
    let source = list.source;
    if (source && typeof source === "object" && "_target" in source) {
      const ref = resolveRangeArgument(this.context, source as never, sheet);
      source = `=${fullAddress(ref.sheet.name, ref.rect, true)}`;
    }
    if (typeof source !== "string" || source.trim() === "")
      throw new SimHostError(ErrorCodes.invalidArgument, "The list source is missing.");
    if (source.startsWith("=")) {
      resolveAddress(this.context, source.slice(1), sheet); // must name a range or a defined name
    } else {
      checkText("list source", source, MAX_INLINE_LIST_CHARS);
    }
    return { list: { inCellDropDown: list.inCellDropDown ?? true, source } };
  }

  get prompt(): ValidationModel["prompt"] {
    return this._get("prompt");
  }
  set prompt(value: ValidationModel["prompt"]) {
    this._set("prompt", value, (t) => {
      assertWritable(t.sheet);
      const p = { ...DEFAULT_PROMPT, ...value };
      checkText("input message title", p.title, MAX_VALIDATION_TITLE_CHARS);
      checkText("input message", p.message, MAX_VALIDATION_MESSAGE_CHARS);
      patchValidation(t, { prompt: p });
    });
  }

  get errorAlert(): ValidationModel["errorAlert"] {
    return this._get("errorAlert");
  }
  set errorAlert(value: ValidationModel["errorAlert"]) {
    this._set("errorAlert", value, (t) => {
      assertWritable(t.sheet);
      const a = { ...DEFAULT_ALERT, ...value };
      if (!ALERT_STYLES.includes(a.style))
        throw new SimHostError(ErrorCodes.invalidArgument, `Unknown alert style '${a.style}'.`);
      checkText("error alert title", a.title, MAX_VALIDATION_TITLE_CHARS);
      checkText("error alert message", a.message, MAX_ALERT_MESSAGE_CHARS);
      patchValidation(t, { errorAlert: a });
    });
  }

  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this._set("ignoreBlanks", value, (t) => {
      assertWritable(t.sheet);
      patchValidation(t, { ignoreBlanks: value });
    });
  }

  clear(): void {
    this._write("DataValidation.clear", (t) => {
      assertWritable(t.sheet);
      patchValidation(t, null);
    });
  }
}
