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

// A class, so that a lazy value is one object and not also two closures: every analysis and every
// check makes several, and the tsx the bench and tests run under names each closure it creates.
class LazyValue<T> implements Lazy<T> {
  private value: { v: T } | undefined;

  constructor(private readonly compute: () => T) {}

  get(): T {
    return (this.value ??= { v: this.compute() }).v;
  }

  *buildInSteps(steps: () => Steps<T>): Steps<T> {
    if (this.value !== undefined) return this.value.v;
    const built = yield* steps();
    return (this.value ??= { v: built }).v;
  }
}

export function lazy<T>(compute: () => T): Lazy<T> {
  return new LazyValue(compute);
}
