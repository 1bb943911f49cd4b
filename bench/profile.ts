/**
 * `npm run bench -- --profile`: runs bench/profile-target.ts under `node --cpu-prof` and sums the
 * profile by function and by file, so the report names where the time goes. The .cpuprofile stays
 * in bench/results/ for Chrome DevTools or VS Code.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "./bench-inputs";
import { table } from "./stats";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function fileOf(url: string): string {
  if (url === "") return "(native / V8)";
  const path = url.startsWith("file://") ? fileURLToPath(url) : url;
  const inRepo = relative(ROOT, path);
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(inRepo);
  if (modules?.[1] !== undefined) return `node_modules/${modules[1]}`;
  return inRepo.startsWith("..") ? path : inRepo;
}

const sources = new Map<string, readonly string[]>();

/**
 * tsx hands V8 its esbuild output, whose line numbers say nothing about the source; so for
 * TypeScript the line is where a function of that name is defined, found by name. The generated
 * parser and node_modules run as written, and keep the profile's own line.
 */
function lineOf(frame: CallFrame, file: string): string {
  if (!file.endsWith(".ts") || frame.functionName === "") return `${frame.lineNumber + 1}`;
  let lines = sources.get(file);
  if (lines === undefined) {
    lines = existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), "utf8").split("\n") : [];
    sources.set(file, lines);
  }
  const name = frame.functionName.replace(/^get /u, "").split(".").pop() ?? "";
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const definition = new RegExp(
    `(?:function\\*?\\s+${escaped}\\b|\\b(?:const|let)\\s+${escaped}\\s*=|^\\s*(?:get\\s+)?${escaped}\\s*[(:])`,
    "u",
  );
  const at = lines.findIndex((l) => definition.test(l));
  return at < 0 ? "?" : `${at + 1}`;
}

function functionOf(frame: CallFrame): string {
  const name = frame.functionName === "" ? "(anonymous)" : frame.functionName;
  if (frame.url === "") return name;
  const file = fileOf(frame.url);
  return `${name}  ${file}:${lineOf(frame, file)}`;
}

interface Totals {
  readonly totalMs: number;
  readonly selfByFunction: Map<string, number>;
  readonly inclusiveByFunction: Map<string, number>;
  readonly selfByFile: Map<string, number>;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

export function summarizeProfile(profile: CpuProfile): Totals {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfByFunction = new Map<string, number>();
  const inclusiveByFunction = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time since the previous sample, in microseconds.
    const spent = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (node === undefined) return;
    totalMs += spent;
    add(selfByFunction, functionOf(node.callFrame), spent);
    add(selfByFile, fileOf(node.callFrame.url), spent);
    // A recursive function is on the stack more than once but spent the time once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame === undefined) break;
      const key = functionOf(frame);
      if (!seen.has(key)) add(inclusiveByFunction, key, spent);
      seen.add(key);
    }
  });
  return { totalMs, selfByFunction, inclusiveByFunction, selfByFile };
}

function top(
  map: Map<string, number>,
  totalMs: number,
  count: number,
  keep: (key: string) => boolean = () => true,
) {
  return [...map.entries()]
    .filter(([key]) => keep(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, value]) => [key, `${value.toFixed(0)} ms`, `${((100 * value) / totalMs).toFixed(1)}%`]);
}

export function profileReport(totals: Totals): string {
  const ownCode = (key: string) => key.includes("server/src/") || key.includes("markdown-it");
  return [
    `CPU profile: ${totals.totalMs.toFixed(0)} ms sampled`,
    "",
    "Self time by file",
    table(["file", "self", "share"], top(totals.selfByFile, totals.totalMs, 20)),
    "",
    "Self time by function",
    table(["function  file:line", "self", "share"], top(totals.selfByFunction, totals.totalMs, 30)),
    "",
    "Inclusive time by function (Keiyaku and markdown-it only)",
    table(
      ["function  file:line", "inclusive", "share"],
      top(totals.inclusiveByFunction, totals.totalMs, 40, ownCode),
    ),
  ].join("\n");
}

export async function runProfile(articles: number, dir: string): Promise<void> {
  const name = `pipeline-${articles}.cpuprofile`;
  const child = spawn(
    process.execPath,
    [
      // tsx's loader flags, so the child runs TypeScript as this process does.
      ...process.execArgv,
      "--cpu-prof",
      `--cpu-prof-dir=${dir}`,
      `--cpu-prof-name=${name}`,
      join(__dirname, "profile-target.ts"),
      String(articles),
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`the profiled run failed (exit code ${code})`);
  const profile = JSON.parse(readFileSync(join(dir, name), "utf8")) as CpuProfile;
  const report = profileReport(summarizeProfile(profile));
  const out = join(dir, `profile-${articles}.txt`);
  writeFileSync(out, `${report}\n`);
  console.log(report);
  console.log(`\nwrote ${join(dir, name)} and ${out}`);
}
