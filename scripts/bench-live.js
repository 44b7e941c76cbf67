// The live re-check's core time on the benchmark sheet (5,000 records × 157 columns, see
// bench-data.js): a whole check that keeps the incremental state, one edited cell, and a 500-row
// paste, each as recheckRows on the state of the whole check (medians after one warm-up).
// Goal: one edited cell within 50 ms of core time (issue 13).
const { checkTable } = require("../lib/core/check");
const { recheckRows, startLiveCheck } = require("../lib/core/live/recheck");
const { benchTable } = require("./bench-data");

const SINGLE_EDIT_GOAL_MS = 50;

function benchLive({ runs, fmt }) {
  const table = benchTable(5000);
  const header = table.rows[0];
  const col = (name) => header.indexOf(name);
  const whole = runs(5, () => checkTable(table));
  const start = runs(5, () => startLiveCheck(table));
  const base = start.last;

  let k = 0;
  // Each run edits another row, always from the same state (the state is never modified).
  const edit = (name, value) => () => {
    const row = 1 + ((k++ * 997) % 5000);
    const cells = [...table.rows[row]];
    cells[col(name)] = value;
    return recheckRows(base, [{ row, cells }]);
  };
  const city = runs(21, edit("Customer City", ""));
  const date = runs(21, edit("Estimated Close Date", "14/6/2026"));
  const deal = runs(21, edit("Deal Name", table.rows[2][col("Deal Name")]));
  const paste = runs(7, () =>
    recheckRows(
      base,
      table.rows.slice(1, 501).map((cells, i) => ({ row: 1001 + i, cells })),
    ),
  );

  console.log(
    `\nlive re-check (core only): ${base.result.records.toLocaleString("en-US")} records × ${header.length} columns`,
  );
  console.log("                                          median ms");
  console.log(`whole check (checkTable)                  ${fmt(whole.median)}`);
  console.log(`whole check keeping state (startLiveCheck)${fmt(start.median)}`);
  console.log(`one cell: a required city emptied         ${fmt(city.median)}`);
  console.log(`one cell: a day-first date in the column  ${fmt(date.median)}`);
  console.log(`one cell: a deal name made a duplicate    ${fmt(deal.median)}`);
  console.log(`500-row paste (500 duplicates)            ${fmt(paste.median)}`);
  const worst = Math.max(city.median, date.median, deal.median);
  const met = worst <= SINGLE_EDIT_GOAL_MS;
  console.log(
    `goal: one edited cell ≤ ${SINGLE_EDIT_GOAL_MS} ms of core time: ${met ? "met" : "NOT met"} (${worst.toFixed(1)} ms)`,
  );
  return met;
}

module.exports = { benchLive };
