// Workbook.names: defined names referring to ranges (or constants/formulas, stored as text).
import { fullAddress, looksLikeCellReference, parseAddress } from "./address";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import type { NameModel } from "./model";
import { SimClientObject, SimCollection, type SimClientResult } from "./proxy";
import { SimRange } from "./range";
import { resolveRangeArgument } from "./rangeArgument";

const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export function checkDefinedName(name: unknown): string {
  if (
    typeof name !== "string" ||
    name.length > 255 ||
    !NAME_PATTERN.test(name) ||
    looksLikeCellReference(name) ||
    /^[RrCc]$/.test(name)
  ) {
    throw new SimHostError(ErrorCodes.invalidArgument, `The name '${String(name)}' is not valid.`);
  }
  return name;
}

/** "Sheet1!$A$1:$A$10" (what NamedItem.value shows) or #REF! when the sheet or rows are gone. */
export function nameReference(n: NameModel): string {
  if (n.formula !== undefined) return n.formula.replace(/^=/, "");
  if (!n.sheet || !n.rect || n.sheet.deleted) return "#REF!";
  return fullAddress(n.sheet.name, n.rect, true);
}

/** A name's target: a range (kept as sheet + rectangle so renames follow) or a formula text. */
export function toNameModel(
  context: SimRequestContext,
  name: string,
  reference: SimRange | string,
  comment: string,
): NameModel {
  const model = context._host.model;
  if (typeof reference === "string") {
    const bare = reference.replace(/^=/, "");
    let parsed: ReturnType<typeof parseAddress> | null = null;
    try {
      parsed = parseAddress(bare);
    } catch {
      parsed = null;
    }
    if (!parsed)
      return {
        name,
        sheet: null,
        rect: null,
        formula: reference.startsWith("=") ? reference : `=${reference}`,
        comment,
        visible: true,
      };
  }
  const ref = resolveRangeArgument(context, reference, model.activeSheet);
  return { name, sheet: ref.sheet, rect: ref.rect, comment, visible: true };
}

export class SimNamedItemCollection extends SimCollection<SimNamedItem, NameModel> {
  readonly _typeName = "NamedItemCollection";
  protected readonly _itemScalars = ["name", "type", "value", "formula", "visible", "comment", "scope"];

  constructor(context: SimRequestContext) {
    super(context, () => null);
  }

  override _target(): NameModel[] {
    return [...this.context._host.model.names.values()];
  }

  protected _makeItem(model: NameModel): SimNamedItem {
    return new SimNamedItem(this.context, () => model);
  }

  getCount(): SimClientResult<number> {
    return this._result("NamedItemCollection.getCount", (list) => list.length);
  }

  add(name: string, reference: SimRange | string, comment = ""): SimNamedItem {
    this.context._requireApi("1.4", "NamedItemCollection.add");
    let created: NameModel | null = null;
    this._write(
      "NamedItemCollection.add",
      () => {
        const model = this.context._host.model;
        checkDefinedName(name);
        if (model.findName(name))
          throw new SimHostError(ErrorCodes.itemAlreadyExists, `The name '${name}' already exists.`);
        created = toNameModel(this.context, name, reference, comment);
        model.names.set(name.toLowerCase(), created);
      },
      name.length + (typeof reference === "string" ? reference.length : 0) + comment.length,
    );
    return new SimNamedItem(this.context, () => {
      if (!created) throw new SimHostError(ErrorCodes.itemNotFound);
      return created;
    });
  }

  private _find(name: string): NameModel | null {
    return this.context._host.model.findName(name) ?? null;
  }

  getItem(name: string): SimNamedItem {
    return new SimNamedItem(this.context, () => {
      const found = this._find(name);
      if (!found) throw new SimHostError(ErrorCodes.itemNotFound, `The name '${name}' does not exist.`);
      return found;
    });
  }

  getItemOrNullObject(name: string): SimNamedItem {
    this.context._requireApi("1.4", "NamedItemCollection.getItemOrNullObject");
    return new SimNamedItem(this.context, () => this._find(name))._instantiate(
      "NamedItemCollection.getItemOrNullObject",
    );
  }
}

export class SimNamedItem extends SimClientObject<NameModel> {
  readonly _typeName = "NamedItem";
  protected readonly _scalars = ["name", "type", "value", "formula", "visible", "comment", "scope"];

  protected override _checkAlive(n: NameModel): void {
    if (this.context._host.model.findName(n.name) !== n)
      throw new SimHostError(ErrorCodes.itemNotFound, "The name was deleted.");
  }

  protected _read(n: NameModel, name: string): unknown {
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return n.formula !== undefined ? "String" : nameReference(n) === "#REF!" ? "Error" : "Range";
      case "value":
        return nameReference(n);
      case "formula":
        return `=${nameReference(n)}`;
      case "visible":
        return n.visible;
      case "comment":
        return n.comment;
      default:
        return "Workbook";
    }
  }

  get name(): string {
    return this._get("name");
  }
  get type(): string {
    return this._get("type");
  }
  get value(): string {
    return this._get("value");
  }
  get formula(): string {
    return this._get("formula");
  }
  /** Re-points the name (ExcelApi 1.7): a range reference or any other formula. */
  set formula(value: string) {
    this._set("formula", value, (n) => {
      const next = toNameModel(this.context, n.name, value, n.comment);
      Object.assign(n, { sheet: next.sheet, rect: next.rect, formula: next.formula });
    });
  }
  get scope(): string {
    return this._get("scope");
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value, (n) => (n.visible = Boolean(value)));
  }
  get comment(): string {
    return this._get("comment");
  }
  set comment(value: string) {
    this._set("comment", value, (n) => (n.comment = String(value)));
  }

  getRange(): SimRange {
    return new SimRange(this.context, () => {
      const n = this._target();
      if (!n) return null;
      if (!n.sheet || !n.rect || n.sheet.deleted) throw new SimHostError(ErrorCodes.invalidReference);
      return { sheet: n.sheet, rect: n.rect };
    });
  }

  getRangeOrNullObject(): SimRange {
    return new SimRange(this.context, () => {
      const n = this._target();
      return n && n.sheet && n.rect && !n.sheet.deleted ? { sheet: n.sheet, rect: n.rect } : null;
    })._instantiate("NamedItem.getRangeOrNullObject");
  }

  delete(): void {
    this._write("NamedItem.delete", (n) => this.context._host.model.names.delete(n.name.toLowerCase()));
  }
}
