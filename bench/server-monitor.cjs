// Preloaded into the language server by bench/lsp-responsiveness.ts (node -r): records, inside the
// server, every garbage-collection pause (PerformanceObserver "gc" entries, with when it ended),
// the event loop's longest delay (monitorEventLoopDelay: the longest synchronous step), and each
// block over 30 ms with when it ended (a 5 ms timer that fires late), so that the bench can tell
// which of its phases blocked, and how much of it the main thread ran and how much it waited for a
// core (Linux's schedstat: on a busy machine the kernel, not the server, stretches a block), and
// what its memory was made of at its highest resident size. Times are epoch milliseconds (performance.timeOrigin + now), as the
// bench records its phases. Written as JSON to the file KEIYAKU_BENCH_MONITOR names when the
// server exits. stdout is the LSP stream: nothing is printed.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { setInterval } = require("node:timers");
const { monitorEventLoopDelay, performance, PerformanceObserver } = require("node:perf_hooks");
const { getHeapSpaceStatistics } = require("node:v8");

const out = process.env.KEIYAKU_BENCH_MONITOR;
if (out) {
  const epoch = (t) => performance.timeOrigin + t;
  const pauses = [];
  const gcEvents = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      pauses.push(entry.duration);
      if (entry.duration > 20)
        gcEvents.push({ at: epoch(entry.startTime + entry.duration), ms: entry.duration });
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const TICK_MS = 5;
  const blocks = [];
  // The main thread's time on a CPU and waiting for one (ns), or null where there is no schedstat.
  const schedstat = `/proc/self/task/${process.pid}/schedstat`;
  const scheduled = () => {
    try {
      const [running, waiting] = readFileSync(schedstat, "utf8").split(" ").map(Number);
      return { running: running / 1e6, waiting: waiting / 1e6 };
    } catch {
      return null;
    }
  };
  let last = performance.now();
  let lastScheduled = scheduled();
  const ticker = setInterval(() => {
    const now = performance.now();
    const blocked = now - last - TICK_MS;
    const nowScheduled = scheduled();
    if (blocked > 30) {
      const block = { at: epoch(now), ms: blocked };
      if (nowScheduled !== null && lastScheduled !== null) {
        // Over the whole interval (the block and one tick): the thread's own running, and its wait.
        block.runningMs = nowScheduled.running - lastScheduled.running;
        block.waitingMs = nowScheduled.waiting - lastScheduled.waiting;
      }
      blocks.push(block);
    }
    last = now;
    lastScheduled = nowScheduled;
  }, TICK_MS);
  ticker.unref();
  // What the resident memory is made of at its highest sample: V8's heap (and its young generation),
  // and the memory outside it (Buffers), so that the bench can tell what to shrink.
  let peakMemory = null;
  const memorySampler = setInterval(() => {
    const usage = process.memoryUsage();
    if (peakMemory !== null && usage.rss <= peakMemory.rss) return;
    const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
    peakMemory = { at: epoch(performance.now()), ...usage, newSpace: newSpace?.space_size ?? 0 };
  }, 50);
  memorySampler.unref();
  process.on("exit", () => {
    delay.disable();
    writeFileSync(
      out,
      JSON.stringify({
        gcPausesMs: pauses,
        gcEvents,
        blocks,
        eventLoopDelayMaxMs: delay.max / 1e6,
        eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
        peakMemory,
      }),
    );
  });
}
