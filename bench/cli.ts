/**
 * `node --import tsx bench/cli.ts [--base=DIR]`: the `keiyaku` command (issues 18 and 19).
 * Start-up (`keiyaku --version`) against `node -e 0`, and one `keiyaku check` of 200 files
 * (copies of the 25-article template) per file against the same check in process (warmed up).
 * Each figure is wall time, CPU time (user + system, from /usr/bin/time) and the main thread's
 * CPU time (bench/main-thread-cpu.cjs): on a machine shared with other work wall time mostly
 * measures the others, CPU time much less so, and on idle cores wall time is about the main
 * thread's (the optimizing compiler and the collector's helpers run beside it). With --base, the
 * same figures for another checkout's build, its runs interleaved with this tree's
 * (DIR/server/bin/keiyaku.js).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContractService } from "../server/src/language";
import { ROOT } from "./bench-inputs";
import { removeTempFolders, tempFolder } from "../test/helpers/temp-folders";
import { ms, table } from "./stats";

const FILES = 200;
const STARTS = 7;
const CHECKS = 5;
const TEMPLATE = join(ROOT, "samples", "server-management.contract");

const MAIN_THREAD_CPU = join(ROOT, "bench", "main-thread-cpu.cjs");

interface Timed {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly mainThreadCpuMs: number;
}

function timed(args: readonly string[]): Timed {
  const node = [process.execPath, "--require", MAIN_THREAD_CPU];
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S", ...node, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = result.stderr.trim().split("\n").pop() ?? "";
  const [wall, user, system] = last.split(" ").map(Number);
  const mainThread = /^main-thread-cpu-ms (\d+)$/m.exec(result.stderr)?.[1];
  return {
    wallMs: (wall ?? NaN) * 1000,
    cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000,
    mainThreadCpuMs: mainThread === undefined ? NaN : Number(mainThread),
  };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function medianOf(all: readonly Timed[]): Timed {
  return {
    wallMs: median(all.map((t) => t.wallMs)),
    cpuMs: median(all.map((t) => t.cpuMs)),
    mainThreadCpuMs: median(all.map((t) => t.mainThreadCpuMs)),
  };
}

/** `runs` runs of each command, interleaved (so that a change of load hits every build alike). */
function interleaved(runs: number, commands: readonly (readonly string[])[]): Timed[] {
  const all: Timed[][] = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((args, c) => all[c]?.push(timed(args)));
  return all.map(medianOf);
}

function inProcessPerFileMs(files: readonly string[]): number {
  const service = createContractService();
  const texts = files.map((f) => readFileSync(f, "utf8"));
  for (const text of texts.slice(0, 50)) service.check(service.analyze(text));
  const t0 = performance.now();
  for (const text of texts) service.check(service.analyze(text));
  return (performance.now() - t0) / texts.length;
}

function main(): void {
  const { values } = parseArgs({ options: { base: { type: "string" } } });
  if (!existsTime()) throw new Error("bench/cli.ts needs /usr/bin/time (GNU time)");
  const folder = tempFolder("bench-cli");
  const files = Array.from({ length: FILES }, (_, i) => {
    const file = join(folder, `c${String(i).padStart(3, "0")}.contract`);
    copyFileSync(TEMPLATE, file);
    return file;
  });
  const builds = [
    { name: "this tree", bin: join(ROOT, "server", "bin", "keiyaku.js") },
    ...(values.base === undefined
      ? []
      : [{ name: "base", bin: join(values.base, "server", "bin", "keiyaku.js") }]),
  ];
  const load = loadavg();
  const [node, ...starts] = interleaved(STARTS, [["-e", "0"], ...builds.map((b) => [b.bin, "--version"])]);
  const checks = interleaved(
    CHECKS,
    builds.map((b) => [b.bin, "check", ...files]),
  );
  if (node === undefined) throw new Error("no runs");
  const rows: string[][] = [["node -e 0", ms(node.wallMs), ms(node.cpuMs), ms(node.mainThreadCpuMs), "", ""]];
  const results: Record<string, unknown> = { nodeStart: node };
  builds.forEach((build, b) => {
    const start = starts[b];
    const check = checks[b];
    if (start === undefined || check === undefined) return;
    rows.push([
      `${build.name}: keiyaku --version`,
      ms(start.wallMs),
      ms(start.cpuMs),
      ms(start.mainThreadCpuMs),
      `${(start.cpuMs / node.cpuMs).toFixed(2)}× node -e 0 (CPU; goal ≤ 1.5×)`,
      start.cpuMs / node.cpuMs <= 1.5 ? "met" : "NOT met",
    ]);
    rows.push([
      `${build.name}: keiyaku check, ${FILES} files, per file`,
      ms(check.wallMs / FILES),
      ms(check.cpuMs / FILES),
      ms(check.mainThreadCpuMs / FILES),
      "goal ≤ 4 ms per file (wall)",
      check.wallMs / FILES <= 4 ? "met" : "NOT met",
    ]);
    results[build.name] = { start, check };
  });
  const inProcess = inProcessPerFileMs(files);
  rows.push(["in process (warm): analyze + check, per file", ms(inProcess), "", "", "", ""]);
  console.log(`CLI (load average ${load.map((l) => l.toFixed(2)).join(" ")})`);
  console.log(table(["what", "wall", "CPU (user+sys)", "main thread CPU", "against", "verdict"], rows));
  const resultsFolder = join(ROOT, "bench", "results");
  mkdirSync(resultsFolder, { recursive: true });
  writeFileSync(
    join(resultsFolder, "cli.json"),
    `${JSON.stringify({ date: new Date().toISOString(), loadAverage: load, results, inProcess }, null, 2)}\n`,
  );
}

function existsTime(): boolean {
  try {
    execFileSync("/usr/bin/time", ["-f", "%e", "true"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

try {
  main();
} finally {
  removeTempFolders();
}
