// How an answer arrives: as a microtask by default, or as a task of its own as from real Excel
// (the page can paint and take clicks between requests); each request's host time is logged.
import { installSimulatedHost, type SimHandle } from "./index";
import { optionsFromQuery } from "./queryOptions";

let sim: SimHandle;
afterEach(() => sim.uninstall());

/** Whether a timer queued just before the sync fired before the sync's answer. */
async function timerBeforeAnswer(): Promise<boolean> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.load("values");
    let fired = false;
    setTimeout(() => (fired = true), 0);
    await context.sync();
    return fired;
  });
}

test("by default the answer is a microtask: no task runs in between", async () => {
  sim = installSimulatedHost();
  expect(await timerBeforeAnswer()).toBe(false);
});

test("roundTrip 'task' (?sim-roundtrip=task) answers in a later task, as real Excel does", async () => {
  sim = installSimulatedHost(optionsFromQuery("?sim-roundtrip=task"));
  expect(await timerBeforeAnswer()).toBe(true);
});

test("each request logs when the host answered, for how long, and whether it wrote", async () => {
  sim = installSimulatedHost();
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [["x"]];
    await context.sync();
    sheet.getRange("A1").load("values");
    await context.sync();
  });
  const [write, read] = sim.requests;
  expect(write.writes).toBe(true);
  expect(read.writes).toBe(false);
  for (const entry of [write, read]) {
    expect(entry.startMs).toEqual(expect.any(Number));
    expect(entry.hostMs).toBeGreaterThanOrEqual(0);
  }
  expect(read.startMs!).toBeGreaterThanOrEqual(write.startMs! + write.hostMs!);
});
