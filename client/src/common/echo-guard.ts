/**
 * Scroll sync runs both ways, so a scroll one side causes must not come back as a scroll for the
 * other side to follow, or editor and preview chase each other. The side that moves itself
 * programmatically calls `expectEcho()`; scroll events within the next `windowMs` are its echo.
 * A time window rather than a counter: a programmatic scroll to where the view already is fires no
 * event at all, and a counter would then swallow the user's next real scroll.
 */
import type { Clock } from "./clock";

export interface EchoGuard {
  expectEcho(): void;
  isEcho(): boolean;
}

export function createEchoGuard(clock: Clock, windowMs: number): EchoGuard {
  let until = Number.NEGATIVE_INFINITY;
  return {
    expectEcho() {
      until = clock.now() + windowMs;
    },
    isEcho: () => clock.now() < until,
  };
}

/** How long a programmatic scroll's own events keep arriving, on either side. */
export const SCROLL_ECHO_MS = 150;
