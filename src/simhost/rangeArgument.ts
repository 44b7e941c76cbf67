// Methods that take "a Range or an address string" (getIntersection, copyFrom, comments.add,
// validation sources, names.add) resolve it here, at sync time.
import { parseAddress } from "./address";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { checkAddressLength } from "./limits";
import type { SheetModel } from "./model";
import type { RangeRef } from "./rangeRef";

interface RangeLike {
  context: SimRequestContext;
  _target(): RangeRef | null;
}

export function resolveAddress(
  context: SimRequestContext,
  address: string,
  defaultSheet: SheetModel | null,
): RangeRef {
  checkAddressLength(address);
  const model = context._host.model;
  const bare = address.startsWith("=") ? address.slice(1) : address;
  const name = model.findName(bare);
  if (name) {
    if (!name.sheet || !name.rect || name.sheet.deleted) throw new SimHostError(ErrorCodes.invalidReference);
    return { sheet: name.sheet, rect: name.rect };
  }
  const parsed = parseAddress(bare);
  const sheet = parsed.sheetName !== undefined ? model.findSheet(parsed.sheetName) : defaultSheet;
  if (!sheet)
    throw new SimHostError(
      ErrorCodes.itemNotFound,
      `The worksheet '${parsed.sheetName ?? ""}' does not exist.`,
    );
  return { sheet, rect: parsed.rect };
}

export function resolveRangeArgument(
  context: SimRequestContext,
  arg: RangeLike | string,
  defaultSheet: SheetModel | null,
): RangeRef {
  if (typeof arg === "string") return resolveAddress(context, arg, defaultSheet);
  if (arg?.context && arg.context !== context) throw new SimHostError(ErrorCodes.invalidRequestContext);
  const t = arg?._target?.();
  if (!t)
    throw new SimHostError(ErrorCodes.invalidArgument, "The range argument is missing or a null object.");
  return t;
}
