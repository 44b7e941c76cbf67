// Property: every accepted rendering of a valid calendar day normalises to that same day (never
// the day before or after), and normalising the result again is "ok" (idempotent).
import fc from "fast-check";
import { applyFixes, checkTable } from "../../src/core";
import {
  MAX_YEAR,
  MIN_YEAR,
  checkDateColumn,
  daysInMonth,
  dateToSerial,
  formatMDY,
  resolveDateColumn,
  type CivilDate,
  type DateColumnOptions,
} from "../../src/core/dates";
import { create, tableOf } from "../fixtures/engine/records";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

// Years near the serial epochs (1900's fake leap day, 1904) and this century get extra weight.
const year = fc.oneof(
  fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
  fc.integer({ min: 1900, max: 1905 }),
  fc.integer({ min: 2000, max: 2099 }),
);
const civil = fc
  .record({ year, month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day): CivilDate => ({ year, month, day })),
  );

interface Rendering {
  name: string;
  render: (d: CivilDate) => string | null;
  options: Partial<DateColumnOptions>;
}

const mdy: Partial<DateColumnOptions> = { dateOrder: "auto" };
const dmy: Partial<DateColumnOptions> = { dateOrder: "dmy" };

/** Every form RULES.md "Dates" accepts, with the option under which it names one day unambiguously. */
const RENDERINGS: Rendering[] = [
  { name: "M/D/YYYY", render: (d) => formatMDY(d), options: mdy },
  { name: "MM/DD/YYYY", render: (d) => `${pad(d.month)}/${pad(d.day)}/${d.year}`, options: mdy },
  { name: "YYYY-MM-DD", render: (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`, options: mdy },
  {
    name: "YYYY-MM-DDThh:mm:ss",
    render: (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}T23:59:59`,
    options: mdy,
  },
  { name: "YYYY-MM-DD hh:mm", render: (d) => `${d.year}-${pad(d.month)}-${pad(d.day)} 00:00`, options: mdy },
  {
    name: "YYYY-MM-DDThh:mm:ssZ",
    render: (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}T23:30:00Z`,
    options: mdy,
  },
  { name: "D/M/YYYY (day-first setting)", render: (d) => `${d.day}/${d.month}/${d.year}`, options: dmy },
  { name: "D.M.YYYY", render: (d) => `${d.day}.${d.month}.${d.year}`, options: mdy },
  { name: "DD.MM.YYYY", render: (d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`, options: mdy },
  // Dashed and dotted dates are day-first by their form (RULES.md "Dates"): no setting needed, and a
  // month-first setting does not apply to them.
  { name: "D-M-YYYY", render: (d) => `${d.day}-${d.month}-${d.year}`, options: mdy },
  {
    name: "D-M-YYYY (month-first setting)",
    render: (d) => `${d.day}-${d.month}-${d.year}`,
    options: { dateOrder: "mdy" },
  },
  {
    name: "DD.MM.YYYY (month-first setting)",
    render: (d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`,
    options: { dateOrder: "mdy" },
  },
  {
    name: "D-Mon-YYYY",
    render: (d) => `${d.day}-${MONTHS[d.month - 1].slice(0, 3)}-${d.year}`,
    options: mdy,
  },
  { name: "Month D, YYYY", render: (d) => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`, options: mdy },
  { name: "D Month YYYY", render: (d) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`, options: mdy },
  {
    name: "M/D/YY (years 2000-2099)",
    render: (d) => (d.year >= 2000 && d.year <= 2099 ? `${d.month}/${d.day}/${pad(d.year % 100)}` : null),
    options: mdy,
  },
  {
    name: "serial, 1900 system",
    render: (d) => (d.year >= 1990 && d.year <= 2099 ? String(dateToSerial(d, 1900)) : null),
    options: { dateSystem: 1900 },
  },
  {
    name: "serial with time, 1900 system",
    render: (d) => (d.year >= 1990 && d.year <= 2099 ? `${dateToSerial(d, 1900)}.75` : null),
    options: { dateSystem: 1900 },
  },
  {
    name: "serial, 1904 system",
    render: (d) => (d.year >= 1990 && d.year <= 2099 ? String(dateToSerial(d, 1904)) : null),
    options: { dateSystem: 1904 },
  },
];

function fullOptions(partial: Partial<DateColumnOptions>): DateColumnOptions {
  return { dateOrder: partial.dateOrder ?? "auto", dateSystem: partial.dateSystem ?? 1900 };
}

describe.each(RENDERINGS)("date rendered as $name", ({ render, options }) => {
  it("is read as the same calendar day, and its fix denotes that day", () => {
    fc.assert(
      fc.property(civil, (date) => {
        const text = render(date);
        if (text === null) return;
        const [resolved] = resolveDateColumn([text], fullOptions(options));
        expect(resolved.date).toEqual(date);
        const verdict = resolved.verdict;
        expect(verdict.kind === "ok" || verdict.kind === "fix").toBe(true);
        if (verdict.kind === "fix") expect(verdict.fix).toBe(formatMDY(date));
        if (verdict.kind === "ok") expect(text).toBe(formatMDY(date));
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent: the normalised value is itself ok", () => {
    fc.assert(
      fc.property(civil, (date) => {
        const text = render(date);
        if (text === null) return;
        const [verdict] = checkDateColumn([text], fullOptions(options));
        const normalised = verdict.kind === "fix" ? verdict.fix : text;
        // Read back with default settings: the output must not depend on the input's settings.
        expect(checkDateColumn([normalised], fullOptions({}))).toEqual([{ kind: "ok" }]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("dates through the whole checker", () => {
  it("a column of random renderings: each fix is the same day, and the fixed column is clean", () => {
    // Only forms that carry their own day/month order, so a mixed column has one reading.
    const names = [
      "YYYY-MM-DD",
      "YYYY-MM-DDThh:mm:ss",
      "D.M.YYYY",
      "DD.MM.YYYY",
      "D-M-YYYY",
      "D-Mon-YYYY",
      "Month D, YYYY",
    ];
    const selfDescribing = RENDERINGS.filter(
      (r) => names.includes(r.name) || r.name === "serial, 1900 system",
    );
    const cell = fc.tuple(civil, fc.constantFrom(...selfDescribing));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        const rendered = cells.map(([d, r]) => ({ date: d, text: r.render(d) ?? formatMDY(d) }));
        const table = tableOf(rendered.map((c) => create({ "Estimated Close Date": c.text })));
        const col = table.rows[0].indexOf("Estimated Close Date");
        const findings = checkTable(table).findings.filter((f) => f.column === "Estimated Close Date");
        expect(findings.filter((f) => f.severity === "error")).toEqual([]);
        for (const f of findings) {
          const date = rendered[(f.at?.row ?? 0) - 1].date;
          expect(f.fix).toBe(formatMDY(date));
          expect(f.at?.col).toBe(col);
        }
        const fixed = applyFixes(table, findings).table;
        expect(checkTable(fixed).findings.filter((f) => f.column === "Estimated Close Date")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
