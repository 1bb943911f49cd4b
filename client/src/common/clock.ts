/**
 * Time as the throttles and echo guards see it. Injected, so tests drive time by hand instead of
 * sleeping, and the same code runs in the extension host and in the preview's webview.
 */
export type Cancel = () => void;

export interface Clock {
  /** Milliseconds on a monotonic scale; only differences matter. */
  now(): number;
  /** Runs `callback` once after `ms` milliseconds; the returned function cancels it. */
  schedule(ms: number, callback: () => void): Cancel;
}

export function createSystemClock(): Clock {
  return {
    now: () => performance.now(),
    schedule(ms, callback) {
      const handle = setTimeout(callback, ms);
      return () => clearTimeout(handle);
    },
  };
}
