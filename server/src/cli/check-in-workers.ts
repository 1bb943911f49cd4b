/**
 * Checks many files on every core: worker threads, each running the same CLI bundle, take files a
 * batch at a time from one queue; the results come back in the files' order whatever order the
 * workers finish in. Below MIN_FILES_FOR_WORKERS, or on one core, the files are checked here: a
 * worker's start (loading the bundle, warming up) costs more than a few files; on a busy machine
 * (no two idle cores) they are checked here too.
 */
import { availableParallelism, loadavg } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { createContractService, type CheckOptions } from "../language";
import { checkFile, type CheckedFile } from "./check-file";

export interface CheckJob {
  readonly file: string;
  readonly text: string;
  /** The file's own workspace options (.keiyaku/ types and playbook above it), over the run's. */
  readonly options?: Partial<CheckOptions>;
}

/** Measured on 2 cores: from about this many 25-article files, two workers beat one thread. */
export const MIN_FILES_FOR_WORKERS = 24;
const MAX_WORKERS = 4;
/** Files per message: fewer round trips, while batches stay small enough to share the work. */
const BATCH = 4;

const WORKER_FLAG = "keiyakuCheckWorker";

interface Batch {
  readonly first: number;
  readonly jobs: readonly CheckJob[];
  readonly options: CheckOptions;
}

interface BatchResult {
  readonly first: number;
  readonly checked: readonly CheckedFile[];
}

function checkHere(jobs: readonly CheckJob[], options: CheckOptions): CheckedFile[] {
  const service = createContractService();
  return jobs.map((job) => checkFile(service, job.file, job.text, { ...options, ...job.options }));
}

/**
 * Workers pay only on cores nothing else is using: measured on 2 cores at a load average of 20,
 * two workers made 200 files twice as slow (each warms up its own copy of the service).
 */
export function workerCount(files: number, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  const idle = Math.floor(cores - load);
  return idle < 2 ? 0 : Math.min(idle, MAX_WORKERS);
}

/** Every job checked, in the jobs' order; `workers` 0 checks them in this thread. */
export async function checkAll(
  jobs: readonly CheckJob[],
  options: CheckOptions,
  workers = workerCount(jobs.length),
): Promise<CheckedFile[]> {
  if (workers === 0) return checkHere(jobs, options);
  try {
    return await checkInWorkers(jobs, options, workers);
  } catch {
    // A worker that cannot start (a restricted environment) costs speed, never the check.
    return checkHere(jobs, options);
  }
}

/** A worker running this module: the CLI bundle, or from the TypeScript sources (the tests) via tsx. */
function startWorker(): Worker {
  const workerData = { [WORKER_FLAG]: true };
  if (!__filename.endsWith(".ts")) return new Worker(__filename, { workerData });
  const source = `require("tsx/cjs/api").register(); require(${JSON.stringify(__filename)});`;
  return new Worker(source, { eval: true, workerData });
}

export function checkInWorkers(
  jobs: readonly CheckJob[],
  options: CheckOptions,
  count: number,
): Promise<CheckedFile[]> {
  const results: CheckedFile[] = new Array<CheckedFile>(jobs.length);
  let next = 0;
  let pending = jobs.length;
  const started: Worker[] = [];
  return new Promise<CheckedFile[]>((resolve, reject) => {
    const stopAll = () => {
      for (const worker of started) void worker.terminate();
    };
    const feed = (worker: Worker) => {
      if (next >= jobs.length) return;
      const batch: Batch = { first: next, jobs: jobs.slice(next, next + BATCH), options };
      next += batch.jobs.length;
      worker.postMessage(batch);
    };
    for (let i = 0; i < count; i++) {
      const worker = startWorker();
      started.push(worker);
      worker.on("message", (result: BatchResult) => {
        result.checked.forEach((checked, j) => (results[result.first + j] = checked));
        pending -= result.checked.length;
        if (pending === 0) {
          stopAll();
          resolve(results);
        } else feed(worker);
      });
      worker.on("error", (error) => {
        stopAll();
        reject(error);
      });
      feed(worker);
    }
  });
}

/** In a worker started by checkInWorkers: check each batch the main thread sends. */
export function serveCheckWorker(): boolean {
  const data = workerData as Record<string, unknown> | null;
  if (isMainThread || parentPort === null || data?.[WORKER_FLAG] !== true) return false;
  const port = parentPort;
  const service = createContractService();
  port.on("message", (batch: Batch) => {
    const checked = batch.jobs.map((job) =>
      checkFile(service, job.file, job.text, { ...batch.options, ...job.options }),
    );
    port.postMessage({ first: batch.first, checked } satisfies BatchResult);
  });
  return true;
}

// A worker runs the CLI bundle (or, from the sources, this file) from the top: it starts serving
// here. In the main thread this does nothing.
serveCheckWorker();
