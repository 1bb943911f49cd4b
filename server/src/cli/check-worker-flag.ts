/**
 * How a check worker (check-in-workers.ts) knows it is one: the flag in its workerData. Shared by
 * the CLI's entry (cli.ts), where a worker starts in order to load the commands with their code
 * cache, and by the commands, which then serve the main thread's batches.
 */
import { isMainThread, workerData } from "node:worker_threads";

export const CHECK_WORKER_FLAG = "keiyakuCheckWorker";

export function isCheckWorker(): boolean {
  if (isMainThread) return false;
  const data = workerData as Record<string, unknown> | null;
  return data?.[CHECK_WORKER_FLAG] === true;
}
