import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import peggy from "peggy";
import { fastRuns } from "../../../scripts/peggy-runs.mjs";
import { grammarOptions } from "../../../server/src/language/parse/grammar";
import type { BlockKind } from "../../../server/src/language/parse/split-blocks";
import { ROOT } from "../../helpers/fixtures";

type Parse = (input: string, options?: object) => unknown;

interface Generated {
  readonly parse?: Parse;
  /** Only in the rewritten parser: a parse function with its own state, for many parses. */
  readonly parser?: () => Parse;
}

function load(source: string): Generated {
  const module = { exports: {} as Generated };
  new Function("module", "exports", source)(module, module.exports);
  return module.exports;
}

function parseOf(generated: Generated): Parse {
  if (generated.parse === undefined) throw new Error("no parse");
  return generated.parse;
}

function both(
  grammar: string,
  allowedStartRules?: string[],
): {
  plain: Parse;
  fast: Parse;
  /** One parser of the rewritten code, made once: every call of it reuses its functions. */
  reused: Parse;
  rewritten: number;
  tests: number;
  literals: number;
  constants: number;
} {
  const source = peggy.generate(grammar, {
    output: "source",
    format: "commonjs",
    ...(allowedStartRules === undefined ? {} : { allowedStartRules }),
  });
  const { code, counts } = fastRuns(source);
  const fast = load(code);
  if (fast.parser === undefined) throw new Error("no parser");
  return {
    plain: parseOf(load(source)),
    fast: parseOf(fast),
    reused: fast.parser(),
    rewritten: counts.star + counts.plus,
    tests: counts.tests,
    literals: counts.literals,
    constants: counts.constants,
  };
}

/** The result, or the error's message and where it was found: what a caller can observe. */
function outcome(parse: Parse, input: string, options?: object): unknown {
  try {
    return { ok: parse(input, options) };
  } catch (error) {
    const e = error as { message: string; location?: unknown; expected?: unknown };
    return { message: e.message, location: e.location, expected: e.expected };
  }
}

describe("scripts/peggy-runs: classes and literals tested in place, constants and rule functions made once", () => {
  it("gives the same results and the same syntax errors as peggy's own loops", () => {
    const grammar = String.raw`
      S = a:$[a-c]* b:$[^xyz\n]+ "x" c:(d:$[ab]+ "!" { return d; } / $[c]+ "?" / "zz" / [yz])* tail:$[\n]* { return [a, b, c, tail, range()]; }
    `;
    const { plain, fast, reused, rewritten, tests, literals } = both(grammar);
    // Five runs; peggy writes a repeated group's code twice (first match, then the loop).
    assert.equal(rewritten, 7);
    // [yz] and "zz", each written twice too.
    assert.equal(tests, 2);
    assert.equal(literals, 2);
    fc.assert(
      fc.property(fc.stringMatching(/^[abcxyz!?\n]{0,20}$/), (input) => {
        assert.deepEqual(outcome(fast, input), outcome(plain, input));
        assert.deepEqual(outcome(reused, input), outcome(plain, input));
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses an initializer that reads a call's state outside a function (it runs once per parser)", () => {
    const generate = (initializer: string) =>
      fastRuns(
        peggy.generate(`{\n  ${initializer}\n}\nS = "a" { return f(); }`, {
          output: "source",
          format: "commonjs",
        }),
      );
    assert.throws(() => generate("const base = options.base; function f() { return base; }"), /initializer/);
    assert.doesNotThrow(() => generate("function f() { return options.base; }"));
  });

  it("leaves a run whose characters are used as an array alone", () => {
    const { plain, fast, rewritten } = both("S = a:[a-c]* { return a; }");
    assert.equal(rewritten, 0);
    assert.deepEqual(fast("abc"), plain("abc"));
  });

  it("reads every kind of block of the contract grammar exactly as peggy does", () => {
    const grammar = readFileSync(join(ROOT, "grammar/contract.peggy"), "utf8");
    const kinds: Record<BlockKind, string> = {
      leading: "LeadingBlock",
      title: "TitleBlock",
      party: "PartyBlock",
      terms: "TermsBlock",
      preamble: "PreambleBlock",
      closing: "ClosingBlock",
      signatures: "SignatureBlock",
      article: "ArticleBlock",
      chapter: "ChapterBlock",
      annex: "AnnexBlock",
    };
    const { plain, fast, reused, rewritten, tests, literals, constants } = both(
      grammar,
      Object.values(kinds),
    );
    assert.ok(rewritten >= 15, `only ${rewritten} runs rewritten: peggy's output changed shape?`);
    assert.ok(tests >= 8 && literals >= 8, `${tests} class tests, ${literals} literals rewritten`);
    // Its character classes and expectations are made once per module, not once per block.
    assert.ok(constants >= 40, `only ${constants} constants hoisted: peggy's output changed shape?`);
    const heads: Record<BlockKind, string> = {
      leading: "",
      title: "契約書「",
      party: "当事者 甲",
      terms: "条件\n",
      preamble: "前文\n",
      closing: "後文\n",
      signatures: "署名欄\n",
      article: "第1条",
      chapter: "第2章",
      annex: "別紙1",
    };
    const pieces = [
      ..."甲乙（）():：{}{}.．1１十 \t　\r\n/」「第条の章別紙項号あ本契約",
      "{月額報酬}",
      "（1）",
      "1．",
      "// c",
    ];
    const body = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(kinds) as BlockKind[])), body, (kind, rest) => {
        const input = heads[kind] + rest;
        const run = (parse: Parse) => {
          const problems: unknown[] = [];
          const result = outcome(
            parse,
            input,
            grammarOptions(kind, 7, (p) => problems.push(p)),
          );
          return { result, problems };
        };
        const expected = run(plain);
        assert.deepEqual(run(fast), expected);
        // One parser for every input, failed ones included: nothing of a parse leaks into the next.
        assert.deepEqual(run(reused), expected);
      }),
      { numRuns: 3000 },
    );
  });
});
