/**
 * `npm run bench -- --responsiveness` (or `node --import tsx bench/lsp-responsiveness.ts`): is the
 * language server ever blocked? Issues 14 and 19's goals, measured through the real server over
 * stdio, with the server instrumented from inside (bench/server-monitor.cjs: every GC pause and
 * the event loop's longest delay).
 *
 * 10,000 articles: typing with pauses of 300–700 ms between keys (so that the full check, which
 * starts 300 ms into a pause, is running when the next key arrives); the editor's requests sent
 * right after an edit, each timed alone (hover, completion, codeAction, semanticTokens,
 * documentSymbol, keiyaku/render); VmRSS sampled every 50 ms throughout.
 * Hostile files (issue 14): open, and a trivial request every few milliseconds until the
 * diagnostics arrive: the longest wait is the longest synchronous step.
 *
 *   --server=PATH   the server entry to measure (default this tree's), to run a baseline build
 *   --keys=N        keystrokes at 10,000 articles (default 20)
 *   --out=NAME      the JSON file in bench/results/ (default responsiveness.json)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { benchInput, REFERENCE_PATH, ROOT } from "./bench-inputs";
import { memoryOf, startServer, typingPosition, type ServerProcess } from "./lsp";
import { chars, mb, ms, summarize, table, type Summary } from "./stats";

const MONITOR = join(ROOT, "bench", "server-monitor.cjs");
const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));

/** A block or GC pause inside the server: when it ended (epoch ms) and how long it was. */
interface MonitorEvent {
  readonly at: number;
  readonly ms: number;
  /** For a block (Linux): how long the main thread ran, and waited for a core, over it and one tick. */
  readonly runningMs?: number;
  readonly waitingMs?: number;
}

interface Monitor {
  readonly gcPausesMs: number[];
  readonly gcEvents?: readonly MonitorEvent[];
  readonly blocks?: readonly MonitorEvent[];
  readonly eventLoopDelayMaxMs: number;
  readonly eventLoopDelayP99Ms: number;
  /** process.memoryUsage() at the server's highest resident size, with its young generation. */
  readonly peakMemory?: PeakMemory | null;
}

interface PeakMemory {
  readonly at: number;
  readonly rss: number;
  readonly heapTotal: number;
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
  /** V8's new space (the young generation's semi-spaces). */
  readonly newSpace: number;
}

/** What the resident memory was made of at its highest, and in which phase. */
function peakMemoryText(peak: PeakMemory | null | undefined, phases: readonly Phase[]): string {
  if (peak === null || peak === undefined) return "—";
  const phase = phases.find((p) => peak.at >= p.start && peak.at <= p.end)?.name ?? "between phases";
  return `${mb(peak.rss)} during ${phase}: V8 heap ${mb(peak.heapTotal)} (used ${mb(peak.heapUsed)}, young generation ${mb(peak.newSpace)}), outside it ${mb(peak.external)} (Buffers ${mb(peak.arrayBuffers)})`;
}

/** A stretch of the bench (open, typing, one request kind …), in epoch ms as the monitor's events. */
interface Phase {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const epochNow = () => performance.timeOrigin + performance.now();

/** Records the bench's phases, to tell which one the server's blocks fell in. */
function phaseRecorder() {
  const phases: Phase[] = [];
  return {
    phases,
    async during<T>(name: string, work: () => Promise<T>): Promise<T> {
      const start = epochNow();
      try {
        return await work();
      } finally {
        phases.push({ name, start, end: epochNow() });
      }
    },
  };
}

/** The longest blocks (wall, and the server's running through one) and GC pause of a phase. */
interface PhaseBlocks {
  block: number;
  running: number;
  gc: number;
}

/** How long the server's main thread ran through a block, where the monitor could tell. */
function running(block: MonitorEvent): number {
  return Math.min(block.ms, block.runningMs ?? block.ms);
}

/** The longest block and GC pause inside the server that overlapped each phase name. */
function blocksByPhase(phases: readonly Phase[], monitor: Monitor | null): Record<string, PhaseBlocks> {
  const result: Record<string, PhaseBlocks> = {};
  for (const phase of phases) result[phase.name] ??= { block: 0, running: 0, gc: 0 };
  const overlaps = (e: MonitorEvent, p: Phase) => e.at >= p.start && e.at - e.ms <= p.end;
  for (const phase of phases) {
    const entry = result[phase.name];
    if (entry === undefined) continue;
    for (const e of monitor?.blocks ?? []) {
      if (!overlaps(e, phase)) continue;
      entry.block = Math.max(entry.block, e.ms);
      entry.running = Math.max(entry.running, running(e));
    }
    for (const e of monitor?.gcEvents ?? []) if (overlaps(e, phase)) entry.gc = Math.max(entry.gc, e.ms);
  }
  return result;
}

/** A deterministic sequence in [0, 1): the pauses are the same in every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

async function withMonitoredServer<T>(
  bin: string | undefined,
  label: string,
  run: (server: ServerProcess) => Promise<T>,
): Promise<{ result: T; monitor: Monitor | null; servingFrom: number }> {
  const file = join(tmpdir(), `keiyaku-bench-monitor-${process.pid}-${label}.json`);
  rmSync(file, { force: true });
  const server = await startServer({
    ...(bin === undefined ? {} : { bin }),
    execArgv: ["-r", MONITOR],
    env: { KEIYAKU_BENCH_MONITOR: file },
  });
  // From here the server answers: before it, loading its bundle (one step of ~60–90 ms, timed by
  // the monitor, which starts first) delays nothing but its own start.
  const servingFrom = epochNow();
  let result: T;
  try {
    result = await run(server);
  } finally {
    await server.stop();
  }
  let monitor: Monitor | null;
  try {
    monitor = JSON.parse(readFileSync(file, "utf8")) as Monitor;
  } catch {
    monitor = null;
  }
  rmSync(file, { force: true });
  return { result, monitor, servingFrom };
}

/** A VmRSS sample: when (epoch ms) and how much. */
interface RssSample {
  readonly at: number;
  readonly bytes: number;
}

/** The peak VmRSS seen while `work` runs, sampled every 50 ms, and the samples. */
async function peakRss<T>(
  pid: number,
  work: Promise<T>,
): Promise<{ value: T; peakBytes: number; samples: readonly RssSample[] }> {
  const samples: RssSample[] = [];
  let done = false;
  const sampling = (async () => {
    while (!done) {
      samples.push({ at: epochNow(), bytes: memoryOf(pid)?.vmRssBytes ?? 0 });
      await sleep(50);
    }
  })();
  try {
    const value = await work;
    return { value, peakBytes: Math.max(0, ...samples.map((s) => s.bytes)), samples };
  } finally {
    done = true;
    await sampling;
  }
}

/** The highest VmRSS sampled during each phase name. */
function rssByPhase(phases: readonly Phase[], samples: readonly RssSample[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const phase of phases) {
    const during = samples.filter((s) => s.at >= phase.start && s.at <= phase.end).map((s) => s.bytes);
    result[phase.name] = Math.max(result[phase.name] ?? 0, ...during);
  }
  return result;
}

const REQUESTS = [
  "textDocument/hover",
  "textDocument/completion",
  "textDocument/codeAction",
  "textDocument/semanticTokens/full",
  "textDocument/documentSymbol",
  "keiyaku/render",
] as const;
type RequestName = (typeof REQUESTS)[number];
/**
 * Each request is timed this many times, after an edit each: a p90 of ten is the second highest
 * (of five, it was the highest). One round before them is not timed: VS Code asks for the outline,
 * tokens and code actions after every pause in typing, so that a user's request after an edit
 * never meets the server's code for it cold, as the first request of a bench did (2–3× slower).
 */
const ROUNDS = 10;

export interface LargeResult {
  readonly keystrokesDuringCheck: Summary;
  readonly requestsAfterEdit: Record<RequestName, Summary>;
  /** The same to the answer's last byte at the client, before the client decoded and parsed it. */
  readonly deliveredAfterEdit: Record<RequestName, Summary>;
  /**
   * Each answer's size and what reading it costs the client alone (JSON.parse of its text, in this
   * process): a floor under the round trip that no server can lower but by answering less.
   */
  readonly answers: Record<RequestName, { readonly chars: number; readonly clientParse: Summary }>;
  readonly rssAfterTypingBytes: number;
  readonly peakRssBytes: number;
  /** The peak VmRSS while the server answered keiyaku/render right after edits. */
  readonly renderPeakRssBytes: number;
  /** The longest block and GC pause inside the server during each phase. */
  readonly phases: Record<string, PhaseBlocks>;
  /** The highest VmRSS sampled during each phase: where the peak is reached. */
  readonly peakRssByPhase: Record<string, number>;
  /** What the server's memory was made of at its highest (the monitor's sample, every 50 ms). */
  readonly peakMemory: string;
  readonly monitor: Monitor | null;
  /** When the server had answered initialize (epoch ms): the longest step counts from here. */
  readonly servingFrom: number;
}

async function largeContract(bin: string | undefined, keys: number): Promise<LargeResult> {
  const input = benchInput(readFileSync(REFERENCE_PATH, "utf8"), 10_000);
  const uri = "file:///bench/responsiveness-10000.contract";
  const recorder = phaseRecorder();
  const { result, monitor, servingFrom } = await withMonitoredServer(bin, "large", async (server) => {
    const work = (async () => {
      let version = 1;
      await recorder.during("open", async () => {
        const opened = server.nthDiagnostics(uri, version, 1);
        await server.notify("textDocument/didOpen", {
          textDocument: { uri, languageId: "contract", version, text: input.text },
        });
        await opened;
      });
      const position = typingPosition(input);
      const type = async () => {
        version += 1;
        const at = { ...position };
        position.character += 1;
        const first = server.diagnostics(uri, version);
        const t0 = performance.now();
        await server.notify("textDocument/didChange", {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: at, end: at }, text: "あ" }],
        });
        return (await first).at - t0;
      };
      // Typing during the full check: it starts 300 ms into each pause, so every key after a pause
      // of 300–700 ms arrives while it runs.
      const random = seeded(19);
      const keystrokes: number[] = [];
      await recorder.during("typing during the full check", async () => {
        for (let i = 0; i < keys; i++) {
          keystrokes.push(await type());
          await sleep(300 + Math.round(random() * 400));
        }
        await server.nthDiagnostics(uri, version, 2);
      });
      const rssAfterTypingBytes = memoryOf(server.pid)?.vmRssBytes ?? 0;
      // Each request alone, sent right after an edit, so that it meets the new version.
      const latencies = Object.fromEntries(REQUESTS.map((r) => [r, [] as number[]])) as Record<
        RequestName,
        number[]
      >;
      const delivered = Object.fromEntries(REQUESTS.map((r) => [r, [] as number[]])) as Record<
        RequestName,
        number[]
      >;
      const answers = Object.fromEntries(
        REQUESTS.map((r) => [r, { chars: 0, parseMs: [] as number[] }]),
      ) as Record<RequestName, { chars: number; parseMs: number[] }>;
      let renderPeakRssBytes = 0;
      for (let round = -1; round < ROUNDS; round++) {
        for (const method of REQUESTS) {
          const ask = () =>
            recorder.during(method, async () => {
              await type();
              const textDocument = { uri };
              const t0 = performance.now();
              const answer = await server.request(method, {
                textDocument,
                position,
                range: { start: position, end: position },
                context: { diagnostics: [] },
              });
              const [answered, lastByte] = [performance.now(), server.lastOutputAt()];
              await server.nthDiagnostics(uri, version, 2);
              // The warm-up round's blocks and GC pauses still count in the phases' figures.
              if (round < 0) return;
              latencies[method].push(answered - t0);
              delivered[method].push(lastByte - t0);
              const json = JSON.stringify(answer) ?? "null";
              const p0 = performance.now();
              JSON.parse(json);
              answers[method].parseMs.push(performance.now() - p0);
              answers[method].chars = json.length;
            });
          if (method === "keiyaku/render") {
            const { peakBytes } = await peakRss(server.pid, ask());
            renderPeakRssBytes = Math.max(renderPeakRssBytes, peakBytes);
          } else await ask();
        }
      }
      return { keystrokes, latencies, delivered, answers, rssAfterTypingBytes, renderPeakRssBytes };
    })();
    const { value, peakBytes, samples } = await peakRss(server.pid, work);
    return { ...value, peakBytes, samples, hwm: memoryOf(server.pid)?.vmHwmBytes ?? 0 };
  });
  return {
    keystrokesDuringCheck: summarize(result.keystrokes),
    requestsAfterEdit: Object.fromEntries(REQUESTS.map((r) => [r, summarize(result.latencies[r])])) as Record<
      RequestName,
      Summary
    >,
    deliveredAfterEdit: Object.fromEntries(
      REQUESTS.map((r) => [r, summarize(result.delivered[r])]),
    ) as Record<RequestName, Summary>,
    answers: Object.fromEntries(
      REQUESTS.map((r) => [
        r,
        { chars: result.answers[r].chars, clientParse: summarize(result.answers[r].parseMs) },
      ]),
    ) as LargeResult["answers"],
    rssAfterTypingBytes: result.rssAfterTypingBytes,
    peakRssBytes: Math.max(result.peakBytes, result.hwm),
    renderPeakRssBytes: result.renderPeakRssBytes,
    phases: blocksByPhase(recorder.phases, monitor),
    peakRssByPhase: rssByPhase(recorder.phases, result.samples),
    peakMemory: peakMemoryText(monitor?.peakMemory, recorder.phases),
    monitor,
    servingFrom,
  };
}

/**
 * The longest block (over the monitor's 30 ms threshold, else 0) that began once the server was
 * serving, and the longest before: its start-up. `running` is the longest time the server's main
 * thread ran through a block (where the monitor could tell, else the block): what the server's own
 * work took, without the time a busy machine left it waiting for a core.
 */
function longestBlocks(
  monitor: Monitor | null,
  servingFrom: number,
): { serving: number; running: number; startUp: number } {
  const blocks = monitor?.blocks ?? [];
  const began = (b: MonitorEvent) => b.at - b.ms;
  const serving = blocks.filter((b) => began(b) >= servingFrom);
  return {
    serving: Math.max(0, ...serving.map((b) => b.ms)),
    running: Math.max(0, ...serving.map(running)),
    startUp: Math.max(0, ...blocks.filter((b) => began(b) < servingFrom).map((b) => b.ms)),
  };
}

/** A block's running and wall time; 0 is the monitor's "none over its 30 ms threshold". */
function blockText(running: number, wall: number): string {
  return wall === 0 ? "none over 30 ms" : `${ms(running)}; ${ms(wall)}`;
}

/** Files that froze the server: issue 14's, and one long block. */
export const HOSTILE: readonly { readonly name: string; readonly text: () => string }[] = [
  { name: "前文 + 100,000 × {x} on one line", text: () => `前文\n${"{x}".repeat(100_000)}\n` },
  {
    name: "8,000 × （以下「用語N」という。） on one line",
    text: () =>
      `契約書「テスト契約書」\n\n第1条（定義）\n${Array.from({ length: 8_000 }, (_, i) => `（以下「用語${i}」という。）`).join("")}\n`,
  },
  {
    name: "50,000 articles, each an undefined {月額報酬}",
    text: () =>
      `契約書「テスト契約書」\n\n${Array.from({ length: 50_000 }, (_, i) => `第${i + 1}条（報酬）\n甲は{月額報酬}を払う。\n`).join("\n")}`,
  },
  // Not one of issue 14's: one block of 100,000 lines was read, and re-read on every keystroke in
  // it, in one step (parse/parted-block.ts).
  {
    name: "one article of 100,000 lines",
    text: () => `契約書「テスト契約書」\n\n第1条（目的）\n${"甲は乙に業務を委託する。\n".repeat(100_000)}`,
  },
];

export interface HostileResult {
  readonly name: string;
  readonly bytes: number;
  readonly firstRequestMs: number;
  readonly longestWaitMs: number;
  /** The longest wait of a trivial request from a keystroke until its complete diagnostics. */
  readonly longestWaitAfterEditMs: number;
  readonly diagnosticsMs: number;
  readonly monitor: Monitor | null;
  /** When the server had answered initialize (epoch ms): its start-up is not the file's doing. */
  readonly servingFrom: number;
}

async function hostile(bin: string | undefined, index: number): Promise<HostileResult> {
  const file = HOSTILE[index];
  if (file === undefined) throw new Error(`no hostile file ${index}`);
  const text = file.text();
  const uri = `file:///bench/hostile-${index}.contract`;
  const { result, monitor, servingFrom } = await withMonitoredServer(
    bin,
    `hostile-${index}`,
    async (server) => {
      /** Trivial requests every 5 ms until `until` settles: how long each waited. */
      const waitsUntil = async (until: Promise<unknown>) => {
        let done = false;
        void until.then(() => (done = true));
        const waits: number[] = [];
        while (!done) {
          const p0 = performance.now();
          await server.request("textDocument/foldingRange", { textDocument: { uri } }).catch(() => null);
          waits.push(performance.now() - p0);
          await sleep(5);
        }
        return waits;
      };
      const opened = server.diagnostics(uri, 1);
      const t0 = performance.now();
      await server.notify("textDocument/didOpen", {
        textDocument: { uri, languageId: "contract", version: 1, text },
      });
      const waits = await waitsUntil(opened);
      const diagnosticsMs = (await opened).at - t0;
      // One keystroke at the start of the last line (the giant line itself in the first two files),
      // and trivial requests until its complete diagnostics (carried, then the full check).
      const lines = text.split("\n");
      const line = lines.reduce((last, l, i) => (l.length > 0 ? i : last), 0);
      const checked = server.nthDiagnostics(uri, 2, 2);
      await server.notify("textDocument/didChange", {
        textDocument: { uri, version: 2 },
        contentChanges: [
          { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: "あ" },
        ],
      });
      const editWaits = await waitsUntil(checked);
      return { diagnosticsMs, waits, editWaits };
    },
  );
  return {
    name: file.name,
    bytes: Buffer.byteLength(text),
    firstRequestMs: result.waits[0] ?? 0,
    longestWaitMs: Math.max(0, ...result.waits),
    longestWaitAfterEditMs: Math.max(0, ...result.editWaits),
    diagnosticsMs: result.diagnosticsMs,
    monitor,
    servingFrom,
  };
}

export interface ResponsivenessResult {
  /** Null with `--hostile-only`. */
  readonly large: LargeResult | null;
  readonly hostile: readonly HostileResult[];
}

export async function runResponsiveness(
  bin: string | undefined,
  keys: number,
  log: (line: string) => void,
  hostileOnly = false,
): Promise<ResponsivenessResult> {
  if (!hostileOnly) log("responsiveness: 10,000 articles …");
  const large = hostileOnly ? null : await largeContract(bin, keys);
  const results: HostileResult[] = [];
  for (const [i, file] of HOSTILE.entries()) {
    log(`responsiveness: ${file.name} …`);
    results.push(await hostile(bin, i));
  }
  return { large, hostile: results };
}

const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
const gcMax = (m: Monitor | null) => (m === null ? Number.NaN : Math.max(0, ...m.gcPausesMs));
const gcOver = (m: Monitor | null, limit: number) =>
  m === null ? "—" : String(m.gcPausesMs.filter((p) => p > limit).length);

function largeReport(large: LargeResult): string[] {
  const p90s = REQUESTS.filter((m) => m !== "keiyaku/render").map((m) => large.deliveredAfterEdit[m].p90);
  const blocks = longestBlocks(large.monitor, large.servingFrom);
  const rows: string[][] = [
    [
      "keystroke p90 while the full check runs (300–700 ms pauses)",
      ms(large.keystrokesDuringCheck.p90),
      "≤ 50 ms",
      verdict(large.keystrokesDuringCheck.p90 <= 50),
    ],
    // Judged when the answer's last byte reaches the client: what the server and the pipe take.
    // The client's own reading comes after it, and for the outline (3.2 million characters) it is
    // most of the round trip: decoding and JSON.parse take 35–60 ms whatever the server does.
    ...REQUESTS.filter((m) => m !== "keiyaku/render").map((m) => [
      `${m} right after an edit: last byte at the client p90 (p50); read by the client p90 (p50)`,
      `${ms(large.deliveredAfterEdit[m].p90)} (${ms(large.deliveredAfterEdit[m].median)}); ${ms(large.requestsAfterEdit[m].p90)} (${ms(large.requestsAfterEdit[m].median)})`,
      "≤ 50 ms",
      verdict(large.deliveredAfterEdit[m].p90 <= 50),
    ]),
    // The preview lays out and renders 2.6 MB: issue 19 asks that it never block long (in slices),
    // not that it answer in 50 ms.
    [
      "keiyaku/render right after an edit, p90 (p50); longest block meanwhile",
      `${ms(large.requestsAfterEdit["keiyaku/render"].p90)} (${ms(large.requestsAfterEdit["keiyaku/render"].median)}); ${blockText(large.phases["keiyaku/render"]?.running ?? Number.NaN, large.phases["keiyaku/render"]?.block ?? Number.NaN)}`,
      "block ≤ 50 ms",
      verdict((large.phases["keiyaku/render"]?.running ?? Infinity) <= 50),
    ],
    [
      "longest synchronous step once serving (blocks over 30 ms): the server running; wall",
      large.monitor === null ? "—" : blockText(blocks.running, blocks.serving),
      "≤ 50 ms",
      verdict(large.monitor !== null && blocks.running <= 50),
    ],
    [
      "longest GC pause (pauses > 50 ms)",
      `${ms(gcMax(large.monitor))} (${gcOver(large.monitor, 50)})`,
      "≤ 50 ms",
      verdict(gcMax(large.monitor) <= 50),
    ],
    [
      "VmRSS after typing",
      mb(large.rssAfterTypingBytes),
      "≤ 300 MB",
      verdict(large.rssAfterTypingBytes <= 300e6),
    ],
    [
      "VmRSS peak during keiyaku/render (sampled)",
      mb(large.renderPeakRssBytes),
      "≤ 300 MB",
      verdict(large.renderPeakRssBytes <= 300e6),
    ],
    [
      "VmRSS peak (typing, requests, render)",
      mb(large.peakRssBytes),
      "≤ 300 MB",
      verdict(large.peakRssBytes <= 300e6),
    ],
  ];
  return [
    "Responsiveness at 10,000 articles (one server; issue 19)",
    table(["figure", "measured", "goal", "verdict"], rows),
    `  all requests after an edit (but the render), their last byte at the client p90 ≤ 50 ms: ${verdict(p90s.every((p) => p <= 50))}`,
    `  at the server's highest resident size: ${large.peakMemory}`,
    `  start-up before initialize is answered (loading the bundle): ${ms(blocks.startUp)}; event loop delay max over the whole run, start-up included: ${ms(large.monitor?.eventLoopDelayMaxMs ?? Number.NaN)}`,
    `  each answer's size and the client's JSON.parse of it alone (median): ${REQUESTS.map(
      (m) =>
        `${m.replace(/^textDocument\//u, "")} ${chars(large.answers[m].chars)} ${ms(large.answers[m].clientParse.median)}`,
    ).join(", ")}`,
    "",
    "Longest block (the server running through it; wall), GC pause (goal ≤ 50 ms each) and VmRSS peak of the server, by phase",
    table(
      ["phase", "longest block: running; wall", "longest GC pause", "verdict", "VmRSS peak"],
      Object.entries(large.phases).map(([name, p]) => [
        name,
        blockText(p.running, p.block),
        ms(p.gc),
        verdict(p.running <= 50 && p.gc <= 50),
        mb(large.peakRssByPhase[name] ?? 0),
      ]),
    ),
    "",
  ];
}

/** A hostile file's longest block once its server served (the bundle's loading is not the file's). */
function hostileBlockText(h: HostileResult): string {
  if (h.monitor === null) return "—";
  const { running, serving } = longestBlocks(h.monitor, h.servingFrom);
  return blockText(running, serving);
}

export function responsivenessReport(r: ResponsivenessResult): string {
  const hostileRows = r.hostile.map((h) => [
    `${h.name} (${mb(h.bytes)})`,
    ms(h.firstRequestMs),
    ms(h.longestWaitMs),
    hostileBlockText(h),
    ms(h.diagnosticsMs),
    ms(h.longestWaitAfterEditMs),
    verdict(Math.max(h.longestWaitMs, h.longestWaitAfterEditMs) <= 200),
  ]);
  return [
    ...(r.large === null ? [] : largeReport(r.large)),
    "Hostile files (issue 14): a folding-range request every 5 ms from open until the diagnostics,",
    "and from a keystroke until its complete diagnostics; the goal: no wait over 200 ms",
    table(
      [
        "file",
        "first request",
        "longest wait (open)",
        "longest block once serving: running; wall",
        "diagnostics",
        "longest wait (edit)",
        "≤ 200 ms",
      ],
      hostileRows,
    ),
  ].join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      server: { type: "string" },
      keys: { type: "string", default: "20" },
      // Only the hostile files: a quick check of the parse and first-request waits.
      "hostile-only": { type: "boolean", default: false },
      out: { type: "string", default: "responsiveness.json" },
    },
  });
  const result = await runResponsiveness(
    values.server,
    Number(values.keys),
    (l) => process.stderr.write(`${l}\n`),
    values["hostile-only"],
  );
  console.log(responsivenessReport(result));
  const out = join(ROOT, "bench", "results", values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), loadAverage: loadavg(), result })}\n`,
  );
  console.log(`\nwrote ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
