import assert from "node:assert/strict";
import { createEchoGuard } from "../../../client/src/common/echo-guard";
import { createThrottle } from "../../../client/src/common/throttle";
import { createVersionGate } from "../../../client/src/preview/version-gate";
import { createFakeClock } from "./fake-clock";

function throttled(interval = 300) {
  const clock = createFakeClock();
  const runs: number[] = [];
  const throttle = createThrottle(() => runs.push(clock.now()), interval, clock);
  return { clock, runs, throttle };
}

describe("client: the preview's render throttle", () => {
  it("renders the first request at once", () => {
    const { runs, throttle } = throttled();
    throttle.trigger();
    assert.deepEqual(runs, [0]);
  });

  it("folds the keystrokes of an interval into one render at its end", () => {
    const { clock, runs, throttle } = throttled();
    throttle.trigger();
    for (let i = 0; i < 10; i++) {
      clock.advance(20);
      throttle.trigger();
    }
    assert.deepEqual(runs, [0]);
    clock.advance(100);
    assert.deepEqual(runs, [0, 300]);
  });

  it("renders at most once per interval during continuous typing", () => {
    const { clock, runs, throttle } = throttled();
    for (let t = 0; t < 2000; t += 30) {
      throttle.trigger();
      clock.advance(30);
    }
    clock.advance(1000);
    for (let i = 1; i < runs.length; i++) assert.ok((runs[i] ?? 0) - (runs[i - 1] ?? 0) >= 300, String(runs));
    assert.ok(runs.length >= 6 && runs.length <= 8, String(runs));
    assert.equal(runs.at(-1), 2100, "the last keystroke is rendered");
  });

  it("renders at once again after a quiet interval", () => {
    const { clock, runs, throttle } = throttled();
    throttle.trigger();
    clock.advance(5000);
    throttle.trigger();
    assert.deepEqual(runs, [0, 5000]);
  });

  it("runs now on demand, replacing the scheduled run", () => {
    const { clock, runs, throttle } = throttled();
    throttle.trigger();
    clock.advance(10);
    throttle.trigger();
    throttle.runNow();
    clock.advance(1000);
    assert.deepEqual(runs, [0, 10]);
  });

  it("cancels and disposes without running again", () => {
    const { clock, runs, throttle } = throttled();
    throttle.trigger();
    throttle.trigger();
    throttle.cancel();
    clock.advance(1000);
    assert.deepEqual(runs, [0]);
    throttle.trigger();
    throttle.trigger();
    throttle.dispose();
    clock.advance(1000);
    throttle.trigger();
    throttle.runNow();
    assert.deepEqual(runs, [0, 1000]);
    assert.equal(clock.pending, 0);
  });
});

describe("client: the preview's version gate", () => {
  it("shows newer versions and drops stale ones", () => {
    const gate = createVersionGate();
    assert.ok(gate.accept({ uri: "file:///a", version: 3 }));
    assert.ok(gate.accept({ uri: "file:///a", version: 5 }));
    assert.equal(gate.accept({ uri: "file:///a", version: 4 }), false, "out of order");
    assert.equal(gate.accept({ uri: "file:///a", version: 5 }), false, "already shown");
    assert.ok(gate.accept({ uri: "file:///a", version: 6 }));
  });

  it("shows any version of another document", () => {
    const gate = createVersionGate();
    assert.ok(gate.accept({ uri: "file:///a", version: 9 }));
    assert.ok(gate.accept({ uri: "file:///b", version: 1 }));
    assert.ok(gate.accept({ uri: "file:///a", version: 2 }));
  });

  it("drops results that arrive in the wrong order from throttled renders", () => {
    const gate = createVersionGate();
    const arrivals = [1, 3, 2, 4, 4, 6, 5];
    const shown = arrivals.filter((version) => gate.accept({ uri: "untitled:Untitled-1", version }));
    assert.deepEqual(shown, [1, 3, 4, 6]);
  });
});

describe("client: the scroll echo guard", () => {
  it("treats scroll events right after a programmatic scroll as its echo", () => {
    const clock = createFakeClock();
    const guard = createEchoGuard(clock, 150);
    assert.equal(guard.isEcho(), false);
    guard.expectEcho();
    assert.ok(guard.isEcho());
    clock.advance(100);
    assert.ok(guard.isEcho());
    clock.advance(50);
    assert.equal(guard.isEcho(), false, "the user's own scroll after the window");
  });

  it("extends the window with each programmatic scroll", () => {
    const clock = createFakeClock();
    const guard = createEchoGuard(clock, 150);
    guard.expectEcho();
    clock.advance(100);
    guard.expectEcho();
    clock.advance(100);
    assert.ok(guard.isEcho());
  });
});
