// Preloaded into the language server by bench/lsp-responsiveness.ts (node -r): records, inside the
// server, every garbage-collection pause (PerformanceObserver "gc" entries) and the event loop's
// longest delay (monitorEventLoopDelay: the longest synchronous step), and writes them as JSON to
// the file KEIYAKU_BENCH_MONITOR names when the server exits. stdout is the LSP stream: nothing
// is printed.
"use strict";
const { writeFileSync } = require("node:fs");
const { monitorEventLoopDelay, PerformanceObserver } = require("node:perf_hooks");

const out = process.env.KEIYAKU_BENCH_MONITOR;
if (out) {
  const pauses = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  observer.observe({ entryTypes: ["gc"] });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.on("exit", () => {
    delay.disable();
    writeFileSync(
      out,
      JSON.stringify({
        gcPausesMs: pauses,
        eventLoopDelayMaxMs: delay.max / 1e6,
        eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
      }),
    );
  });
}
