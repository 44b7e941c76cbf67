// Application.cultureInfo (ExcelApi 1.11; datetimeFormat 1.12): the workbook locale's separators and
// date patterns, derived from the display language and the host's date order.
import type { SimRequestContext } from "./context";
import type { WorkbookModel } from "./model";
import { SimClientObject } from "./proxy";

interface Culture {
  decimal: string;
  group: string;
  dateSeparator: string;
}

const CULTURES: Record<string, Culture> = {
  en: { decimal: ".", group: ",", dateSeparator: "/" },
  fr: { decimal: ",", group: "\u202f", dateSeparator: "/" },
  de: { decimal: ",", group: ".", dateSeparator: "." },
  nl: { decimal: ",", group: ".", dateSeparator: "-" },
  es: { decimal: ",", group: ".", dateSeparator: "/" },
  it: { decimal: ",", group: ".", dateSeparator: "/" },
  ja: { decimal: ".", group: ",", dateSeparator: "/" },
};

function culture(language: string): Culture {
  return CULTURES[language.slice(0, 2).toLowerCase()] ?? CULTURES.en;
}

export function shortDatePattern(model: WorkbookModel, language: string): string {
  const sep = culture(language).dateSeparator;
  if (model.dateOrder === "MDY") return ["M", "d", "yyyy"].join(sep);
  if (model.dateOrder === "YMD") return ["yyyy", "MM", "dd"].join(sep);
  return ["dd", "MM", "yyyy"].join(sep);
}

export class SimCultureInfo extends SimClientObject<WorkbookModel> {
  readonly _typeName = "CultureInfo";
  protected readonly _scalars = ["name"];

  constructor(context: SimRequestContext, resolver: () => WorkbookModel | null) {
    super(context, resolver);
  }
  protected _read(): unknown {
    return this.context._host.options.displayLanguage;
  }
  get name(): string {
    return this._get("name");
  }
  get numberFormat(): SimNumberFormatInfo {
    return this._child("numberFormat", () => new SimNumberFormatInfo(this.context, () => this._target()));
  }
  get datetimeFormat(): SimDatetimeFormatInfo {
    this.context._requireApi("1.12", "CultureInfo.datetimeFormat");
    return this._child("datetimeFormat", () => new SimDatetimeFormatInfo(this.context, () => this._target()));
  }
  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === "numberFormat") return this.numberFormat as SimClientObject<unknown>;
    if (name === "datetimeFormat") return this.datetimeFormat as SimClientObject<unknown>;
    return undefined;
  }
}

export class SimNumberFormatInfo extends SimClientObject<WorkbookModel> {
  readonly _typeName = "NumberFormatInfo";
  protected readonly _scalars = ["numberDecimalSeparator", "numberGroupSeparator"];
  protected _read(_model: WorkbookModel, name: string): unknown {
    const c = culture(this.context._host.options.displayLanguage);
    return name === "numberDecimalSeparator" ? c.decimal : c.group;
  }
  get numberDecimalSeparator(): string {
    return this._get("numberDecimalSeparator");
  }
  get numberGroupSeparator(): string {
    return this._get("numberGroupSeparator");
  }
}

export class SimDatetimeFormatInfo extends SimClientObject<WorkbookModel> {
  readonly _typeName = "DatetimeFormatInfo";
  protected readonly _scalars = [
    "dateSeparator",
    "shortDatePattern",
    "longDatePattern",
    "timeSeparator",
    "longTimePattern",
  ];
  protected _read(model: WorkbookModel, name: string): unknown {
    const language = this.context._host.options.displayLanguage;
    switch (name) {
      case "dateSeparator":
        return culture(language).dateSeparator;
      case "shortDatePattern":
        return shortDatePattern(model, language);
      case "longDatePattern":
        return model.dateOrder === "MDY" ? "dddd, MMMM d, yyyy" : "dddd d MMMM yyyy";
      case "timeSeparator":
        return ":";
      default:
        return model.dateOrder === "MDY" ? "h:mm:ss tt" : "HH:mm:ss";
    }
  }
  get dateSeparator(): string {
    return this._get("dateSeparator");
  }
  get shortDatePattern(): string {
    return this._get("shortDatePattern");
  }
  get longDatePattern(): string {
    return this._get("longDatePattern");
  }
  get timeSeparator(): string {
    return this._get("timeSeparator");
  }
  get longTimePattern(): string {
    return this._get("longTimePattern");
  }
}
