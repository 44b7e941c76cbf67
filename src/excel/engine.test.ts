// The rules engine in a Web Worker and in the pane's thread give the same answers, through the
// whole Check and Save of the Excel layer: the sheet goes to the engine chunk by chunk as it is
// read (never as one table), the engine keeps the check that live re-checks go to, and Cancel
// during a worker check stops the worker and writes nothing. The worker is a stand-in that runs
// the worker's own code on structured clones of the messages, as a real Worker does (what does
// not clone, such as functions, fails here).
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { EngineState, LIVE_STATE_LOST, type EngineJob, type EngineNote } from "../worker/jobs";
import { answerMessage, type WorkerLike, type WorkerMessage } from "../worker/protocol";
import { directEngine, inThreadEngine, workerEngine, type Engine } from "./engine";
import { createWorkbookOps } from "./index";
import { exampleTable, putTable, savedText } from "./testSheets";

let sim: SimHandle;
afterEach(() => sim.uninstall());

interface FakeWorker extends WorkerLike {
  terminated: boolean;
  posted: WorkerMessage[];
  /** Jobs are taken but never answered (a long job), until terminated. */
  hold: boolean;
}

function fakeWorker(hold = false): FakeWorker {
  const state = new EngineState();
  const w: FakeWorker = {
    terminated: false,
    posted: [],
    hold,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const copy = structuredClone(message);
      w.posted.push(copy);
      if ("note" in copy) return void answerMessage(copy, state);
      if (w.hold) return;
      setTimeout(() => {
        const answer = answerMessage(copy, state);
        if (!w.terminated && answer) w.onmessage?.({ data: structuredClone(answer) });
      }, 0);
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

const jobsOf = (w: FakeWorker) => w.posted.flatMap((m) => ("job" in m ? [m.job] : []));
const chunksOf = (w: FakeWorker) =>
  w.posted.flatMap((m) => ("note" in m && m.note.kind === "chunk" ? [m.note.chunk] : []));

/** The example sheet, or its records repeated to `records` (a sheet read in more than one chunk). */
function setUp(records = 0, platform?: "OfficeOnline") {
  sim = installRealClientHost({ sheets: ["Deals"], ...(platform ? { platform } : {}) });
  const table = exampleTable("mistakes");
  const body = table.rows.slice(1);
  const rows = records
    ? [table.rows[0], ...Array.from({ length: records }, (_, i) => body[i % body.length])]
    : table.rows;
  putTable(sim, "Deals", { rows });
}

/** The sheet's conditional formats, without their ids (numbered across installs of the host). */
const marks = () =>
  sim
    .sheet("Deals")
    .conditionalFormats()
    .map((cf) => ({ ...cf, id: null }));

describe("the engine in a worker and in this thread", () => {
  it("Check gives the same outcome and marks with the worker, in-thread fallback and directly", async () => {
    const runs = [];
    for (const engine of [directEngine(), inThreadEngine(), workerEngine(() => fakeWorker())]) {
      setUp();
      const ops = createWorkbookOps({ engine });
      const outcome = await ops.check({ dateOrder: "auto" });
      runs.push({ outcome, marks: marks() });
      sim.uninstall();
    }
    setUp(); // afterEach uninstalls
    expect(runs[0].outcome.result.findings.length).toBeGreaterThan(0);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it("a sheet read in several chunks goes to the worker chunk by chunk, and checks as in this thread", async () => {
    const outcomes = [];
    let worker: FakeWorker | null = null;
    const spawn = () => (worker = fakeWorker());
    for (const engine of [directEngine(), workerEngine(spawn)]) {
      // On the web the first chunk is 50,000 cells: 1,000 records of 59 columns are two chunks.
      setUp(1000, "OfficeOnline");
      outcomes.push(await createWorkbookOps({ engine }).check({ dateOrder: "auto", highlight: false }));
      sim.uninstall();
    }
    setUp();
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[0].result.records).toBe(1000);
    const w = worker as unknown as FakeWorker;
    // Two chunks read (847 and 153 records), sent in slices of at most 20,000 cells.
    const sizes = chunksOf(w).map((c) => c.values.length);
    expect(sizes).toEqual([338, 338, 171, 153]);
    // The job names the read; no message carries the whole table.
    const [check] = jobsOf(w);
    expect(check).toMatchObject({ kind: "check", sheet: { header: exampleTable("mistakes").rows[0] } });
    expect(JSON.stringify(check).length).toBeLessThan(20_000);
  });

  it("an opened file's kept original goes to the worker as a read of its own; its edits are found as in this thread", async () => {
    const outcomes = [];
    let worker: FakeWorker | null = null;
    for (const engine of [directEngine(), workerEngine(() => (worker = fakeWorker()))]) {
      sim = installRealClientHost({ sheets: ["Sheet1"] });
      const ops = createWorkbookOps({ engine });
      const csv = [
        "Referral ID,Deal Name,Customer City",
        "REF-1,Deal one,Redmond",
        "REF-2,Deal two,Paris",
      ].join("\r\n");
      const opened = await ops.openCsv({ name: "download.csv", bytes: new TextEncoder().encode(csv) });
      expect(opened.ok).toBe(true);
      sim.typeCell("download", "C2", "Seattle");
      outcomes.push(await ops.check({ dateOrder: "auto", highlight: false }));
      sim.uninstall();
    }
    setUp();
    expect(outcomes[0].result.findings.map((f) => [f.code, f.cell])).toContainEqual([
      "read-only-edited",
      "C2",
    ]);
    expect(outcomes[1]).toEqual(outcomes[0]);
    const [check] = jobsOf(worker as unknown as FakeWorker);
    expect(check).toMatchObject({ kind: "check", original: expect.any(Number) });
    expect(check.kind === "check" && check.options.original).toBeFalsy();
    // The kept sheet is as wide as its note row (5 cells).
    const sent = chunksOf(worker as unknown as FakeWorker).map((c) => c.values.map((r) => r.slice(0, 3)));
    expect(sent).toContainEqual([
      ["Referral ID", "Deal Name", "Customer City"],
      ["REF-1", "Deal one", "Redmond"],
      ["REF-2", "Deal two", "Paris"],
    ]);
  });

  it("Save writes the same CSV files with the worker and in this thread", async () => {
    const files = [];
    for (const engine of [inThreadEngine(), workerEngine(() => fakeWorker())]) {
      setUp();
      files.push(
        await createWorkbookOps({ engine }).buildCsv({ split: false, bom: true, dateOrder: "auto" }),
      );
      sim.uninstall();
    }
    setUp();
    // A Blob equals any other Blob to toEqual: compare the files' bytes.
    const texts = await Promise.all(
      files.map((list) => Promise.all(list.map(async (f) => ({ ...f, blob: await savedText(f) })))),
    );
    expect(texts[0]).toHaveLength(1);
    expect(texts[0][0].blob.length).toBeGreaterThan(100);
    expect(texts[1]).toEqual(texts[0]);
    expect(files[1][0].blob.type).toBe("text/csv;charset=utf-8");
  });

  it("a live re-check goes to the worker's kept check and equals one in this thread", async () => {
    const after = [];
    let worker: FakeWorker | null = null;
    for (const engine of [inThreadEngine(), workerEngine(() => (worker = fakeWorker()))]) {
      setUp();
      const ops = createWorkbookOps({ engine, liveDelayMs: 1 });
      await ops.follow({ sheetChanged: () => undefined, rechecked: () => undefined });
      await ops.check({ dateOrder: "auto" });
      sim.typeCell("Deals", "B2", ""); // a cell of the first record emptied
      await sim.eventsDelivered();
      await ops.liveSettled();
      after.push({ update: ops.lastLiveUpdate(), marks: marks() });
      sim.uninstall();
    }
    setUp();
    expect(after[0].update).toEqual({ kind: "rows", rows: 1 });
    expect(after[1]).toEqual(after[0]);
    const jobs = jobsOf(worker as unknown as FakeWorker);
    expect(jobs.map((j) => j.kind)).toEqual(["check", "recheck"]);
    expect(jobs[1]).toMatchObject({
      kind: "recheck",
      live: (jobs[0] as { sheet: { read: number } }).sheet.read,
    });
  });
});

describe("Cancel during a worker check", () => {
  it("rejects with a CancelledError, stops the worker and writes nothing; the next check starts a new one", async () => {
    setUp();
    const workers: FakeWorker[] = [];
    const engine = workerEngine(() => {
      const w = fakeWorker(workers.length === 0);
      workers.push(w);
      return w;
    });
    const ops = createWorkbookOps({ engine });
    const before = JSON.stringify({ values: sim.sheet("Deals").values("A1:BZ40"), marks: marks() });
    const abort = new AbortController();
    const checking = ops.check({ dateOrder: "auto" }, { signal: abort.signal });
    while (workers.length === 0 || jobsOf(workers[0]).length === 0)
      await new Promise((r) => setTimeout(r, 1));
    abort.abort();
    await expect(checking).rejects.toMatchObject({ name: "CancelledError" });
    expect(workers[0].terminated).toBe(true);
    expect(JSON.stringify({ values: sim.sheet("Deals").values("A1:BZ40"), marks: marks() })).toBe(before);
    // Nothing started a worker just to discard the cancelled read.
    expect(workers).toHaveLength(1);
    const outcome = await ops.check({ dateOrder: "auto" });
    expect(workers).toHaveLength(2);
    expect(outcome.result.findings.length).toBeGreaterThan(0);
    expect(marks().length).toBeGreaterThan(0);
  });

  it("a live edit after a cancelled check (the kept check went with its worker) is a whole check, as right as before", async () => {
    setUp();
    const workers: FakeWorker[] = [];
    const engine = workerEngine(() => {
      const w = fakeWorker();
      workers.push(w);
      return w;
    });
    const ops = createWorkbookOps({ engine, liveDelayMs: 1 });
    const updates: unknown[] = [];
    await ops.follow({ sheetChanged: () => undefined, rechecked: (outcome) => updates.push(outcome.result) });
    await ops.check({ dateOrder: "auto" });
    // A second check, cancelled while the worker is busy with it: the worker and its kept check go.
    workers[0].hold = true;
    const abort = new AbortController();
    const checking = ops.check({ dateOrder: "auto" }, { signal: abort.signal });
    while (jobsOf(workers[0]).length < 2) await new Promise((r) => setTimeout(r, 1));
    abort.abort();
    await expect(checking).rejects.toMatchObject({ name: "CancelledError" });
    expect(workers[0].terminated).toBe(true);
    sim.typeCell("Deals", "B2", "");
    await sim.eventsDelivered();
    await ops.liveSettled();
    expect(ops.lastLiveUpdate()).toMatchObject({ kind: "whole", why: "engine restarted" });
    expect(jobsOf(workers[1]).map((j) => j.kind)).toEqual(["recheck", "check"]);
    const whole = await createWorkbookOps().check({ dateOrder: "auto", highlight: false });
    expect(updates[updates.length - 1]).toEqual(whole.result);
    expect(whole.result.findings.length).toBeGreaterThan(0);
  });
});

describe("the engine's kept state", () => {
  const table = exampleTable("mistakes");
  const notes = (read: number): EngineNote[] => {
    const body = table.rows.slice(1);
    const formats = (rows: string[][]) => rows.map((r) => r.map(() => "@"));
    return [
      { kind: "chunk", read, chunk: { values: body.slice(0, 5), formats: formats(body.slice(0, 5)) } },
      { kind: "chunk", read, chunk: { values: body.slice(5), formats: formats(body.slice(5)) } },
    ];
  };
  const check = (read: number, keep = false): EngineJob => ({
    kind: "check",
    sheet: { read, header: table.rows[0], dateSystem: 1900 },
    options: {},
    keep,
  });

  it("a read's chunks make the table the job checks; the job uses them up, a discard drops them", () => {
    const state = new EngineState();
    notes(1).forEach((n) => state.note(n));
    const first = state.run(check(1));
    expect(first).toEqual(directAnswer());
    // Used up: the same read again is a sheet without records.
    expect(state.run(check(1))).toMatchObject({ result: { records: 0 } });
    notes(2).forEach((n) => state.note(n));
    state.note({ kind: "discard", read: 2 });
    expect(state.run(check(2))).toMatchObject({ result: { records: 0 } });
  });

  it("re-checks only the last kept check; another is lost", () => {
    const state = new EngineState();
    notes(1).forEach((n) => state.note(n));
    expect(state.run(check(1, true))).toMatchObject({ live: 1 });
    const changes = [{ row: 1, cells: table.rows[1].map(() => "") }];
    expect(state.run({ kind: "recheck", live: 1, changes })).toMatchObject({ changedRows: [1] });
    notes(2).forEach((n) => state.note(n));
    state.run(check(2, true));
    expect(() => state.run({ kind: "recheck", live: 1, changes })).toThrow(
      expect.objectContaining({ name: LIVE_STATE_LOST }),
    );
  });

  /** The same sheet checked in one piece. */
  function directAnswer() {
    const state = new EngineState();
    const body = table.rows.slice(1);
    state.note({
      kind: "chunk",
      read: 9,
      chunk: { values: body, formats: body.map((r) => r.map(() => "@")) },
    });
    return state.run(check(9));
  }
});

describe("where the worker cannot run", () => {
  const table = exampleTable("mistakes");
  const body = table.rows.slice(1);
  const job: EngineJob = {
    kind: "check",
    sheet: { read: 1, header: table.rows[0], dateSystem: 1900 },
    options: {},
    keep: false,
  };
  const send = (engine: Engine) => {
    engine.note({
      kind: "chunk",
      read: 1,
      chunk: { values: body, formats: body.map((r) => r.map(() => "General")) },
    });
    return engine.run(job);
  };

  it("a worker that cannot be created, or fails to load, hands its reads and jobs to the in-thread engine", async () => {
    const expected = await send(directEngine());
    expect(expected.result.records).toBe(body.length);
    const unavailable = workerEngine(() => {
      throw new Error("Worker is not defined");
    });
    expect(await send(unavailable)).toEqual(expected);
    let spawned = 0;
    const failing = workerEngine(() => {
      spawned++;
      const w = fakeWorker(true);
      w.postMessage = () => setTimeout(() => w.onerror?.({ message: "blocked by CSP" }), 0);
      return w;
    });
    expect(await send(failing)).toEqual(expected);
    expect(await send(failing)).toEqual(expected);
    expect(spawned).toBe(1);
  });

  it("the in-thread engine yields to the page first, so a Cancel pressed meanwhile is honoured", async () => {
    const abort = new AbortController();
    const running = inThreadEngine().run(job, abort.signal);
    abort.abort();
    await expect(running).rejects.toMatchObject({ name: "CancelledError" });
  });
});
