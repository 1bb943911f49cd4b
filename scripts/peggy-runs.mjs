// Rewrites the generated parser's innermost steps, which peggy writes for generality, into what
// they mean for this grammar. The grammar stays the specification; every rewrite is local, keeps
// everything observable (positions, results, the expectations peggy records for error messages),
// and test/unit/scripts/peggy-runs.test.ts compares both parsers on random input.
//
// - Runs. peggy 5 compiles `$[^…]*` into a loop that, for every character, makes a one-character
//   string (`input.charAt`, which allocates for every Japanese character), tests it against the
//   class with a regular expression and pushes it onto an array that `$` then throws away: ~35 ns
//   a character. Where that array is provably unused (the very next statement replaces the run by
//   its text) the loop becomes a scan of code units, compared in place.
// - Single characters of a class ([（(], Digit): compared as a code unit; the one-character string
//   is made only when the class matches (a rule may use it).
// - Literals of several characters ("{{", "条件"): startsWith, not a compared copy.
// - Constants: made once per module instead of once per call (see hoistConstants below).
// - Rule functions: made once per parser instead of once per call (see reusableParser below).
//
// Measured on one four-line article block (scratch micro-benchmark, both parsers in turn on a busy
// machine): 14–15 µs per call with peggy's own code, 7–9 µs with these rewrites.

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

// A character class as a test of one UTF-16 code unit, generated from peggy's own description of
// it (the class expectation: its characters and ranges, and whether it is inverted). peggy tests a
// class by making a one-character string (`input.charAt`, which allocates for every Japanese
// character) and running a regular expression on it; comparing the code unit costs neither. Past
// the end of the input charCodeAt gives NaN, which no class matches (`c === c` is false for NaN).
// The grammar has no classes with flags (case-insensitive, unicode); the build stops at one.
const CLASS_EXPECTATION = /^const (peg\$e\d+) = peg\$classExpectation\((.*)\);$/gmu;

function classesOf(code) {
  const classes = new Map();
  for (const [, name, args] of code.matchAll(CLASS_EXPECTATION)) {
    const [parts, inverted, ignoreCase, unicode] = new Function(`return [${args}];`)();
    if (!ignoreCase && !unicode) classes.set(name, { parts, inverted });
  }
  return classes;
}

function testOf({ parts, inverted }) {
  const tests = parts.map((part) =>
    typeof part === "string"
      ? `c === ${part.charCodeAt(0)}`
      : `(c >= ${part[0].charCodeAt(0)} && c <= ${part[1].charCodeAt(0)})`,
  );
  const any = tests.length === 0 ? "false" : tests.join(" || ");
  return inverted ? `c === c && !(${any})` : any;
}

// For each class: peg$rN$has(c), whether code unit c is in it, and for a class with runs
// peg$rN$end(input, pos), where a run of it that starts at pos ends. One function per class keeps
// each call site monomorphic.
function classFunctions(name, cls, hasRuns) {
  const has = `function ${name}$has(c) {
  return ${testOf(cls)};
}`;
  if (!hasRuns) return has;
  return `${has}
function ${name}$end(input, pos) {
  const length = input.length;
  while (pos < length && ${name}$has(input.charCodeAt(pos))) pos++;
  return pos;
}`;
}

// A single test of a class, as peggy 5.1 generates it; the capture groups are the character's
// variable, the class and its expectation.
const SINGLE = new RegExp(
  String.raw`(s\d+) = input\.charAt\(peg\$currPos\);
(\s*)if \((peg\$r\d+)\.test\(\1\)\) \{
(\s*)peg\$currPos\+\+;
(\s*)\} else \{
(\s*)\1 = peg\$FAILED;
\s*if \(peg\$silentFails === 0\) \{ peg\$fail\((peg\$e\d+)\); \}`,
  "g",
);

// The character is still made on success: a rule may use it.
function singleTest(_all, char, _indent, cls, indent2, indent3, indent4, expectation) {
  return (
    `if (${cls}$has(input.charCodeAt(peg$currPos))) {\n` +
    `${indent2}${char} = input.charAt(peg$currPos);\n` +
    `${indent2}peg$currPos++;\n` +
    `${indent3}} else {\n` +
    `${indent4}${char} = peg$FAILED;\n` +
    `${indent4}if (peg$silentFails === 0) { peg$fail(${expectation}); }`
  );
}

// A literal of several characters: peggy compares a copy of that many characters (`substr`, an
// allocation at every attempt); startsWith compares in place. Case-insensitive literals, which
// peggy lower-cases first, do not match this shape and are left alone.
const LITERAL = /input\.substr\(peg\$currPos, \d+\) === (peg\$c\d+)/gu;

function starRun(_all, array, indent, char, cls, expectation, indent2, text) {
  return (
    `${array} = null;\n` +
    `${indent}peg$currPos = ${cls}$end(input, peg$currPos);\n` +
    `${indent}if (peg$silentFails === 0) { peg$fail(${expectation}); }\n` +
    `${indent}${char} = peg$FAILED;\n` +
    `${indent2}${text} = input.substring(${text}, peg$currPos);`
  );
}

function plusRun(_all, array, indent, char, cls, expectation, indent2, text) {
  return (
    `${char} = peg$currPos;\n` +
    `${indent}peg$currPos = ${cls}$end(input, peg$currPos);\n` +
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

// peggy 5 writes the whole parser as one function, peg$parse(input, options): its state (the
// position, the furthest failure, the input) is local to the call, and so are the ~140 functions
// that read it, one per rule and per action, which every call makes anew. Keiyaku calls it once
// per block, and making those functions was ~10% of a parse. reusableParser turns peg$parse into
// peg$parser(), which makes them once and returns a parse function that resets the state and
// runs: the state is the parser's own, so a caller that reads many blocks makes one parser (per
// parse of a contract) and calls it for each block. Nothing is shared between parsers, and a parse
// never calls another (actions only call the options). The module's `parse` makes a parser for
// its one call, as before.
//
// The grammar's initializer now runs once per parser, not per call: it may define functions and
// constants, but none of its top-level statements may read `input` or `options` (the build
// checks; functions read them when called, which is during a parse).
const HEAD = `function peg$parse(input, options) {
  options = options !== undefined ? options : {};

  const peg$FAILED = {};
  const peg$source = options.grammarSource;
`;
const START_RULE = /^ {2}let peg\$startRuleFunction = (peg\$parse\w+);\n/mu;
// From the first state variable to the end of the start rule's choice.
const STATE = /^ {2}let peg\$currPos = [^]*?\n {2}if \(options\.startRule\) \{\n[^]*?\n {2}\}\n/mu;
const RUN = "\n  peg$result = peg$startRuleFunction();\n";
const THROW = /^ {2}function peg\$throw\(\) \{\n[^]*?\n {2}\}\n/mu;

function stateAssignments(block) {
  const names = [];
  const body = block
    .replace(/^( {2})(?:let|const) (peg\$\w+)( = |;)/gmu, (_all, indent, name, rest) => {
      names.push(name);
      return rest === ";" ? `${indent}${name} = undefined;` : `${indent}${name} = `;
    })
    .replace(/^(?=.)/gmu, "  ");
  return { names, body };
}

// The initializer: after the last rule function, before the run. Its top-level statements (outside
// its functions; a function is followed by its braces) must not read the call's state.
function checkInitializer(code) {
  const run = code.indexOf(RUN);
  const lastRule = code.lastIndexOf("\n  function peg$parse", run);
  const afterRule = code.indexOf("\n  }\n", lastRule);
  const braces = (line) => line.split("{").length - line.split("}").length;
  let inFunction = 0;
  for (const line of code.slice(afterRule + 5, run).split("\n")) {
    const statement = line.trim();
    if (inFunction > 0) inFunction += braces(line);
    else if (statement.startsWith("function ")) inFunction = braces(line);
    else if (!statement.startsWith("//") && /\b(input|options)\b/u.test(statement))
      throw new Error(`peggy-runs: the grammar's initializer reads the call's state: ${statement}`);
  }
}

function reusableParser(code) {
  if (!code.includes(HEAD)) throw new Error("peggy-runs: peg$parse does not start as expected");
  const start = code.match(START_RULE);
  const state = code.match(STATE);
  const thrower = code.match(THROW);
  const run = code.indexOf(RUN);
  const end = code.lastIndexOf("\n}\n");
  if (start === null || state === null || thrower === null || run < 0 || end < run)
    throw new Error("peggy-runs: peg$parse has changed shape");
  checkInitializer(code);
  const { names, body } = stateAssignments(state[0]);
  const tail = code
    .slice(run, end)
    .replace(THROW, "")
    .replace(/^(?=.)/gmu, "  ")
    .trimEnd();
  // The input, the options and the parse's state (its result among it) are let go when the parse
  // ends (finally): a parser kept for many parses would otherwise keep the last input and result
  // alive, slices that hold a whole version's text.
  const perCall = `
  return function peg$parse(input$, options$) {
    input = input$;
    options = options$ !== undefined ? options$ : {};
    peg$source = options.grammarSource;
    peg$startRuleFunction = ${start[1]};
    try {
${body.replace(/^(?=.)/gmu, "  ")}${tail.replace(/^(?=.)/gmu, "  ")}
    } finally {
      input = "";
      options = undefined;
      peg$source = undefined;
${names.map((name) => `      ${name} = undefined;`).join("\n")}
    }
  };`;
  return (
    code
      .slice(0, run)
      .replace(
        HEAD,
        `function peg$parser() {
  let input;
  let options;
  let peg$source;
  let peg$startRuleFunction;
  let ${names.join(", ")};

  const peg$FAILED = {};
`,
      )
      .replace(START_RULE, "")
      .replace(STATE, "") + `\n${thrower[0]}${perCall}${code.slice(end)}`
  ).replace(
    /^ {2}parse: peg\$parse,$/mu,
    "  parse: (input, options) => peg$parser()(input, options),\n  parser: peg$parser,",
  );
}

/**
 * What the build adds to the generated declarations: `parser()`, a parse function with its own
 * state and its functions made once (see reusableParser).
 */
export const PARSER_DECLARATION = `
/** A parse function of its own: make one per series of parses (its rule functions are made once). */
export declare function parser(): typeof ParseFunction;
`;

/**
 * The generated parser with every `$` run of one character class matched in one step, its
 * constants made once and its rule functions made once per parser. \`counts\` says how many runs
 * were rewritten and constants hoisted, so the build can tell when peggy's output changed shape.
 */
export function fastRuns(source) {
  let star = 0;
  let plus = 0;
  let tests = 0;
  let literals = 0;
  // Each class used, by its regular expression's name, with the expectation it fails with.
  const used = new Map();
  const runs = new Set();
  const use = (cls, expectation) => {
    if (used.has(cls) && used.get(cls) !== expectation)
      throw new Error(`peggy-runs: ${cls} fails with two expectations`);
    used.set(cls, expectation);
  };
  // `+` first: its loop begins like a `*` loop; single tests last, as runs contain them.
  let code = source.replace(PLUS, (...args) => {
    plus++;
    use(args[4], args[5]);
    runs.add(args[4]);
    return plusRun(...args);
  });
  code = code.replace(STAR, (...args) => {
    star++;
    use(args[4], args[5]);
    runs.add(args[4]);
    return starRun(...args);
  });
  code = code.replace(SINGLE, (...args) => {
    tests++;
    use(args[3], args[7]);
    return singleTest(...args);
  });
  code = code.replace(LITERAL, (_all, literal) => {
    literals++;
    return `input.startsWith(${literal}, peg$currPos)`;
  });
  const marker = "function peg$parse(input, options) {";
  if (!code.includes(marker)) throw new Error("peggy-runs: the generated parser has no peg$parse");
  const { rest, hoisted, count } = hoistConstants(code);
  const classes = classesOf(hoisted);
  const functions = [...used].map(([cls, expectation]) => {
    const description = classes.get(expectation);
    if (description === undefined) throw new Error(`peggy-runs: ${cls} has no plain class expectation`);
    return classFunctions(cls, description, runs.has(cls));
  });
  code = reusableParser(rest.replace(marker, `${hoisted}\n${functions.join("\n")}\n\n${marker}`));
  return { code, counts: { star, plus, tests, literals, constants: count } };
}
