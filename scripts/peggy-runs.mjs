// Makes the generated parser match a run of one character class in one step, and make its
// constants once per module instead of once per call (see hoistConstants below).
//
// peggy 5 compiles `$[^…]*` into a loop that, for every character, makes a one-character string
// (`input.charAt`, which allocates for every Japanese character), tests it against the class and
// pushes it onto an array that `$` then throws away. On Japanese text that loop alone costs ~35 ns
// a character, most of the budget for reading a contract. The grammar stays the specification:
// this rewrites only that loop, where its array is provably unused (the very next statement
// replaces the run by its text), into a sticky regular expression of the same class that finds
// where the run ends. Everything observable is kept: the position after the run, success or
// failure of a `+` run, and the one expectation peggy records where the run stops (for error
// messages). test/unit/scripts/peggy-runs.test.ts compares both parsers on random input.

// A run as peggy 5.1 generates it, `*` or `+`, followed by the `$` that takes its text. The
// capture groups are the array, the character, the class, the expectation and the text's variable.
const LOOP = String.raw`(s\d+) = \[\];
(\s*)(s\d+) = input\.charAt\(peg\$currPos\);
\s*if \((peg\$r\d+)\.test\(\3\)\) \{
\s*peg\$currPos\+\+;
\s*\} else \{
\s*\3 = peg\$FAILED;
\s*if \(peg\$silentFails === 0\) \{ peg\$fail\((peg\$e\d+)\); \}
\s*\}`;
const WHILE = String.raw`\s*while \(\3 !== peg\$FAILED\) \{
\s*\1\.push\(\3\);
\s*\3 = input\.charAt\(peg\$currPos\);
\s*if \(\4\.test\(\3\)\) \{
\s*peg\$currPos\+\+;
\s*\} else \{
\s*\3 = peg\$FAILED;
\s*if \(peg\$silentFails === 0\) \{ peg\$fail\(\5\); \}
\s*\}
\s*\}`;
const STAR = new RegExp(
  String.raw`${LOOP}
${WHILE}
(\s*)(s\d+) = input\.substring\(\7, peg\$currPos\);`,
  "g",
);
const PLUS = new RegExp(
  String.raw`${LOOP}
\s*if \(\3 !== peg\$FAILED\) \{
${WHILE}
\s*\} else \{
\s*\1 = peg\$FAILED;
\s*\}
(\s*)if \(\1 !== peg\$FAILED\) \{
\s*(s\d+) = input\.substring\(\7, peg\$currPos\);`,
  "g",
);

// Defined once beside the parser: `peg$runEnd(run, from)` is where the run that starts at `from`
// ends. `run` is a sticky copy of the class's /^[…]/, /[…]*/y, made once at module level (peggy
// makes its own regular expressions anew on every call); lastIndex is set right before every use.
const HELPER = `
function peg$runEnd(run, input, from) {
  run.lastIndex = from;
  run.test(input);
  return run.lastIndex;
}
`;

const CLASS = /^ {2}const (peg\$r\d+) = \/\^(.*)\/([a-z]*);$/gmu;

/** Module-level sticky copies of the classes the rewritten runs use: peg$r3 → peg$r3$run. */
function runPatterns(source, used) {
  const lines = [];
  for (const [, name, body, flags] of source.matchAll(CLASS)) {
    if (used.has(name)) lines.push(`const ${name}$run = /${body}*/${flags}y;`);
  }
  if (lines.length !== used.size) throw new Error("peggy-runs: a rewritten class has no definition");
  return lines.join("\n");
}

function starRun(_all, array, indent, char, cls, expectation, indent2, text) {
  return (
    `${array} = null;\n` +
    `${indent}peg$currPos = peg$runEnd(${cls}$run, input, peg$currPos);\n` +
    `${indent}if (peg$silentFails === 0) { peg$fail(${expectation}); }\n` +
    `${indent}${char} = peg$FAILED;\n` +
    `${indent2}${text} = input.substring(${text}, peg$currPos);`
  );
}

function plusRun(_all, array, indent, char, cls, expectation, indent2, text) {
  return (
    `${char} = peg$currPos;\n` +
    `${indent}peg$currPos = peg$runEnd(${cls}$run, input, peg$currPos);\n` +
    `${indent}if (peg$silentFails === 0) { peg$fail(${expectation}); }\n` +
    `${indent}${array} = peg$currPos > ${char} ? null : peg$FAILED;\n` +
    `${indent}${char} = peg$FAILED;\n` +
    `${indent2}if (${array} !== peg$FAILED) {\n` +
    `${indent2}  ${text} = input.substring(${text}, peg$currPos);`
  );
}

// peggy 5 declares its character classes (peg$rN) and expectations (peg$eN) inside peg$parse, so
// every call makes them anew: ~70 objects, 17 of them regular expressions. Keiyaku calls the parser
// once per block (10,000 calls for 10,000 articles), and that set-up was ~4 µs of a block's ~35.
// They depend on nothing in the call (a class is only ever .test()ed, an expectation only read),
// so they are made once, at module level, with module-level copies of peggy's pure constructors.
const CONSTANT = /^ {2}const (peg\$[re]\d+) = (.*);\n/gmu;
const EXPECTATIONS = `
function peg$literalExpectation(text, ignoreCase) {
  return { type: "literal", text, ignoreCase };
}
function peg$classExpectation(parts, inverted, ignoreCase, unicode) {
  return { type: "class", parts, inverted, ignoreCase, unicode };
}
function peg$anyExpectation() {
  return { type: "any" };
}
function peg$endExpectation() {
  return { type: "end" };
}
function peg$otherExpectation(description) {
  return { type: "other", description };
}
`;

function hoistConstants(code) {
  const hoisted = [];
  const rest = code.replace(CONSTANT, (_all, name, value) => {
    hoisted.push(`const ${name} = ${value};`);
    return "";
  });
  return { rest, hoisted: `${EXPECTATIONS}\n${hoisted.join("\n")}\n`, count: hoisted.length };
}

/**
 * The generated parser with every `$` run of one character class matched in one step and its
 * constants made once. `counts` says how many runs were rewritten and constants hoisted, so the
 * build can tell when peggy's output changed shape.
 */
export function fastRuns(source) {
  let star = 0;
  let plus = 0;
  const used = new Set();
  // `+` first: its loop begins like a `*` loop.
  let code = source.replace(PLUS, (...args) => {
    plus++;
    used.add(args[4]);
    return plusRun(...args);
  });
  code = code.replace(STAR, (...args) => {
    star++;
    used.add(args[4]);
    return starRun(...args);
  });
  const marker = "function peg$parse(input, options) {";
  if (!code.includes(marker)) throw new Error("peggy-runs: the generated parser has no peg$parse");
  const { rest, hoisted, count } = hoistConstants(code);
  code = rest.replace(marker, `${HELPER}\n${runPatterns(source, used)}\n${hoisted}\n${marker}`);
  return { code, counts: { star, plus, constants: count } };
}
