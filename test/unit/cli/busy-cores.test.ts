/**
 * How busy the machine is now (cli/busy-cores.ts), which decides whether the CLI starts check
 * workers and lets the optimizing compiler work: read from /proc/loadavg's runnable tasks.
 */
import assert from "node:assert/strict";
import { busyCores, isRunnable, runnableTasks } from "../../../server/src/cli/busy-cores";

describe("cli: how busy the machine is now", () => {
  it("reads the runnable tasks from /proc/loadavg's text", () => {
    assert.equal(runnableTasks("0.99 1.02 0.81 1/93 9704\n"), 1);
    assert.equal(runnableTasks("7.10 6.00 5.00 12/401 123"), 12);
    assert.equal(runnableTasks("garbage"), null);
    assert.equal(runnableTasks(""), null);
  });

  it("tells a runnable thread from a sleeping one, whatever its name", () => {
    assert.equal(isRunnable("4242 (node) R 1 4242 0"), true);
    assert.equal(isRunnable("4242 (node) S 1 4242 0"), false);
    assert.equal(isRunnable("4242 (a) R (b) S 1 4242 0"), false, "the state follows the last parenthesis");
    assert.equal(isRunnable("4242 (a) S (b) R 1 4242 0"), true);
  });

  it("counts other work, never this thread, and never below zero", () => {
    const busy = busyCores();
    assert.ok(Number.isInteger(busy) && busy >= 0, `busy cores ${busy}`);
  });
});
