// Preloaded into the language server by bench/lsp-responsiveness.ts (node -r): records, inside the
// server, every garbage-collection pause (PerformanceObserver "gc" entries, with when it ended),
// the event loop's longest delay (monitorEventLoopDelay: the longest synchronous step), and each
// block over 30 ms with when it ended (a 5 ms timer that fires late), so that the bench can tell
// which of its phases blocked. Times are epoch milliseconds (performance.timeOrigin + now), as the
// bench records its phases. Written as JSON to the file KEIYAKU_BENCH_MONITOR names when the
// server exits. stdout is the LSP stream: nothing is printed.
"use strict";
const { writeFileSync } = require("node:fs");
const { setInterval } = require("node:timers");
const { monitorEventLoopDelay, performance, PerformanceObserver } = require("node:perf_hooks");

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
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    const blocked = now - last - TICK_MS;
    if (blocked > 30) blocks.push({ at: epoch(now), ms: blocked });
    last = now;
  }, TICK_MS);
  ticker.unref();
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
      }),
    );
  });
}
