// Preloaded by bench/cli.ts (`node --require`): at exit, writes the CPU time of the main thread
// alone to stderr. Wall time on idle cores is about this: the optimizing compiler and the
// collector's helpers run on threads of their own, which user + system time also counts.
// Linux only (/proc); elsewhere it writes nothing.
"use strict";
const { readFileSync } = require("node:fs");

process.on("exit", () => {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces: utime, stime
    // are the 14th and 15th fields of the line, in clock ticks (100 a second on Linux).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    process.stderr.write(`main-thread-cpu-ms ${ticks * 10}\n`);
  } catch {
    // Not Linux: the bench shows no main-thread figure.
  }
});
