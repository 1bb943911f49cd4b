/**
 * The server's long work runs in slices (lsp/slices.ts): after the request that started it has
 * been answered, and while the client has not read a large answer sent, not at all.
 */
import assert from "node:assert/strict";
import { createSlices, runInSlices } from "../../../server/src/lsp/slices";

function* counting(steps: number, done: { count: number }): Generator<void, string, void> {
  for (let i = 0; i < steps; i++) {
    done.count += 1;
    yield;
  }
  return "finished";
}

/** Work that writes its name into `order` at each step, each step `stepMs` long (a slice holds several). */
function* named(order: string[], name: string, steps: number, stepMs: number): Generator<void, string, void> {
  for (let i = 0; i < steps; i++) {
    order.push(name);
    const until = performance.now() + stepMs;
    while (performance.now() < until);
    yield;
  }
  return name;
}

describe("lsp: work in slices", () => {
  it("starts on the next turn, so that the caller answers first, and finishes", async () => {
    const done = { count: 0 };
    const result = runInSlices(counting(5, done), () => true);
    assert.equal(done.count, 0, "no step runs before the caller's turn ends");
    assert.equal(await result, "finished");
    assert.equal(done.count, 5);
  });

  it("runs its first slice at once when the work is itself the answer, the rest on later turns", async () => {
    const done = { count: 0 };
    let steps = 0;
    function* slow(): Generator<void, string, void> {
      // Each step longer than a slice: one step per slice.
      for (; steps < 3; steps++) {
        const until = performance.now() + 6;
        while (performance.now() < until);
        done.count += 1;
        yield;
      }
      return "finished";
    }
    const result = createSlices().answerInSlices(slow(), () => true, { startNow: true });
    assert.equal(done.count, 1, "the first slice ran before the caller's turn ended");
    assert.equal(await result, "finished");
    assert.equal(done.count, 3);
  });

  it("runs no step while sent output waits to be read, and goes on once it is read", async () => {
    const done = { count: 0 };
    let pending = true;
    const result = runInSlices(
      counting(3, done),
      () => true,
      () => pending,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(done.count, 0, "waiting for the client to read");
    pending = false;
    assert.equal(await result, "finished");
    assert.equal(done.count, 3);
  });

  it("does not wait for ever on a client that stops reading", async () => {
    const done = { count: 0 };
    assert.equal(
      await runInSlices(
        counting(2, done),
        () => true,
        () => true,
      ),
      "finished",
    );
    assert.equal(done.count, 2);
  });

  it("gives up when the work is no longer wanted", async () => {
    const done = { count: 0 };
    assert.equal(await runInSlices(counting(2, done), () => false), null);
    assert.equal(done.count, 0);
  });

  it("lets a request's answer run before background work, which goes on after it", async () => {
    const slices = createSlices();
    const order: string[] = [];
    const work = (name: string, steps: number) => named(order, name, steps, 1);
    const background = slices.inSlices(work("background", 40), () => true);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const answer = slices.answerInSlices(work("answer", 20), () => true);
    assert.equal(await answer, "answer");
    const lastAnswer = order.lastIndexOf("answer");
    const firstAnswer = order.indexOf("answer");
    assert.ok(
      order.slice(firstAnswer, lastAnswer).every((name) => name === "answer"),
      `no background step between the answer's: ${order.join(" ")}`,
    );
    assert.equal(await background, "background");
    assert.equal(order.filter((name) => name === "background").length, 40);
  });

  it("lets background work resume only after the turn that writes the answer", async () => {
    const slices = createSlices();
    const order: string[] = [];
    const work = (name: string, steps: number) => named(order, name, steps, 0.5);
    const background = slices.inSlices(work("background", 60), () => true);
    await new Promise((resolve) => setImmediate(resolve));
    const answered = slices.answerInSlices(work("answer", 3), () => true);
    // As vscode-jsonrpc replies: the handler's result on a later turn of the writer's own.
    const written = answered.then(
      () => new Promise<void>((resolve) => setImmediate(() => (order.push("written"), resolve()))),
    );
    await written;
    const last = order.lastIndexOf("answer");
    assert.deepEqual(order.slice(last + 1), ["written"], `nothing between: ${order.slice(last).join(" ")}`);
    assert.equal(await background, "background");
    assert.equal(order.filter((name) => name === "background").length, 60);
  });
});
