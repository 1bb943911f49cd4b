/**
 * Checks many files on every idle core: the main thread and worker threads take files a batch at a
 * time from one queue; the results come back in the files' order whatever order they finish in.
 * Below MIN_FILES_FOR_WORKERS, or without a second idle core, the files are checked here alone: a
 * worker's start (loading the bundle, warming up) costs more than a few files, and on a busy
 * machine a worker only competes with the main thread for the same core.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { parentPort, Worker } from "node:worker_threads";
import { createContractService, type CheckOptions, type ContractService } from "../language";
import { busyCores } from "./busy-cores";
import { checkFile, type CheckedFile } from "./check-file";
import { CHECK_WORKER_FLAG, isCheckWorker } from "./check-worker-flag";

export interface CheckJob {
  readonly file: string;
  readonly text: string;
  /** The file's own workspace options (.keiyaku/ types and playbook above it), over the run's. */
  readonly options?: Partial<CheckOptions>;
}

/** Measured on 2 cores: from about this many 25-article files, a worker beside the main thread pays. */
export const MIN_FILES_FOR_WORKERS = 24;
const MAX_WORKERS = 3;
/** Files per message: fewer round trips, while batches stay small enough to share the work. */
const BATCH = 4;

interface Batch {
  readonly first: number;
  readonly jobs: readonly CheckJob[];
  readonly options: CheckOptions;
}

interface BatchResult {
  readonly first: number;
  readonly checked: readonly CheckedFile[];
}

function checkBatch(service: ContractService, batch: Batch): CheckedFile[] {
  return batch.jobs.map((job) =>
    checkFile(service, job.file, job.text, { ...batch.options, ...job.options }),
  );
}

function checkHere(jobs: readonly CheckJob[], options: CheckOptions): CheckedFile[] {
  return checkBatch(createContractService(), { first: 0, jobs, options });
}

/**
 * Workers beside the main thread: one per idle core but the main thread's. Measured on 2 cores at
 * a load average of 20, workers made 200 files twice as slow (each warms up its own copy of the
 * service); on two idle cores one worker beside the main thread took 200 files from 0.81 to 0.74 s
 * (medians of 5, the bundle loaded from its code cache).
 */
export function workerCount(files: number, cores = availableParallelism(), busy = busyCores()): number {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  const idle = Math.floor(cores - busy);
  return Math.max(0, Math.min(idle - 1, MAX_WORKERS));
}

/** Every job checked, in the jobs' order; `workers` 0 checks them in this thread alone. */
export async function checkAll(
  jobs: readonly CheckJob[],
  options: CheckOptions,
  workers = workerCount(jobs.length),
): Promise<CheckedFile[]> {
  if (workers === 0) return checkHere(jobs, options);
  try {
    return await checkWithWorkers(jobs, options, workers);
  } catch {
    // A worker that cannot start (a restricted environment) costs speed, never the check.
    return checkHere(jobs, options);
  }
}

/**
 * A worker: in the build it starts from the CLI's entry (server/dist/cli.js), which loads the
 * commands' bundle with its code cache as the main thread did; from the sources (the tests) it
 * runs this file through tsx.
 */
function startWorker(): Worker {
  const workerData = { [CHECK_WORKER_FLAG]: true };
  if (!__filename.endsWith(".ts")) return new Worker(join(__dirname, "cli.js"), { workerData });
  const source = `require("tsx/cjs/api").register(); require(${JSON.stringify(__filename)});`;
  return new Worker(source, { eval: true, workerData });
}

/** Feeds `worker` batches until none are left; settles when its last batch is back. */
function drive(
  worker: Worker,
  take: () => Batch | null,
  store: (result: BatchResult) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const feed = () => {
      const batch = take();
      if (batch === null) resolve();
      else worker.postMessage(batch);
    };
    worker.on("message", (result: BatchResult) => {
      store(result);
      feed();
    });
    worker.on("error", reject);
    feed();
  });
}

/** The main thread and `count` workers take batches from one queue until every job is checked. */
export async function checkWithWorkers(
  jobs: readonly CheckJob[],
  options: CheckOptions,
  count: number,
): Promise<CheckedFile[]> {
  const results = new Array<CheckedFile>(jobs.length);
  let next = 0;
  const take = (): Batch | null => {
    if (next >= jobs.length) return null;
    const batch: Batch = { first: next, jobs: jobs.slice(next, next + BATCH), options };
    next += batch.jobs.length;
    return batch;
  };
  const store = (result: BatchResult) => result.checked.forEach((c, j) => (results[result.first + j] = c));
  const workers = Array.from({ length: count }, startWorker);
  try {
    const inWorkers = Promise.all(workers.map((worker) => drive(worker, take, store)));
    // Observed here so that a worker failing while this thread checks is not an unhandled rejection;
    // it is rethrown below, and checkAll checks everything here instead.
    inWorkers.catch(() => undefined);
    const service = createContractService();
    for (let batch = take(); batch !== null; batch = take()) {
      store({ first: batch.first, checked: checkBatch(service, batch) });
      // Lets the workers' results in, and feeds them, between this thread's batches.
      await nextTurn();
    }
    await inWorkers;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  return results;
}

/** In a worker started by checkWithWorkers: check each batch the main thread sends. */
export function serveCheckWorker(): boolean {
  if (!isCheckWorker() || parentPort === null) return false;
  const port = parentPort;
  const service = createContractService();
  port.on("message", (batch: Batch) => {
    port.postMessage({ first: batch.first, checked: checkBatch(service, batch) } satisfies BatchResult);
  });
  return true;
}

// A worker loads the commands (or, from the sources, this file) from the top: it starts serving
// here. In the main thread this does nothing.
serveCheckWorker();
