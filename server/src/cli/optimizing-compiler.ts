/**
 * Whether a `keiyaku check` run lets V8's optimizing compiler (TurboFan) work. In a long-lived
 * process it pays; in a short CLI run it compiles the service's hot functions on background
 * threads at a cost larger than what it saves. Measured on 2 cores (main-thread and total CPU,
 * medians of 5 runs, the commands bundle loaded from its code cache):
 *
 * - up to ~150,000 characters (50 copies of the 25-article template; one 1,000-article
 *   contract) the main thread is no faster with it (270 against 290 ms; 270 against 260 ms) and
 *   the process uses twice the CPU (730 against 320 ms; 660 against 300 ms);
 * - beyond, the main thread is faster with it (200 files: 780 against 980 ms) for ~1 s more CPU
 *   on other threads: free on an idle core, but on a busy machine that CPU is taken from the run
 *   itself (200 files at load 5–10: 2.66 s wall with it, 1.91 s without; one 10,000-article
 *   contract: 2.24 against 1.20 s); from ~1,000,000 characters the faster code wins either way
 *   (500 files: 6.5 against 7.0 s).
 */
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { busyCores } from "./busy-cores";

/** Below this much text, optimized code never repays its compiling. */
export const SMALL_RUN_CHARS = 150_000;
/** From this much text, optimized code repays its compiling even on a busy machine. */
export const LARGE_RUN_CHARS = 1_000_000;

export function optimizingCompilerPays(
  chars: number,
  cores = availableParallelism(),
  busy = busyCores(),
): boolean {
  if (chars <= SMALL_RUN_CHARS) return false;
  const idleCore = cores - busy >= 1;
  return idleCore || chars >= LARGE_RUN_CHARS;
}

/** Node was started with its own choice of compilers (node --no-opt …, NODE_OPTIONS): kept. */
function compilersChosenByUser(): boolean {
  const given = [...process.execArgv, process.env["NODE_OPTIONS"] ?? ""].join(" ");
  return /--(?:no-)?(?:opt|turbofan|maglev|sparkplug)\b|--max-opt\b/u.test(given);
}

/**
 * Runs `work` (checking `chars` characters) without the optimizing compiler when it does not
 * pay, then turns it back on: the flag is the whole process's (tests run the CLI in process) and
 * V8 accepts a code cache only under the flags it was made with (code-cache.ts).
 */
export async function withCompilerFor<T>(chars: number, work: () => Promise<T>): Promise<T> {
  if (optimizingCompilerPays(chars) || compilersChosenByUser()) return work();
  setFlagsFromString("--no-opt");
  try {
    return await work();
  } finally {
    setFlagsFromString("--opt");
  }
}
