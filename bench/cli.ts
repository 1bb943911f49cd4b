/**
 * `node --import tsx bench/cli.ts [--base=DIR]`: the `keiyaku` command (issues 18 and 19).
 * Start-up (`keiyaku --version`) against `node -e 0`, and one `keiyaku check` of 200 files
 * (copies of the 25-article template) per file against the same check in process (warmed up).
 * Each figure is wall time and CPU time (user + system, from /usr/bin/time): on a machine shared
 * with other work wall time mostly measures the others, CPU time much less so. With --base, the
 * same figures for another checkout's build side by side (DIR/server/bin/keiyaku.js).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContractService } from "../server/src/language";
import { ROOT } from "./bench-inputs";
import { removeTempFolders, tempFolder } from "../test/helpers/temp-folders";
import { ms, table } from "./stats";

const FILES = 200;
const STARTS = 7;
const TEMPLATE = join(ROOT, "samples", "server-management.contract");

interface Timed {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function timed(args: readonly string[]): Timed {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S", process.execPath, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = result.stderr.trim().split("\n").pop() ?? "";
  const [wall, user, system] = last.split(" ").map(Number);
  return { wallMs: (wall ?? NaN) * 1000, cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000 };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function medianOf(runs: number, args: readonly string[]): Timed {
  const all = Array.from({ length: runs }, () => timed(args));
  return { wallMs: median(all.map((t) => t.wallMs)), cpuMs: median(all.map((t) => t.cpuMs)) };
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
  const node = medianOf(STARTS, ["-e", "0"]);
  const rows: string[][] = [["node -e 0", ms(node.wallMs), ms(node.cpuMs), "", ""]];
  const results: Record<string, unknown> = { nodeStart: node };
  for (const build of builds) {
    const start = medianOf(STARTS, [build.bin, "--version"]);
    const check = medianOf(3, [build.bin, "check", ...files]);
    rows.push([
      `${build.name}: keiyaku --version`,
      ms(start.wallMs),
      ms(start.cpuMs),
      `${(start.cpuMs / node.cpuMs).toFixed(2)}× node -e 0 (CPU; goal ≤ 1.5×)`,
      start.cpuMs / node.cpuMs <= 1.5 ? "met" : "NOT met",
    ]);
    rows.push([
      `${build.name}: keiyaku check, ${FILES} files, per file`,
      ms(check.wallMs / FILES),
      ms(check.cpuMs / FILES),
      "goal ≤ 4 ms per file (wall)",
      check.wallMs / FILES <= 4 ? "met" : "NOT met",
    ]);
    results[build.name] = { start, check };
  }
  const inProcess = inProcessPerFileMs(files);
  rows.push(["in process (warm): analyze + check, per file", ms(inProcess), "", "", ""]);
  console.log(`CLI (load average ${load.map((l) => l.toFixed(2)).join(" ")})`);
  console.log(table(["what", "wall", "CPU (user+sys)", "against", "verdict"], rows));
  writeFileSync(
    join(ROOT, "bench", "results", "cli.json"),
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
