// A small formula evaluator so that formula cells read back a value, as in Excel: numbers,
// strings, booleans, same-sheet references and ranges, arithmetic, comparison, & and a few
// functions. Anything else evaluates to #NAME?. Evaluated when read, so dependents stay current.
import { columnIndex } from "./address";
import type { CellScalar } from "./coercion";
import type { SheetModel } from "./model";

export interface Evaluated {
  value: CellScalar;
  isError: boolean;
}

type Value = number | string | boolean | { error: string } | Value[];

const MAX_DEPTH = 64;

function tokenize(src: string): string[] {
  const re =
    /\s*("(?:[^"]|"")*"|\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![A-Za-z0-9_(])|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_][A-Za-z0-9_.]*|<>|<=|>=|[-+*/^&=<>(),%])/y;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while (re.lastIndex < src.length && (m = re.exec(src))) out.push(m[1]);
  if (src.slice(re.lastIndex).trim() !== "") throw new Error("syntax");
  return out;
}

const isErr = (v: Value): v is { error: string } => typeof v === "object" && !Array.isArray(v);

class Evaluator {
  private pos = 0;
  constructor(
    private readonly tokens: string[],
    private readonly sheet: SheetModel,
    private readonly depth: number,
  ) {}

  run(): Value {
    const v = this.comparison();
    if (this.pos < this.tokens.length) throw new Error("syntax");
    return v;
  }

  private peek(): string | undefined {
    return this.tokens[this.pos];
  }
  private take(): string {
    return this.tokens[this.pos++];
  }

  private comparison(): Value {
    let left = this.concat();
    while (["=", "<>", "<", ">", "<=", ">="].includes(this.peek() ?? "")) {
      const op = this.take();
      const right = this.concat();
      left = compare(op, scalar(left), scalar(right));
    }
    return left;
  }
  private concat(): Value {
    let left = this.additive();
    while (this.peek() === "&") {
      this.take();
      const right = this.additive();
      const [a, b] = [scalar(left), scalar(right)];
      left = isErr(a) ? a : isErr(b) ? b : text(a) + text(b);
    }
    return left;
  }
  private additive(): Value {
    let left = this.multiplicative();
    while (this.peek() === "+" || this.peek() === "-") {
      const op = this.take();
      left = arith(op, left, this.multiplicative());
    }
    return left;
  }
  private multiplicative(): Value {
    let left = this.power();
    while (this.peek() === "*" || this.peek() === "/") {
      const op = this.take();
      left = arith(op, left, this.power());
    }
    return left;
  }
  private power(): Value {
    let left = this.unary();
    while (this.peek() === "^") {
      this.take();
      left = arith("^", left, this.unary());
    }
    return left;
  }
  private unary(): Value {
    if (this.peek() === "-" || this.peek() === "+") {
      const op = this.take();
      const v = this.unary();
      return op === "-" ? arith("-", 0, v) : v;
    }
    let v = this.primary();
    while (this.peek() === "%") {
      this.take();
      v = arith("/", v, 100);
    }
    return v;
  }
  private primary(): Value {
    const t = this.take();
    if (t === undefined) throw new Error("syntax");
    if (t === "(") {
      const v = this.comparison();
      if (this.take() !== ")") throw new Error("syntax");
      return v;
    }
    if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(t)) return Number(t);
    if (/^\$?[A-Za-z]{1,3}\$?\d+/.test(t) && this.peek() !== "(") return this.reference(t);
    const upper = t.toUpperCase();
    if (this.peek() !== "(") {
      if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
      return { error: "#NAME?" };
    }
    this.take();
    const args: Value[] = [];
    if (this.peek() !== ")") {
      args.push(this.comparison());
      while (this.peek() === ",") {
        this.take();
        args.push(this.comparison());
      }
    }
    if (this.take() !== ")") throw new Error("syntax");
    return callFunction(upper, args);
  }

  private reference(ref: string): Value {
    const [a, b] = ref.replace(/\$/g, "").split(":");
    const parse = (s: string) => {
      const m = /^([A-Za-z]+)(\d+)$/.exec(s) as RegExpExecArray;
      return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
    };
    const p = parse(a);
    if (!b) return this.cellValue(p.row, p.col);
    const q = parse(b);
    const out: Value[] = [];
    for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++) {
      for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) out.push(this.cellValue(r, c));
    }
    return out;
  }

  private cellValue(row: number, col: number): Value {
    const cell = this.sheet.cell(row, col);
    if (!cell || cell.value === undefined) return "";
    if (cell.formula) {
      if (this.depth >= MAX_DEPTH) return 0; // a circular reference: Excel shows 0
      const e = evaluateFormula(cell.formula, this.sheet, this.depth + 1);
      return e.isError ? { error: String(e.value) } : e.value;
    }
    return cell.isError ? { error: String(cell.value) } : cell.value;
  }
}

function scalar(v: Value): Exclude<Value, Value[]> {
  return Array.isArray(v) ? (v.length === 1 ? scalar(v[0]) : { error: "#VALUE!" }) : v;
}

function text(v: number | string | boolean): string {
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

function toNumber(v: Value): number | { error: string } {
  const s = scalar(v);
  if (isErr(s)) return s;
  if (typeof s === "number") return s;
  if (typeof s === "boolean") return s ? 1 : 0;
  if (s === "") return 0;
  const n = Number(s);
  return Number.isFinite(n) ? n : { error: "#VALUE!" };
}

function arith(op: string, a: Value, b: Value): Value {
  const x = toNumber(a);
  const y = toNumber(b);
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  if (op === "+") return x + y;
  if (op === "-") return x - y;
  if (op === "*") return x * y;
  if (op === "^") return x ** y;
  return y === 0 ? { error: "#DIV/0!" } : x / y;
}

function compare(op: string, a: Exclude<Value, Value[]>, b: Exclude<Value, Value[]>): Value {
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  const rank = (v: number | string | boolean) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const norm = (v: number | string | boolean) => (typeof v === "string" ? v.toLowerCase() : v);
  const [x, y] = [norm(a), norm(b)];
  const c = rank(a) !== rank(b) ? rank(a) - rank(b) : x < y ? -1 : x > y ? 1 : 0;
  return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op] as boolean;
}

function flat(args: Value[]): Value[] {
  return args.flatMap((a) => (Array.isArray(a) ? flat(a) : [a]));
}

function callFunction(name: string, args: Value[]): Value {
  const first = args.length > 0 ? scalar(args[0]) : "";
  const aggregates = ["IFERROR", "ISERROR", "SUM", "AND", "OR", "CONCATENATE"];
  if (isErr(first) && !aggregates.includes(name)) return first;
  switch (name) {
    case "N":
      return typeof first === "number" ? first : first === true ? 1 : 0;
    case "IF": {
      const cond = toNumber(args[0]);
      if (isErr(cond)) return cond;
      return cond !== 0 ? (args[1] ?? true) : (args[2] ?? false);
    }
    case "AND":
    case "OR": {
      const bools = flat(args).map((a) => toNumber(a));
      const bad = bools.find(isErr);
      if (bad) return bad;
      return name === "AND" ? bools.every((n) => n !== 0) : bools.some((n) => n !== 0);
    }
    case "NOT":
      return toNumber(first) === 0;
    case "LEN":
      return text(first as string).length;
    case "TRIM":
      return text(first as string)
        .trim()
        .replace(/ +/g, " ");
    case "UPPER":
      return text(first as string).toUpperCase();
    case "LOWER":
      return text(first as string).toLowerCase();
    case "ISBLANK":
      return first === "";
    case "ISERROR":
      return isErr(first);
    case "IFERROR":
      return isErr(first) ? (args[1] ?? "") : first;
    case "CONCATENATE":
      return flat(args)
        .map((a) => (isErr(a) || Array.isArray(a) ? "" : text(a)))
        .join("");
    case "HYPERLINK":
      // Shows its friendly name (else the target); following the link is not modelled.
      return args.length > 1 ? scalar(args[1]) : first;
    case "SUM":
      return flat(args).reduce<number>((s, a) => s + (typeof a === "number" ? a : 0), 0);
    default:
      return { error: "#NAME?" };
  }
}

export function evaluateFormula(formula: string, sheet: SheetModel, depth = 0): Evaluated {
  let result: Value;
  try {
    result = new Evaluator(tokenize(formula.replace(/^=/, "")), sheet, depth).run();
  } catch {
    return { value: "#NAME?", isError: true };
  }
  const v = scalar(result);
  if (isErr(v)) return { value: v.error, isError: true };
  return { value: v, isError: false };
}

/** What Range.values shows for a stored cell: formulas are evaluated. */
export function shownValue(sheet: SheetModel, row: number, col: number): Evaluated {
  const cell = sheet.cell(row, col);
  if (!cell || cell.value === undefined) return { value: "", isError: false };
  if (cell.formula) return evaluateFormula(cell.formula, sheet);
  return { value: cell.value, isError: Boolean(cell.isError) };
}
