/**
 * How many cores other work is using right now: whether a worker thread or V8's optimizing
 * compiler would find a core of its own. On Linux this is the count of runnable tasks at this
 * moment (/proc/loadavg's fourth field) less this process's own runnable threads (this one, and
 * V8's and libuv's helpers, which are often busy as the CLI starts): the one-minute load average
 * lags a minute behind, so right after a busy minute it calls an idle machine busy (and the
 * other way round). Elsewhere it is the load average.
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";

/** The runnable tasks in /proc/loadavg's text (`0.99 1.02 0.81 1/93 9704`), or null. */
export function runnableTasks(procLoadavg: string): number | null {
  const match = /^\S+ \S+ \S+ (\d+)\//u.exec(procLoadavg);
  return match === null ? null : Number(match[1]);
}

/** Whether a thread's /proc stat line (`123 (node) R 1 …`) says it is runnable. */
export function isRunnable(statLine: string): boolean {
  return / R /u.test(statLine.slice(statLine.lastIndexOf(")"), statLine.lastIndexOf(")") + 4));
}

function ownRunnableThreads(): number {
  let count = 0;
  for (const thread of readdirSync("/proc/self/task")) {
    try {
      if (isRunnable(readFileSync(`/proc/self/task/${thread}/stat`, "latin1"))) count += 1;
    } catch {
      // The thread ended meanwhile.
    }
  }
  return count;
}

export function busyCores(): number {
  try {
    const runnable = runnableTasks(readFileSync("/proc/loadavg", "latin1"));
    if (runnable !== null) return Math.max(0, runnable - Math.max(1, ownRunnableThreads()));
  } catch {
    // Not Linux: the load average below.
  }
  return loadavg()[0] ?? 0;
}
