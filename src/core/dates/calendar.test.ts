import { civilFromDays, daysFromCivil, formatMDY, isRealDate } from "./calendar";

describe("calendar arithmetic", () => {
  it("agrees with the platform's own UTC calendar from 1900 to 9999", () => {
    // Independent oracle: Date.UTC. Every 5th day keeps the test quick while crossing every month.
    const mismatches: string[] = [];
    for (let days = daysFromCivil({ year: 1900, month: 1, day: 1 }); days < 2932896; days += 5) {
      const utc = new Date(days * 86400000);
      const got = civilFromDays(days);
      const same =
        got.year === utc.getUTCFullYear() &&
        got.month === utc.getUTCMonth() + 1 &&
        got.day === utc.getUTCDate();
      if (!same || daysFromCivil(got) !== days)
        mismatches.push(`${days}: ${JSON.stringify(got)} vs ${utc.toISOString()}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it.each([
    { y: 2024, m: 2, d: 29, real: true, notes: "2024 is a leap year" },
    { y: 2023, m: 2, d: 29, real: false, notes: "2023 is not" },
    { y: 1900, m: 2, d: 29, real: false, notes: "century years are not leap years…" },
    { y: 2000, m: 2, d: 29, real: true, notes: "…unless divisible by 400" },
    { y: 2024, m: 4, d: 31, real: false, notes: "April has 30 days" },
    { y: 2024, m: 13, d: 1, real: false, notes: "no 13th month" },
    { y: 2024, m: 1, d: 0, real: false, notes: "no day 0" },
  ])("isRealDate($y, $m, $d) = $real: $notes", ({ y, m, d, real }) => {
    expect(isRealDate(y, m, d)).toBe(real);
  });

  it("formats without zero padding", () => {
    expect(formatMDY({ year: 2020, month: 1, day: 5 })).toBe("1/5/2020");
  });
});
