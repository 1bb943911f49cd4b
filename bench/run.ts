/**
 * `npm run bench`: the performance benchmark. Times the pure language service (parse, check, render,
 * the whole pipeline) on 25 to 10,000 articles next to its baselines in the same run — JSON.parse of
 * as many bytes (the floor for reading text) and markdown-it on the contract's own Markdown (what a
 * plain Markdown preview costs) — then the language server over stdio (bench/lsp.ts), then the
 * extension's artefact sizes. Writes everything to bench/results/latest.json.
 *
 *   npm run bench                      everything (a few minutes on 2 cores)
 *   npm run bench -- --service         the language service only (bundled as it ships; --source: through tsx)
 *   npm run bench -- --lsp             the language server only
 *   npm run bench -- --comparison      the 新旧対照表 and 変更覚書 only (bench/comparison.ts)
 *   npm run bench -- --export          the DOCX export of the 25-article contract only (bench/export.ts)
 *   npm run bench -- --profile         where the time goes: CPU profiles of the pipeline on the smallest
 *                                      and largest sizes (bench/profile.ts), each check's cost (bench/rules.ts)
 *   npm run bench -- --sizes=25,1000   only these sizes
 *   npm run bench -- --keystrokes=200  type more (default 50; 10,000 articles stop after a minute)
 *   npm run bench -- --vsix=PATH       the package to weigh (default keiyaku.vsix)
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import MarkdownIt from "markdown-it";
import { benchInputs, ROOT, SIZES, type BenchInput } from "./bench-inputs";
import { comparisonReport, runComparisonBench, type ComparisonBenchResult } from "./comparison";
import { exportReport, runExportBench, type ExportResult } from "./export";
import { coreGoalReport } from "./core-goals";
import { runLspBench, lspReport, type LspResult } from "./lsp";
import { runProfile } from "./profile";
import { ruleCosts, ruleReport } from "./rules";
import { serviceBundle, type LanguageModule } from "./service-bundle";
import { mb, ms, ratioOfRounds, summarize, table, type RoundMedians, type Summary } from "./stats";

const RESULTS_DIR = join(ROOT, "bench", "results");

// Present when node runs with --expose-gc (the bench script passes it through tsx).
const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Results are folded into this so the optimiser can never prove a timed call's result unused and
 * drop the call.
 */
let sink = 0;
function consume(value: unknown): void {
  if (typeof value === "string" || Array.isArray(value)) sink += value.length;
  else if (value !== undefined && value !== null) sink += 1;
}

interface Plan {
  /** Untimed runs before an operation's first round (later rounds: a tenth, JIT is warm by then). */
  readonly warmup: number;
  /**
   * Operations take turns, a batch each per round: the VM's speed drifts by up to 2× over a
   * minute even when the machine is idle, and an operation timed in one block while another was
   * timed in the next compared two different machines (ratios at 25 articles flipped verdicts).
   */
  readonly rounds: number;
  readonly minRuns: number;
  readonly maxRuns: number;
  /** Stop adding runs after this long, once minRuns are in (over all rounds). */
  readonly budgetMs: number;
}

/**
 * Small inputs take a millisecond or less, so many runs are cheap and needed for a stable median;
 * 10,000 articles take a second or more a run, so a handful keeps the whole bench within minutes.
 */
function planFor(articles: number): Plan {
  // Microsecond operations (JSON.parse of 8 kB) need many runs to span more than a moment.
  if (articles <= 100) return { warmup: 200, rounds: 10, minRuns: 200, maxRuns: 20_000, budgetMs: 1_500 };
  if (articles <= 1_000) return { warmup: 5, rounds: 1, minRuns: 15, maxRuns: 60, budgetMs: 5_000 };
  return { warmup: 2, rounds: 1, minRuns: 5, maxRuns: 10, budgetMs: 12_000 };
}

/** One operation to time: `run` on a fresh `setup()` each time (setup is not timed). */
interface Timed<T> {
  readonly setup: () => T;
  readonly run: (input: T) => unknown;
}

/** An operation's runs: all samples, and each round's median. */
interface Measured extends Summary, Required<RoundMedians> {}

/**
 * One round's batch of one operation. One full GC before an operation's first batch clears what
 * came before; none before later batches, and none between runs: a forced GC shrinks the heap,
 * which then re-grows, and its sweeping runs beside the next runs on a two-core machine. Before
 * each run it made the next several times slower; before each batch it made check at 25
 * articles 1.7–2.3× slower (0.57–0.79 against 0.32–0.35 ms) and JSON.parse not at all. A run's
 * own GC work is part of what it costs; what another operation's garbage leaves to collect is
 * spread over every operation's batches alike.
 */
function batch<T>(plan: Plan, round: number, timed: Timed<T>): number[] {
  if (round === 0) gc?.();
  const warmup = round === 0 ? plan.warmup : Math.ceil(plan.warmup / 10);
  for (let i = 0; i < warmup; i++) consume(timed.run(timed.setup()));
  const samples: number[] = [];
  const started = performance.now();
  const [minRuns, maxRuns, budgetMs] = [plan.minRuns, plan.maxRuns, plan.budgetMs].map((n) =>
    Math.ceil(n / plan.rounds),
  ) as [number, number, number];
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - started < budgetMs)) {
    const input = timed.setup();
    const t0 = performance.now();
    const out = timed.run(input);
    samples.push(performance.now() - t0);
    consume(out);
  }
  return samples;
}

/** Every operation timed in turns, `plan.rounds` batches each. */
function measureAll<K extends string>(
  plan: Plan,
  operations: Readonly<Record<K, Timed<unknown>>>,
): Record<K, Measured> {
  const names = Object.keys(operations) as K[];
  const samples = new Map<K, number[][]>(names.map((name) => [name, []]));
  for (let round = 0; round < plan.rounds; round++) {
    for (const name of names) samples.get(name)?.push(batch(plan, round, operations[name]));
  }
  const measured = {} as Record<K, Measured>;
  for (const name of names) {
    const rounds = samples.get(name) ?? [];
    measured[name] = { ...summarize(rounds.flat()), roundMedians: rounds.map((r) => summarize(r).median) };
  }
  return measured;
}

type Operation = "JSON.parse" | "markdown-it" | "parse" | "reparse" | "check" | "render" | "pipeline";

const BASELINE_OF: Partial<Record<Operation, Operation>> = {
  parse: "JSON.parse",
  reparse: "parse",
  pipeline: "markdown-it",
};

const DESCRIPTION: Readonly<Record<Operation, string>> = {
  "JSON.parse": "baseline: JSON.parse of a JSON document of the same byte size",
  "markdown-it":
    "baseline: markdown-it (commonmark, as the renderer configures it) on the contract's Markdown",
  parse: "service.analyze(text) with its document, value scope and contract type built",
  reparse:
    "service.analyze(edited, previous): one character typed in the middle article, as the language server re-parses on a keystroke (moved blocks and the document are built only when used)",
  check: "service.check(analysis) on a fresh analysis (builds the index and facts it needs)",
  render: "service.renderHtmlBody(analysis) on a fresh analysis (builds the layout it needs)",
  pipeline: "analyze + check + renderHtmlBody",
};

interface OperationResult extends Measured {
  readonly operation: Operation;
  readonly mbPerSecond: number;
  /** Over the baseline, for parse and pipeline: the median of the rounds' ratios (ratioOfRounds). */
  readonly ratio: number | null;
  readonly baseline: Operation | null;
}

interface MemoryResult {
  /** Heap still used after a forced GC while one analysis, its findings and its HTML are held. */
  readonly retainedHeapBytes: number | null;
  readonly rssBytes: number;
  /** The process's RSS high-water so far; sizes run smallest first, so this is this size's peak. */
  readonly maxRssBytes: number;
}

interface ServiceResult {
  readonly articles: number;
  readonly bytes: number;
  readonly utf16Length: number;
  readonly diagnostics: number;
  readonly plan: Plan;
  readonly operations: readonly OperationResult[];
  readonly memory: MemoryResult;
}

function benchService(input: BenchInput, language: LanguageModule): ServiceResult {
  const service = language.createContractService();
  const md = new MarkdownIt("commonmark", { html: false, linkify: false, typographer: false });
  const { text, json } = input;
  const markdown = service.render(service.analyze(text), "markdown");
  const plan = planFor(input.articles);
  const none = () => undefined;
  const fresh = () => service.analyze(text);
  const middle = text.indexOf("。", text.length >> 1);
  const edited = `${text.slice(0, middle)}あ${text.slice(middle)}`;
  const previous = service.analyze(text);

  const timed = <T>(setup: () => T, run: (input: T) => unknown): Timed<unknown> =>
    ({ setup, run }) as Timed<unknown>;
  const summaries = measureAll<Operation>(plan, {
    "JSON.parse": timed(none, () => JSON.parse(json) as unknown),
    "markdown-it": timed(none, () => md.render(markdown)),
    parse: timed(none, () => {
      const analysis = service.analyze(text);
      consume([analysis.document, analysis.scope]);
      return analysis;
    }),
    reparse: timed(none, () => service.analyze(edited, previous).parse.blocks),
    check: timed(fresh, (analysis) => service.check(analysis)),
    render: timed(fresh, (analysis) => service.renderHtmlBody(analysis)),
    pipeline: timed(none, () => {
      const analysis = service.analyze(text);
      consume(service.check(analysis));
      return service.renderHtmlBody(analysis);
    }),
  });
  const operations = (Object.keys(summaries) as Operation[]).map((operation): OperationResult => {
    const summary = summaries[operation];
    const baseline = BASELINE_OF[operation] ?? null;
    return {
      operation,
      ...summary,
      mbPerSecond: input.bytes / 1e6 / (summary.median / 1e3),
      baseline,
      ratio: baseline === null ? null : ratioOfRounds(summary, summaries[baseline]),
    };
  });

  // Small analyses are held several times over so that their size stands clear of the heap's noise.
  const copies = Math.max(1, Math.round(1_000 / input.articles));
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const held = Array.from({ length: copies }, () => {
    const analysis = service.analyze(text);
    return { analysis, diagnostics: service.check(analysis), html: service.renderHtmlBody(analysis) };
  });
  gc?.();
  const after = process.memoryUsage().heapUsed;
  // Used after the GC above, so that it could not free them.
  consume(held);
  const diagnostics = held[0]?.diagnostics ?? [];
  const memory: MemoryResult = {
    retainedHeapBytes: gc === undefined ? null : (after - before) / copies,
    rssBytes: process.memoryUsage().rss,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };

  return {
    articles: input.articles,
    bytes: input.bytes,
    utf16Length: text.length,
    diagnostics: diagnostics.length,
    plan,
    operations,
    memory,
  };
}

/** 72.2× JSON.parse; a ratio well under 1 reads better as a fraction: 1/40 of parse. */
function ratioText(o: OperationResult): string {
  if (o.ratio === null) return "";
  const baseline = o.baseline ?? "";
  return o.ratio >= 0.5
    ? `${o.ratio.toFixed(1)}× ${baseline}`
    : `1/${Math.round(1 / o.ratio)} of ${baseline}`;
}

function serviceReport(results: readonly ServiceResult[], source: boolean): string {
  const rows = results.flatMap((r) =>
    r.operations.map((o) => [
      `${r.articles.toLocaleString("en-US")} (${mb(r.bytes)})`,
      o.operation,
      String(o.runs),
      ms(o.median),
      ms(o.p90),
      o.mbPerSecond.toFixed(2),
      ratioText(o),
    ]),
  );
  const memoryRows = results.map((r) => [
    r.articles.toLocaleString("en-US"),
    String(r.diagnostics),
    r.memory.retainedHeapBytes === null ? "— (no --expose-gc)" : mb(r.memory.retainedHeapBytes),
    mb(r.memory.maxRssBytes),
  ]);
  const growth = growthRows(results);
  return [
    `Language service (in process: ${source ? "the TypeScript source through tsx" : "bundled by esbuild as it ships"})`,
    table(["articles (size)", "operation", "runs", "median", "p90", "MB/s", "vs baseline"], rows),
    "",
    ...Object.entries(DESCRIPTION).map(([op, what]) => `  ${op}: ${what}`),
    "",
    table(["articles", "findings", "heap held by one analysis (after GC)", "RSS high-water"], memoryRows),
    ...(growth.length === 0
      ? []
      : [
          "",
          "Growth from 1,000 to 10,000 articles (10× the bytes; linear ≈ 10×)",
          table(["operation", "10,000 / 1,000"], growth),
        ]),
  ].join("\n");
}

function growthRows(results: readonly ServiceResult[]): string[][] {
  const small = results.find((r) => r.articles === 1_000);
  const large = results.find((r) => r.articles === 10_000);
  if (small === undefined || large === undefined) return [];
  return large.operations.map((o) => {
    const before = small.operations.find((s) => s.operation === o.operation);
    return [o.operation, before === undefined ? "—" : `${(o.median / before.median).toFixed(1)}×`];
  });
}

interface ArtefactResult {
  readonly extensionJsBytes: number | null;
  readonly serverJsBytes: number | null;
  readonly vsixBytes: number | null;
  readonly notes: readonly string[];
}

function artefacts(vsix: string): ArtefactResult {
  const size = (path: string) => (existsSync(path) ? statSync(path).size : null);
  const extensionJsBytes = size(join(ROOT, "client/dist/extension.js"));
  const serverJsBytes = size(join(ROOT, "server/dist/server.js"));
  const vsixBytes = size(vsix);
  const notes = [
    vsixBytes === null
      ? `${vsix} not found: run \`npm run package\` first to measure it.`
      : `package: ${vsix}`,
    extensionJsBytes === null ? "client/dist/extension.js not found: run `npm run build` first." : "",
    "Activation time needs a real VS Code: `node --import tsx bench/activation.ts` measures it in code-server.",
  ].filter((n) => n !== "");
  return { extensionJsBytes, serverJsBytes, vsixBytes, notes };
}

function artefactReport(result: ArtefactResult): string {
  const show = (bytes: number | null) => (bytes === null ? "—" : `${mb(bytes)} (${bytes} bytes)`);
  return [
    "Extension",
    table(
      ["artefact", "size"],
      [
        ["client/dist/extension.js", show(result.extensionJsBytes)],
        ["server/dist/server.js", show(result.serverJsBytes)],
        [".vsix", show(result.vsixBytes)],
      ],
    ),
    ...result.notes.map((n) => `  ${n}`),
  ].join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      service: { type: "boolean", default: false },
      lsp: { type: "boolean", default: false },
      comparison: { type: "boolean", default: false },
      export: { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      // The TypeScript through tsx instead of the bundle as it ships (service-bundle.ts).
      source: { type: "boolean", default: false },
      sizes: { type: "string" },
      keystrokes: { type: "string", default: "50" },
      // Where `npm run package` wrote the package (it takes --out too).
      vsix: { type: "string", default: join(ROOT, "keiyaku.vsix") },
    },
  });
  const sizes =
    values.sizes === undefined ? [...SIZES] : values.sizes.split(",").map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1))
    throw new Error(`--sizes: not a list of counts: ${values.sizes}`);
  mkdirSync(RESULTS_DIR, { recursive: true });

  if (values.profile) {
    const largest = Math.max(...sizes);
    for (const articles of [...new Set([Math.min(...sizes), largest])])
      await runProfile(articles, RESULTS_DIR);
    const costs = benchInputs([...new Set([Math.min(...sizes), largest])]).map((input) =>
      input.articles <= 100 ? ruleCosts(input, 200, 50) : ruleCosts(input, 3, 1),
    );
    const report = ruleReport(costs);
    writeFileSync(join(RESULTS_DIR, "rules.txt"), `${report}\n`);
    console.log(`\n${report}`);
    return;
  }
  const everything = !values.service && !values.lsp && !values.comparison && !values.export;
  // Other processes on a 2-core machine move every figure: the load is recorded with the results.
  const loadBefore = loadavg();
  if ((loadBefore[0] ?? 0) > cpus().length / 2) {
    console.warn(
      `note: load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")}: figures will be noisy.`,
    );
  }
  const inputs = benchInputs(sizes);
  if (gc === undefined) console.warn("note: run node with --expose-gc for GC between runs and heap figures.");

  const service: ServiceResult[] = [];
  if (everything || values.service) {
    const language = values.source
      ? ((await import("../server/src/language")) as LanguageModule)
      : await serviceBundle(RESULTS_DIR);
    for (const input of inputs) {
      process.stderr.write(`service: ${input.name} …\n`);
      service.push(benchService(input, language));
    }
    console.log(serviceReport(service, values.source));
    console.log("");
    console.log(coreGoalReport(service));
    console.log("");
  }

  let lsp: LspResult[] = [];
  if (everything || values.lsp) {
    const keystrokes = Number(values.keystrokes);
    if (!Number.isInteger(keystrokes) || keystrokes < 1)
      throw new Error(`--keystrokes: not a count: ${values.keystrokes}`);
    lsp = await runLspBench(inputs, (line) => process.stderr.write(`${line}\n`), keystrokes);
    console.log(lspReport(lsp));
    console.log("");
  }

  let comparison: ComparisonBenchResult[] = [];
  if (everything || values.comparison) {
    process.stderr.write("comparison: 25 and 1,000 articles …\n");
    comparison = runComparisonBench();
    console.log(comparisonReport(comparison));
    console.log("");
  }

  let documentExport: ExportResult | null = null;
  if (everything || values.export) {
    process.stderr.write("export: docx …\n");
    documentExport = await runExportBench();
    console.log(exportReport(documentExport));
    console.log("");
  }

  const extension = artefacts(resolve(values.vsix));
  console.log(artefactReport(extension));

  const out = join(RESULTS_DIR, "latest.json");
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: {
          node: process.version,
          cpus: cpus().length,
          cpu: cpus()[0]?.model ?? "unknown",
          memoryBytes: totalmem(),
          exposeGc: gc !== undefined,
          loadAverageBefore: loadBefore,
          loadAverageAfter: loadavg(),
        },
        inputs: inputs.map((i) => ({ articles: i.articles, bytes: i.bytes, utf16Length: i.text.length })),
        service,
        lsp,
        comparison,
        export: documentExport,
        extension,
        sink,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
