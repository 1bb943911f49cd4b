/**
 * A value computed on first use and then kept: the one mechanism by which an analysis builds what
 * its features share (document, index, terms, facts …), so nothing is computed twice per version
 * and nothing is computed that no one asks for.
 */
import type { Steps } from "../steps";

export interface Lazy<T> {
  get(): T;
  /** Builds the value in steps (see steps.ts) unless it is built already. */
  buildInSteps(steps: () => Steps<T>): Steps<T>;
}

export function lazy<T>(compute: () => T): Lazy<T> {
  let value: { v: T } | undefined;
  return {
    get: () => (value ??= { v: compute() }).v,
    *buildInSteps(steps) {
      if (value !== undefined) return value.v;
      const built = yield* steps();
      return (value ??= { v: built }).v;
    },
  };
}
