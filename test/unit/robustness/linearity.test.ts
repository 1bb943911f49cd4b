/**
 * Runs in a process of its own (`npm run test:linearity`, left out of .mocharc.json): CPU time
 * counts the garbage collector's threads too, and after the rest of the suite the heap is large
 * enough that a 10n parse measured 16× its n in one full run, 7× here.
 *
 * Every stage and every rule is linear in its input: on each worst-case shape, the cost at 10n is
 * at most 15 times the cost at n (a quadratic stage would be 100 times). Costs are the process's
 * CPU time (not wall-clock time, which on a shared, loaded machine measures the other processes
 * too), minimums over a few repetitions, with a floor so that a stage that takes no measurable time at n
 * cannot fail on timer noise; the sizes are chosen so that a quadratic stage at 10n would take
 * seconds, far above the floor. On a shared, loaded machine one measurement can be slow for
 * reasons of its own (another process, a major collection), so a stage that looks too slow is
 * measured again, after a collection, before it fails: a quadratic stage fails every time.
 */
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { drain } from "../../../server/src/language/steps";
import { analyze, type Analysis } from "../../../server/src/language/model/analysis";
import { RULES } from "../../../server/src/language/check/registry";
import { checkSetup } from "../../../server/src/language/check/check-setup";
import { checkViews } from "../../../server/src/language/check/check-views";
import { DEFAULT_CHECK_OPTIONS } from "../../../server/src/language/check/run-checks";
import { formatText } from "../../../server/src/language/features/format";
import { createContractService, RENDER_FORMATS } from "../../../server/src/language/service";
import { WORST_CASES } from "../../helpers/worst-cases";

const service = createContractService();
const GROWTH = 15;
const FLOOR_MS = 30;
const REPETITIONS = 2;
const RETRIES = 4;

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

type Costs = Map<string, number>;

function stagesOf(text: string): [string, (analysis: Analysis) => void][] {
  return [
    ["views", (a) => drain(a.prepareInSteps())],
    ...RULES.map((rule): [string, (a: Analysis) => void] => [
      `rule ${rule.name}`,
      (a) => {
        const setup = checkSetup(a, DEFAULT_CHECK_OPTIONS);
        rule.check({
          analysis: a,
          index: a.index,
          facts: a.facts,
          setup,
          views: checkViews(a, setup.contractType),
          report: () => undefined,
        });
      },
    ]),
    ...RENDER_FORMATS.map((format): [string, (a: Analysis) => void] => [
      `render ${format}`,
      (a) => service.render(a, format),
    ]),
    ["format", (a) => formatText(a)],
    ["reparse after a keystroke", (a) => analyze(`${text}あ`, a).document],
  ];
}

const PARSE = "parse";

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function measureOnce(text: string, costs: Costs, only?: ReadonlySet<string>): void {
  const keep = (name: string, ms: number) => costs.set(name, Math.min(costs.get(name) ?? Infinity, ms));
  const wanted = (name: string) => only === undefined || only.has(name);
  let start = cpuMs();
  const analysis = analyze(text);
  void analysis.document;
  if (wanted(PARSE)) keep(PARSE, cpuMs() - start);
  for (const [name, stage] of stagesOf(text)) {
    if (!wanted(name)) {
      // Still run, untimed: a later stage may rely on what this one built.
      if (name === "views") stage(analysis);
      continue;
    }
    start = cpuMs();
    stage(analysis);
    keep(name, cpuMs() - start);
  }
}

function measure(text: string, costs: Costs = new Map(), only?: ReadonlySet<string>): Costs {
  for (let i = 0; i < REPETITIONS; i++) {
    collectGarbage();
    measureOnce(text, costs, only);
  }
  return costs;
}

function slowStages(small: Costs, large: Costs): string[] {
  return [...large]
    .filter(([name, ms]) => ms > GROWTH * Math.max(small.get(name) ?? 0, FLOOR_MS))
    .map(([name]) => name);
}

function report(small: Costs, large: Costs): string[] {
  return slowStages(small, large).map(
    (name) => `${name}: ${(small.get(name) ?? 0).toFixed(1)} ms → ${(large.get(name) ?? 0).toFixed(1)} ms`,
  );
}

describe("linearity: every stage and rule on worst-case inputs at n and 10n", function () {
  this.timeout(300000);

  for (const shape of WORST_CASES) {
    it(shape.name, () => {
      const [smallText, largeText] = [shape.build(shape.n), shape.build(10 * shape.n)];
      const small = measure(smallText);
      const large = measure(largeText);
      for (let retry = 0; retry < RETRIES && slowStages(small, large).length > 0; retry++) {
        measure(largeText, large, new Set(slowStages(small, large)));
      }
      assert.deepEqual(report(small, large), [], `grew more than ${GROWTH}× from n to 10n`);
    });
  }
});
