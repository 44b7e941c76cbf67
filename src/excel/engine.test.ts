// The rules engine in a Web Worker and in the pane's thread give the same answers, through the
// whole Check and Save of the Excel layer; Cancel during a worker check stops the worker and
// writes nothing. The worker is a stand-in that runs the worker's own code on structured clones
// of the messages, as a real Worker does (what does not clone, such as functions, fails here).
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { runJob } from "../worker/jobs";
import { answerJob, type JobMessage, type WorkerLike } from "../worker/protocol";
import { directEngine, inThreadEngine, workerEngine } from "./engine";
import { createWorkbookOps } from "./index";
import { exampleTable, putTable } from "./testSheets";

let sim: SimHandle;
afterEach(() => sim.uninstall());

interface FakeWorker extends WorkerLike {
  terminated: boolean;
  posted: JobMessage[];
}

/** `hold`: jobs are taken but never answered (a long job), until terminated. */
function fakeWorker(hold = false): FakeWorker {
  const w: FakeWorker = {
    terminated: false,
    posted: [],
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const copy = structuredClone(message);
      w.posted.push(copy);
      if (hold) return;
      setTimeout(() => {
        if (!w.terminated) w.onmessage?.({ data: structuredClone(answerJob(copy, runJob)) });
      }, 0);
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

function setUp() {
  sim = installRealClientHost({ sheets: ["Deals"] });
  putTable(sim, "Deals", exampleTable("mistakes"));
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
    for (const engine of [directEngine, inThreadEngine(), workerEngine(() => fakeWorker())]) {
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
    expect(files[0]).toHaveLength(1);
    expect(files[0][0].text.length).toBeGreaterThan(100);
    expect(files[1]).toEqual(files[0]);
  });

  it("a live re-check after a worker check equals one after an in-thread check", async () => {
    const after = [];
    for (const engine of [inThreadEngine(), workerEngine(() => fakeWorker())]) {
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
    while (workers.length === 0 || workers[0].posted.length === 0) await new Promise((r) => setTimeout(r, 1));
    abort.abort();
    await expect(checking).rejects.toMatchObject({ name: "CancelledError" });
    expect(workers[0].terminated).toBe(true);
    expect(JSON.stringify({ values: sim.sheet("Deals").values("A1:BZ40"), marks: marks() })).toBe(before);
    const outcome = await ops.check({ dateOrder: "auto" });
    expect(workers).toHaveLength(2);
    expect(outcome.result.findings.length).toBeGreaterThan(0);
    expect(marks().length).toBeGreaterThan(0);
  });
});

describe("where the worker cannot run", () => {
  const job = { kind: "check", table: exampleTable("mistakes"), options: {}, keep: false } as const;

  it("a worker that cannot be created, or fails to load, hands its jobs to the in-thread engine", async () => {
    const expected = runJob(job);
    const unavailable = workerEngine(() => {
      throw new Error("Worker is not defined");
    });
    expect(await unavailable.run(job)).toEqual(expected);
    let spawned = 0;
    const failing = workerEngine(() => {
      spawned++;
      const w = fakeWorker(true);
      w.postMessage = () => setTimeout(() => w.onerror?.({ message: "blocked by CSP" }), 0);
      return w;
    });
    expect(await failing.run(job)).toEqual(expected);
    expect(await failing.run(job)).toEqual(expected);
    expect(spawned).toBe(1);
  });

  it("the in-thread engine yields to the page first, so a Cancel pressed meanwhile is honoured", async () => {
    const abort = new AbortController();
    const running = inThreadEngine().run(job, abort.signal);
    abort.abort();
    await expect(running).rejects.toMatchObject({ name: "CancelledError" });
  });
});
