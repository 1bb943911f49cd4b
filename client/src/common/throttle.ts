/**
 * Runs an action at most once per interval, as VS Code's Markdown preview refreshes: the first
 * request after a quiet spell runs at once (so opening a preview is immediate), and requests that
 * arrive while typing are folded into one run at the end of the interval.
 */
import type { Cancel, Clock } from "./clock";

export interface Throttle {
  /** Asks for a run: now if the last one was at least an interval ago, else at the interval's end. */
  trigger(): void;
  /** Runs now, replacing any run already scheduled. */
  runNow(): void;
  /** Drops a scheduled run, if any. */
  cancel(): void;
  dispose(): void;
}

export function createThrottle(action: () => void, intervalMs: number, clock: Clock): Throttle {
  let lastRun: number | undefined;
  let pending: Cancel | undefined;
  let disposed = false;

  const cancel = (): void => {
    pending?.();
    pending = undefined;
  };
  const run = (): void => {
    pending = undefined;
    if (disposed) return;
    lastRun = clock.now();
    action();
  };

  return {
    trigger() {
      if (disposed || pending !== undefined) return;
      const wait = lastRun === undefined ? 0 : lastRun + intervalMs - clock.now();
      if (wait <= 0) run();
      else pending = clock.schedule(wait, run);
    },
    runNow() {
      cancel();
      run();
    },
    cancel,
    dispose() {
      disposed = true;
      cancel();
    },
  };
}
