/**
 * A bounded slice of the long fuzz run (`npm run fuzz`) with a fixed seed, so that CI checks every
 * fuzz property, the attack generators of issue 14 included, on every run and repeatably.
 */
import fc from "fast-check";
import { PROPERTIES } from "../../fuzz/properties";

const SEED = 20261202;
const RUNS = 25;

describe("fuzz slice (fixed seed, bounded)", function () {
  this.timeout(120000);
  for (const { name, summary, property } of PROPERTIES) {
    it(`${name}: ${summary}`, () => {
      fc.assert(property, { seed: SEED, numRuns: RUNS });
    });
  }
});
