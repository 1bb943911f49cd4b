/**
 * Runs stepwise work (a generator) in slices of a few milliseconds, letting the event loop serve
 * requests and edits between slices, and gives up as soon as the work is no longer wanted.
 *
 * Answers go first. A large answer (the outline of 10,000 articles is 3.4 MB, the preview's HTML
 * 7 MB) leaves the process through a pipe that takes about 64 kB per turn of the event loop, so
 * with a 10 ms slice between turns sending it took half a second while the next version was
 * prepared. While the client has not read what was sent — and, for background work, while a
 * request is being answered in slices of its own — slices wait (up to HOLD_BACK_MS at a time, so
 * that a client that stops reading or a long request does not stop the work).
 */

/**
 * How long one slice may run before other work gets a turn: what a keystroke that arrives
 * meanwhile waits for at most. At 10 ms, keystrokes during the full check of 10,000 articles took
 * 40–51 ms (p90); at 5 ms, 29 ms.
 */
const SLICE_MS = 5;
/** The longest a slice waits for what holds it back before it runs anyway. */
const HOLD_BACK_MS = 200;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether output the server sent still waits for the client to read it (false: unknown). */
export type OutputPending = () => boolean;

/** Whether the work should let something else go first now: unread output, a request's slices. */
export type HoldBack = () => boolean;

async function heldBack(holdBack: HoldBack): Promise<void> {
  const start = performance.now();
  while (holdBack() && performance.now() - start < HOLD_BACK_MS) await pause(1);
}

/**
 * The generator's result, or null when `wanted` turned false before it finished. The first slice
 * runs on the next turn, so that the request or edit that started the work is answered first;
 * at once with `startNow`, for work that is itself the answer (a keystroke's carried findings).
 */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  wanted: () => boolean,
  holdBack: HoldBack = () => false,
  startNow = false,
): Promise<T | null> {
  for (let slice = 0; ; slice++) {
    if (slice > 0 || !startNow) {
      await nextTurn();
      await heldBack(holdBack);
    }
    if (!wanted()) return null;
    const sliceStart = performance.now();
    while (performance.now() - sliceStart < SLICE_MS) {
      const step = steps.next();
      if (step.done === true) return step.value;
    }
  }
}

/** The server's two kinds of sliced work: its own (background) and a request's answer. */
export interface Slices {
  /** Background work: waits while output is unread or a request's answer runs. */
  inSlices<T>(steps: Generator<void, T, void>, wanted: () => boolean): Promise<T | null>;
  /**
   * A request's own work (its answer): background work waits while it runs, so that the answer
   * is not spread over twice as many turns.
   */
  answerInSlices<T>(
    steps: Generator<void, T, void>,
    wanted: () => boolean,
    options?: { readonly startNow?: boolean },
  ): Promise<T | null>;
}

export function createSlices(outputPending: OutputPending = () => false): Slices {
  // Requests being answered in slices now: background slices wait for them.
  let answering = 0;
  return {
    inSlices: (steps, wanted) => runInSlices(steps, wanted, () => outputPending() || answering > 0),
    async answerInSlices(steps, wanted, { startNow = false } = {}) {
      answering += 1;
      try {
        return await runInSlices(steps, wanted, outputPending, startNow);
      } finally {
        // Background work resumes only after the turn that writes the answer: vscode-jsonrpc's
        // writer sends a response on a turn of its own (setImmediate, queued after this one), and
        // the background slices that ran before it delayed the outline of 10,000 articles by 5–12 ms.
        setImmediate(() => (answering -= 1));
      }
    },
  };
}
