/**
 * The extension's activation time in a real VS Code: the in-host end-to-end suite (test/e2e),
 * each run in a fresh code-server, so that every run is the extension's first activation in a new
 * extension host, caused by opening a .contract file. The suite's activation test writes what it
 * saw to a JSON file (ACTIVATION_JSON_ENV): VS Code's own record ("Load Code", the require() of
 * client/dist/extension.js; "Call Activate"; "Finish Activate") and activate()'s own measure.
 *
 * VS Code's figure is what its Running Extensions view shows: Load Code + Call Activate (+ Finish
 * Activate, for an activate() that returns a promise), in whole milliseconds (Date.now()). Its
 * Load Code and Finish Activate are spans with an await inside, so they also hold whatever else the
 * extension host ran meanwhile (at startup, the built-in extensions' activations): they vary a lot.
 * The bundle's load time alone is measured apart: require() of client/dist/extension.js in a
 * fresh process of the extension host's Node, with a stand-in for the vscode module (nothing calls
 * into it while the bundle loads; it only has to have the API's names).
 *
 *   node --import tsx bench/activation.ts [--runs N]      (default 3; builds first)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { removeTempFolders, tempFolder } from "../test/helpers/temp-folders";
import { join } from "node:path";
import { startCodeServer } from "../test/e2e/code-server";
import { ensureVsCode } from "../test/e2e/install-vscode";
import { IN_HOST_SUITE, NODE24, NODE24_VERSION } from "../test/e2e/paths";
import { buildInHostSuite, prepareWorkspace } from "../test/e2e/prepare";
import { runInHost } from "../test/e2e/run-in-host";
import { ACTIVATION_JSON_ENV, type ActivationFigures } from "../test/e2e/suite/activation-figures";
import { ROOT } from "./bench-inputs";
import { kb, ms, summarize, table } from "./stats";

const DEFAULT_RUNS = 3;
const SUITE_TIMEOUT_MS = 5 * 60 * 1000;
/** Each a fresh Node process: V8 compiles the bundle from scratch, as a new extension host does. */
const LOAD_RUNS = 15;
const EXTENSION_BUNDLE = join(ROOT, "client", "dist", "extension.js");
const VSCODE_TYPES = join(ROOT, "node_modules", "@types", "vscode", "index.d.ts");

// Run with `node -e SCRIPT BUNDLE TYPES`. Every name the vscode API exports becomes an inert
// function (a class to extend, an object to read from) so that the bundle's module-level code
// finds what it expects.
const LOAD_SCRIPT = `
const Module = require("node:module");
const { readFileSync } = require("node:fs");
const [bundle, types] = process.argv.slice(1);
const inert = () => new Proxy(function () {}, {
  get: (target, key) => (key === "prototype" ? target.prototype : inert()),
});
const names = readFileSync(types, "utf8").matchAll(/^\\texport (?:class|namespace|enum|const|function) (\\w+)/gm);
const vscode = Object.fromEntries([...names].map((m) => [m[1], inert()]));
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === "vscode" ? vscode : load.call(this, request, ...rest);
};
const start = performance.now();
require(bundle);
process.stdout.write(String(performance.now() - start));
`;

function loadTimeMs(): number {
  const out = execFileSync(NODE24, ["-e", LOAD_SCRIPT, EXTENSION_BUNDLE, VSCODE_TYPES], { encoding: "utf8" });
  const value = Number(out);
  if (!Number.isFinite(value)) throw new Error(`loading the bundle printed ${JSON.stringify(out)}`);
  return value;
}

function runsFrom(argv: readonly string[]): number {
  const index = argv.indexOf("--runs");
  if (index === -1) return DEFAULT_RUNS;
  const runs = Number(argv[index + 1]);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write("Usage: node --import tsx bench/activation.ts [--runs N]\n");
    process.exit(2);
  }
  return runs;
}

async function measureOnce(run: number): Promise<ActivationFigures> {
  const out = join(tempFolder("activation"), "activation.json");
  const server = await startCodeServer({
    workspace: prepareWorkspace(),
    smokeTestDriver: true,
    env: { [ACTIVATION_JSON_ENV]: out },
  });
  try {
    const result = await runInHost(server, ROOT, IN_HOST_SUITE, SUITE_TIMEOUT_MS, { quiet: true });
    if (result.exitCode !== 0) {
      throw new Error(`run ${run}: the in-host suite failed (${result.exitCode}):\n${result.output}`);
    }
  } finally {
    await server.stop();
  }
  return JSON.parse(readFileSync(out, "utf8")) as ActivationFigures;
}

async function main(): Promise<void> {
  const runs = runsFrom(process.argv.slice(2));
  // Measure what the sources build to now, the way `npm run build` builds it.
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: "inherit" });
  ensureVsCode((line) => console.log(line));
  await buildInHostSuite();
  const loads = Array.from({ length: LOAD_RUNS }, loadTimeMs);

  const figures: ActivationFigures[] = [];
  for (let run = 1; run <= runs; run++) {
    const started = Date.now();
    const measured = await measureOnce(run);
    figures.push(measured);
    const v = measured.vscode;
    console.log(
      `run ${run}/${runs} (${((Date.now() - started) / 1000).toFixed(0)} s): ` +
        `VS Code ${v.loadCodeMs + v.callActivateMs + v.finishActivateMs} ms ` +
        `(load ${v.loadCodeMs}, activate ${v.callActivateMs}, resolve ${v.finishActivateMs}; ${v.event}), ` +
        `activate() ${ms(measured.activateMs)}, server ready ${ms(measured.serverReadyMs)}`,
    );
  }

  // VS Code's figures are whole milliseconds: print them so.
  const whole = (value: number) => `${value} ms`;
  const metrics: readonly (readonly [string, (f: ActivationFigures) => number, (v: number) => string])[] = [
    [
      "activation as VS Code counts it",
      (f) => f.vscode.loadCodeMs + f.vscode.callActivateMs + f.vscode.finishActivateMs,
      whole,
    ],
    ["  Load Code (require extension.js)", (f) => f.vscode.loadCodeMs, whole],
    ["  Call Activate", (f) => f.vscode.callActivateMs, whole],
    ["  Finish Activate", (f) => f.vscode.finishActivateMs, whole],
    ["activate(), its own measure", (f) => f.activateMs, ms],
    ["language server running (not awaited)", (f) => f.serverReadyMs, ms],
  ];
  const rows = metrics.map(([name, of, format]) => {
    const samples = figures.map(of);
    const summary = summarize(samples);
    return [name, format(summary.median), format(summary.max), samples.map(format).join(", ")];
  });
  const load = summarize(loads);
  rows.push([
    `require(extension.js) alone, Node ${NODE24_VERSION}`,
    ms(load.median),
    ms(load.max),
    `${LOAD_RUNS} processes, min ${ms(load.min)}`,
  ]);
  const bundle = statSync(EXTENSION_BUNDLE).size;
  console.log(`\nActivation on opening a .contract file, ${runs} fresh code-server runs`);
  console.log(`client/dist/extension.js: ${kb(bundle)}\n`);
  console.log(table(["", "median", "max", "runs"], rows));

  const results = join(ROOT, "bench", "results");
  mkdirSync(results, { recursive: true });
  writeFileSync(
    join(results, "activation.json"),
    `${JSON.stringify({ date: new Date().toISOString(), extensionBytes: bundle, loadMs: loads, runs: figures }, null, 2)}\n`,
  );
}

main()
  // The code-server homes, browser profiles and workspaces of every run.
  .finally(removeTempFolders)
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
