// Long cells, shared by `npm run bench` (scripts/bench.js) and `npm run fuzz` (scripts/fuzz-inputs.js):
// ordinary long text, and the shapes that made once-used regular expressions take quadratic time
// (a run of spaces, digits, zeros, commas, `=`, `-`, quotes; a sign before digits and spaces; a
// time followed by spaces; four comma-separated parts with spaces). `make(n)` is about n characters.

const PROSE =
  "Lift and shift of the ERP estate to Azure, phase 2 (3 sites; 1,200 seats). " +
  "Customer wants a PoC by Q3 – contact Müller, +49 30 1234567.\r\n";

/** name → (length) => text. All ASCII but prose, so length ≈ bytes. */
const LONG_CELLS = {
  prose: (n) => PROSE.repeat(Math.ceil(n / PROSE.length)).slice(0, n),
  words: (n) => "word ".repeat(Math.ceil(n / 5)).slice(0, n),
  spaces: (n) => "a" + " ".repeat(n - 2) + "a",
  digits: (n) => "1".repeat(n - 1) + "x",
  "sign, digits and spaces": (n) => "-" + "1 ".repeat(Math.floor((n - 2) / 2)) + "x",
  "plus and digits": (n) => "+" + "1".repeat(n - 2) + "x",
  zeros: (n) => "1." + "0".repeat(n - 3) + "x",
  commas: (n) => "1" + ",".repeat(n - 2) + "x",
  "digit groups": (n) => "1" + ",000".repeat(Math.floor((n - 2) / 4)) + "x",
  equals: (n) => "=".repeat(n),
  dashes: (n) => "-".repeat(n),
  quotes: (n) => '"'.repeat(n - 1) + "x",
  apostrophes: (n) => "'".repeat(n - 1) + "x",
  "spaced parts": (n) => "a,b,c," + " ".repeat(n - 7) + ",",
  "time then spaces": (n) => "1/1/2020 1:11" + " ".repeat(n - 14) + "x",
  semicolons: (n) => "a;".repeat(Math.floor(n / 2)),
  tabs: (n) => "a\t".repeat(Math.floor(n / 2)),
  "line breaks": (n) => "a\n".repeat(Math.floor(n / 2)),
  "currency codes": (n) => "USD ".repeat(Math.floor(n / 4)) + "1",
};

module.exports = { LONG_CELLS };
