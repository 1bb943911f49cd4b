/**
 * The long fuzz run: `npm run fuzz -- [--minutes N] [--seed S] [--only NAME[,NAME]] [--runs N]`.
 * The unit suite checks the same properties with a fixed seed so that CI is repeatable; this run
 * picks a new seed each time, so that every run explores inputs no earlier run saw. The seed is
 * printed first: `--seed S` replays the run, and each failure prints the batch seed that replays it
 * on its own. Exits 1 if any property failed.
 */
import fc from "fast-check";
import { PROPERTIES, SLOW_MS, slowest, type FuzzProperty } from "./properties";

interface Options {
  readonly minutes: number;
  readonly seed: number;
  readonly only: readonly string[] | null;
  /** Runs per batch: a property is checked in batches, round-robin, until time is up. */
  readonly runs: number;
}

const USAGE =
  "usage: tsx test/fuzz/fuzz.ts [--minutes N] [--seed S] [--only NAME[,NAME]] [--runs N]\n" +
  `properties: ${PROPERTIES.map((p) => p.name).join(", ")}`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function numberArgument(flag: string, value: string | undefined, integer: boolean): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < 0)
    fail(`${flag} needs a ${integer ? "whole " : ""}number, got ${value ?? "nothing"}`);
  return n;
}

function parseArguments(argv: readonly string[]): Options {
  let minutes = 3;
  // 31 bits, so that seed + batch stays a safe, positive int for fast-check.
  let seed = Math.floor(Math.random() * 0x7fffffff);
  let only: string[] | null = null;
  let runs = 100;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === "--minutes") minutes = numberArgument(flag, value, false);
    else if (flag === "--seed") seed = numberArgument(flag, value, true);
    else if (flag === "--runs") runs = Math.max(1, numberArgument(flag, value, true));
    else if (flag === "--only") only = (value ?? "").split(",").filter((n) => n.length > 0);
    else if (flag === "--help" || flag === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown argument ${flag}`);
    i++;
  }
  if (only !== null && only.length === 0) fail("--only needs property names");
  const unknown = (only ?? []).filter((n) => !PROPERTIES.some((p) => p.name === n));
  if (unknown.length > 0) fail(`unknown property ${unknown.join(", ")}`);
  return { minutes, seed, only, runs };
}

interface Failure {
  readonly property: string;
  readonly seed: number;
  readonly path: string | null;
  readonly counterexample: unknown;
  readonly error: string;
  readonly runs: number;
  /** How many batches failed the same way. */
  count: number;
}

/**
 * Failures with the same property and first line of message, numbers aside, are one bug met
 * again; they are counted, not printed again.
 */
function failureKey(property: string, error: string): string {
  const first = error.split("\n").find((l) => l.trim().length > 0) ?? "";
  return `${property}\u0000${first.replace(/\d+/g, "N")}`;
}

function errorText(details: fc.RunDetails<unknown[]>): string {
  const error = details.errorInstance;
  if (error instanceof Error) return error.message;
  return error === undefined || error === null ? "failed without an error" : String(error);
}

function show(value: unknown): string {
  return JSON.stringify(value, null, 1) ?? String(value);
}

function report(failure: Failure): void {
  process.stdout.write(
    [
      "",
      `✗ ${failure.property} (batch seed ${failure.seed}, path ${failure.path ?? "-"})`,
      `  replay: npx tsx test/fuzz/fuzz.ts --only ${failure.property} --seed ${failure.seed} --runs ${failure.runs} --minutes 0`,
      `  input:  ${show(failure.counterexample)}`,
      `  error:  ${failure.error.split("\n").slice(0, 12).join("\n          ")}`,
      "",
    ].join("\n"),
  );
}

function runBatch(property: FuzzProperty, seed: number, numRuns: number): fc.RunDetails<unknown[]> {
  return fc.check(property.property, { seed, numRuns });
}

function main(): void {
  const options = parseArguments(process.argv.slice(2));
  const selected = PROPERTIES.filter((p) => options.only === null || options.only.includes(p.name));
  process.stdout.write(
    `keiyaku fuzz: seed ${options.seed}, ${options.minutes} min, ${options.runs} runs a batch\n` +
      `  replay with: npx tsx test/fuzz/fuzz.ts --seed ${options.seed}\n` +
      selected.map((p) => `  ${p.name}: ${p.summary}\n`).join(""),
  );
  const started = Date.now();
  const deadline = started + options.minutes * 60_000;
  const failures = new Map<string, Failure>();
  const runs = new Map<string, number>(selected.map((p) => [p.name, 0]));
  let batch = 0;
  let lastProgress = started;
  // At least one batch of each property, however short the time given.
  while (batch === 0 || Date.now() < deadline) {
    for (const property of selected) {
      if (batch > 0 && Date.now() >= deadline) break;
      const seed = (options.seed + batch) % 0x7fffffff;
      const details = runBatch(property, seed, options.runs);
      runs.set(property.name, (runs.get(property.name) ?? 0) + details.numRuns);
      if (!details.failed) continue;
      const error = errorText(details);
      const key = failureKey(property.name, error);
      const known = failures.get(key);
      if (known !== undefined) {
        known.count++;
        continue;
      }
      const failure: Failure = {
        property: property.name,
        seed,
        path: details.counterexamplePath,
        counterexample: details.counterexample,
        error,
        runs: options.runs,
        count: 1,
      };
      failures.set(key, failure);
      report(failure);
    }
    batch++;
    if (Date.now() - lastProgress > 30_000) {
      lastProgress = Date.now();
      const seconds = Math.round((lastProgress - started) / 1000);
      process.stdout.write(`  … ${seconds}s, ${batch} batches, ${failures.size} distinct failures\n`);
    }
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`\ndone in ${seconds}s (seed ${options.seed}):\n`);
  for (const [name, n] of runs) process.stdout.write(`  ${name}: ${n} inputs\n`);
  for (const [name, slow] of slowest) {
    process.stdout.write(
      `  slow: ${name} took ${Math.round(slow.ms)} ms (over ${SLOW_MS} ms) on ${show(slow.input).slice(0, 400)}\n`,
    );
  }
  if (failures.size === 0) {
    process.stdout.write("no failures\n");
    return;
  }
  process.stdout.write(`${failures.size} distinct failures:\n`);
  for (const f of failures.values()) {
    process.stdout.write(`  ${f.property} ×${f.count}: ${f.error.split("\n")[0]} (seed ${f.seed})\n`);
  }
  process.exitCode = 1;
}

main();
