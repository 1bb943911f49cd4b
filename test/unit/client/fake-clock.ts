/** A clock tests move by hand: scheduled callbacks run when `advance` passes their time. */
import type { Clock } from "../../../client/src/common/clock";

export interface FakeClock extends Clock {
  advance(ms: number): void;
  readonly pending: number;
}

export function createFakeClock(): FakeClock {
  let time = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => time,
    schedule(ms, callback) {
      const id = nextId++;
      timers.set(id, { at: time + ms, callback });
      return () => timers.delete(id);
    },
    advance(ms) {
      const end = time + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= end)
          .sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
        if (due === undefined) break;
        const [id, timer] = due;
        timers.delete(id);
        time = timer.at;
        timer.callback();
      }
      time = end;
    },
    get pending() {
      return timers.size;
    },
  };
}
