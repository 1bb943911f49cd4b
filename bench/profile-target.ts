/**
 * What bench/profile.ts runs under `node --cpu-prof`: the whole pipeline on one generated input,
 * repeated so that the profile shows a warm pipeline and not only start-up — a few times for
 * 10,000 articles, over a thousand times for 25.
 */
import { benchInputs } from "./bench-inputs";
import { createContractService } from "../server/src/language";
import { ms, summarize } from "./stats";

const articles = Number(process.argv[2] ?? "10000");
const runs = Math.max(4, Math.round(40_000 / articles));
const [input] = benchInputs([articles]);
if (input === undefined) throw new Error("no input");
const service = createContractService();
const times = { parse: [] as number[], check: [] as number[], render: [] as number[] };
let findings = 0;
for (let run = 0; run < runs; run++) {
  const t0 = performance.now();
  const analysis = service.analyze(input.text);
  const t1 = performance.now();
  findings = service.check(analysis).length;
  const t2 = performance.now();
  service.renderHtmlBody(analysis);
  const t3 = performance.now();
  times.parse.push(t1 - t0);
  times.check.push(t2 - t1);
  times.render.push(t3 - t2);
}
const median = (xs: number[]) => ms(summarize(xs).median);
console.log(
  `${articles} articles, ${runs} runs (${findings} findings): median parse ${median(times.parse)}, ` +
    `check ${median(times.check)}, render ${median(times.render)}`,
);
