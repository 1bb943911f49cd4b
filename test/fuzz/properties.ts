/**
 * The properties the long fuzz run checks. Each is a plain predicate over one input that throws an
 * AssertionError with a message naming what broke; fuzz.ts decides how long and with which seed.
 */
import { proseContent, relativeArticle } from "../helpers/contract-content";
import assert from "node:assert/strict";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import type { Analysis } from "../../server/src/language/model/analysis";
import type { Article, Span } from "../../server/src/language/ast";
import { type QuickFix } from "../../server/src/language/check/quick-fix";
import { isSyntaxId } from "../../server/src/language/check/rules/syntax/syntax-errors";
import type { ContractDiagnostic } from "../../server/src/language/diagnostic";
import { parseContract } from "../../server/src/language/parse/parse-contract";
import { BlockReader } from "../../server/src/language/parse/grammar";
import { completionsAt } from "../../server/src/language/features/completion";
import { documentSymbols, type ContractSymbol } from "../../server/src/language/features/document-symbols";
import { foldingSpans } from "../../server/src/language/features/folding";
import { headerKindAt } from "../../server/src/language/parse/split-blocks";
import { formatEdits, formatText } from "../../server/src/language/features/format";
import { hoverAt } from "../../server/src/language/features/hover";
import { inlayHints } from "../../server/src/language/features/inlay-hints";
import {
  definitionOf,
  occurrencesOf,
  prepareRename,
  rename,
  targetAt,
} from "../../server/src/language/features/navigation";
import { semanticTokens } from "../../server/src/language/features/semantic-tokens";
import { createContractService } from "../../server/src/language";
import { hostileContract, injectedContract, messyContract, TYPED_JUNK } from "../helpers/arbitraries";
import { applyEdit, edit, plainParse, typeAndCompare, type Edit } from "../helpers/edits";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../helpers/fixtures";
import { boundaryProblem } from "../helpers/text-boundaries";
import { editedSample } from "./fuzz-inputs";
import { errorBlockSyntax, fenceBreaker, invisibleText, lookAlikeParties, worstCase } from "./attacks";
import { MARKED_CHARACTERS } from "../../server/src/language/vocabulary/control-characters";

export interface FuzzProperty {
  readonly name: string;
  readonly summary: string;
  readonly property: fc.IRawProperty<unknown[], false>;
}

/** The slowest input seen per property, when it took longer than SLOW_MS: a finding of its own. */
export const SLOW_MS = 2000;
export const slowest = new Map<string, { ms: number; input: unknown[] }>();

function timed<Ts extends unknown[]>(
  name: string,
  predicate: (...input: Ts) => void,
): (...input: Ts) => void {
  return (...input) => {
    const start = performance.now();
    try {
      predicate(...input);
    } finally {
      const ms = performance.now() - start;
      if (ms > SLOW_MS && ms > (slowest.get(name)?.ms ?? 0)) slowest.set(name, { ms, input });
    }
  };
}

const service = createContractService();
const FINAL = { mode: "final", severities: {} } as const;
const FILLED = sample(FILLED_PATH);
const TEMPLATE = sample(TEMPLATE_PATH);

/** Any text at all: random lines, edited samples, markup-laden contracts. */
const anyContract = fc.oneof(hostileContract, editedSample, injectedContract);

function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(span.start <= span.end, `${what}: start ${span.start} after end ${span.end}`);
  for (const offset of [span.start, span.end]) {
    const problem = boundaryProblem(text, offset);
    assert.equal(problem, null, `${what}: ${problem}`);
  }
}

/** The offset moved back to where an editor's cursor can be (not inside CR LF or a pair). */
function onBoundary(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && boundaryProblem(text, at) !== null) at--;
  return at;
}

function fixesOf(diagnostic: ContractDiagnostic): readonly QuickFix[] {
  return diagnostic.data?.fixes ?? [];
}

function spansOf(diagnostic: ContractDiagnostic): Span[] {
  const fixes = fixesOf(diagnostic).flatMap((f) => f.edits.map((e) => e.span));
  return [diagnostic.span, ...(diagnostic.related ?? []).map((r) => r.span), ...fixes];
}

/** Offset edits applied last first; the caller has checked that they do not overlap. */
function applyEdits(text: string, edits: readonly { span: Span; newText: string }[]): string {
  return [...edits]
    .sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)
    .reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

function assertNoOverlap(edits: readonly { span: Span }[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous === undefined || current === undefined) continue;
    // Two insertions at one offset are ordered by the client; only shared characters conflict.
    assert.ok(
      current.span.start >= previous.span.end,
      `${what}: edits ${JSON.stringify(previous.span)} and ${JSON.stringify(current.span)} overlap`,
    );
  }
}

/** The parser's problems (syntax.*, internal.*), by id. */
function problemIds(analysis: Analysis): string[] {
  return analysis.problems.map((p) => p.id).sort();
}

/**
 * The problems after an edit, if there are more than before. Counted in total, not per id: a fix
 * that removes an invisible character in front of 契約書「… may turn a stray line into a title with
 * a malformed ending, which trades one problem for another rather than adding one.
 */
function addedProblems(before: readonly string[], after: readonly string[]): string[] {
  return after.length > before.length ? [...after] : [];
}

/** Internal errors are caught so that one bug costs one block or one rule; each is still a bug. */
function assertNoInternalErrors(analysis: Analysis, diagnostics: readonly ContractDiagnostic[]): void {
  const internal = [
    ...analysis.problems.filter((p) => p.id.startsWith("internal.")),
    ...diagnostics.filter((d) => d.id.startsWith("internal.")),
  ];
  assert.deepEqual(
    internal.map((d) => `${d.id}: ${d.message}`),
    [],
    "a parser or rule failed internally",
  );
}

function articlesOf(text: string): Article[] {
  return service.analyze(text).document.blocks.filter((b): b is Article => b.kind === "article");
}

const neverThrows = fc.property(
  anyContract,
  timed("never-throws", (text: string) => {
    const analysis = service.analyze(text);
    const draft = service.check(analysis);
    service.check(analysis, FINAL);
    for (const format of ["text", "markdown", "html"] as const) service.render(analysis, format);
    service.renderHtmlBody(analysis);
    assertNoInternalErrors(analysis, draft);
  }),
);

const rangesOnBoundaries = fc.property(
  anyContract,
  timed("ranges", (text: string) => {
    const analysis = service.analyze(text);
    for (const problem of analysis.problems) assertSpan(text, problem.span, problem.id);
    for (const options of [undefined, FINAL]) {
      for (const diagnostic of service.check(analysis, options)) {
        for (const span of spansOf(diagnostic)) assertSpan(text, span, diagnostic.id);
      }
    }
  }),
);

function symbolSpans(symbols: readonly ContractSymbol[]): Span[] {
  return symbols.flatMap((s) => [s.span, s.selectionSpan, ...symbolSpans(s.children)]);
}

/** Every editor feature at a random offset: no throw, every span inside the text. */
const featuresInBounds = fc.property(
  anyContract,
  fc.nat(),
  timed("features", (text: string, at: number) => {
    const analysis = service.analyze(text);
    const offset = onBoundary(text, at % (text.length + 1));
    const hover = hoverAt(analysis, offset);
    if (hover !== null) assertSpan(text, hover.span, "hover");
    for (const entry of completionsAt(analysis, offset)) assertSpan(text, entry.replace, "completion");
    const definition = definitionOf(analysis, offset);
    if (definition !== null) assertSpan(text, definition, "definition");
    const target = targetAt(analysis, offset);
    if (target !== null) {
      for (const o of occurrencesOf(analysis, target)) assertSpan(text, o.span, "references");
    }
    const check = prepareRename(analysis, offset);
    if (check.ok) assertSpan(text, check.span, "prepareRename");
    for (const s of symbolSpans(documentSymbols(analysis))) assertSpan(text, s, "documentSymbol");
    for (const f of foldingSpans(analysis)) assertSpan(text, f.span, "foldingRange");
    for (const h of inlayHints(analysis, { start: 0, end: text.length })) {
      assert.equal(boundaryProblem(text, h.offset), null, `inlayHint: ${boundaryProblem(text, h.offset)}`);
    }
    for (const t of semanticTokens(analysis)) assertSpan(text, t.span, "semanticTokens");
    for (const e of formatEdits(analysis)) assertSpan(text, e.span, "formatting");
  }),
);

/** Renaming a value or term to a valid new name edits only names: no syntax error appears. */
const renameKeepsSyntax = fc.property(
  fc.oneof(editedSample, messyContract(FILLED)),
  fc.nat(),
  timed("rename", (text: string, at: number) => {
    const analysis = service.analyze(text);
    const offset = onBoundary(text, at % (text.length + 1));
    const result = rename(analysis, offset, "新しい名前");
    if (!result.ok) return;
    for (const e of result.edits) assertSpan(text, e.span, "rename");
    assertNoOverlap(result.edits, "rename");
    const after = service.analyze(applyEdits(text, result.edits));
    const added = addedProblems(problemIds(analysis), problemIds(after));
    assert.deepEqual(added, [], "renaming added a syntax problem");
  }),
);

/**
 * Findings whose fix deletes a character that can hide what a line is: a header (NUL契約書「…」) or
 * a field whose whole name is the character (NUL：株式会社ベータ, fuzz seed 1545996108). Deleting it
 * shows the line as it is, and the parser then rightly reports it.
 */
const HIDING_IDS: ReadonlySet<string> = new Set([
  "security.bidi-control",
  "security.control-character",
  "security.invisible-character",
  "security.invisible-in-name",
]);

/**
 * Every quick fix stays in the text and inside itself does not overlap; applying the first fix of
 * a finding never makes the parser report a problem it did not report before.
 */
const quickFixesSound = fc.property(
  fc.oneof(editedSample, injectedContract, hostileContract),
  timed("quick-fixes", (text: string) => {
    const analysis = service.analyze(text);
    const before = problemIds(analysis);
    for (const diagnostic of service.check(analysis)) {
      const fixes = fixesOf(diagnostic);
      for (const fix of fixes) {
        for (const e of fix.edits) assertSpan(text, e.span, `${diagnostic.id} fix「${fix.title}」`);
        assertNoOverlap(fix.edits, `${diagnostic.id} fix「${fix.title}」`);
      }
      const first = fixes[0];
      // Deleting a bidi control, a control or an invisible character at the start of a line may
      // reveal the header it hid (‮契約書「…」, NUL契約書「…」), and the lines around then rightly
      // belong to that header: not a fix that breaks syntax (fuzz seed 596390388).
      if (first === undefined || HIDING_IDS.has(diagnostic.id)) continue;
      const after = service.analyze(applyEdits(text, first.edits));
      const added = addedProblems(before, problemIds(after));
      assert.deepEqual(added, [], `${diagnostic.id} fix「${first.title}」 added a syntax problem`);
    }
  }),
);

/** Formatting copies every character of prose, values and comments, and a second pass is a no-op. */
const formattingPreservesProse = fc.property(
  fc.oneof(messyContract(FILLED), messyContract(TEMPLATE), editedSample, injectedContract, hostileContract),
  timed("format", (text: string) => {
    const before = service.analyze(text);
    const formatted = formatText(before);
    const after = service.analyze(formatted);
    assert.deepEqual(
      proseContent(after.document, formatted),
      proseContent(before.document, text),
      "prose changed",
    );
    assert.equal(formatText(after), formatted, "formatting twice changed the text again");
    const edits = formatEdits(before);
    for (const e of edits) assertSpan(text, e.span, "formatting edit");
    assert.equal(applyEdits(text, edits), formatted, "the formatting edit does not give the formatted text");
  }),
);

const TAG = /<[^>]*>/g;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
const LINK_ATTRIBUTE = /\s(?:href|src|action|formaction|srcdoc)\s*=/i;

/** Contract text reaches the HTML as text only: no script, no event handler, no link. */
const htmlIsInert = fc.property(
  fc.oneof(
    injectedContract,
    hostileContract,
    fc.tuple(injectedContract, hostileContract).map(([a, b]) => a + b),
  ),
  timed("html", (text: string) => {
    const analysis = service.analyze(text);
    for (const html of [service.render(analysis, "html"), service.renderHtmlBody(analysis)]) {
      assert.doesNotMatch(html, /<script/i, "a <script> element");
      for (const tag of html.match(TAG) ?? []) {
        assert.doesNotMatch(tag, EVENT_HANDLER, `an event handler attribute: ${tag}`);
        assert.doesNotMatch(tag, /javascript:/i, `a javascript: URL: ${tag}`);
        assert.doesNotMatch(tag, LINK_ATTRIBUTE, `a link from contract text: ${tag}`);
      }
    }
  }),
);

const commonMark = new MarkdownIt("commonmark", { html: true });
const MARKDOWN_ELEMENTS = new Set(["p", "h1", "h2"]);

/**
 * The Markdown rendering is text only, even for a renderer that allows raw HTML: the title and
 * headings become h1 and h2, every other line a paragraph, and nothing else (no link, emphasis,
 * code, list, quote or HTML) can come from what the drafter wrote.
 */
const markdownIsText = fc.property(
  fc.oneof(injectedContract, hostileContract, editedSample, errorBlockSyntax, fenceBreaker, invisibleText),
  timed("markdown", (text: string) => {
    const html = commonMark.render(service.render(service.analyze(text), "markdown"));
    const elements = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1] ?? "");
    const others = [...new Set(elements.filter((e) => !MARKDOWN_ELEMENTS.has(e)))];
    assert.deepEqual(others, [], `the Markdown makes elements beyond p, h1, h2:\n${html.slice(0, 400)}`);
  }),
);

/** An error typed into one article leaves every other article's tree exactly as it was. */
const otherArticlesUnchanged = fc.property(
  fc.nat(),
  fc.nat(),
  fc.constantFrom(...TYPED_JUNK),
  timed("isolation", (k: number, position: number, inserted: string) => {
    const base = k % 2 === 0 ? FILLED : TEMPLATE;
    const clean = articlesOf(base);
    const index = Math.floor(k / 2) % clean.length;
    const target = clean[index];
    assert.ok(target);
    // Anywhere inside the heading's title or on a body line: an edit before the （ would unmake
    // the heading itself, which is meant to merge the article into the one before.
    const from = target.heading.titleSpan?.start ?? target.heading.span.end;
    const to = target.body.length === 0 ? target.heading.span.end : (target.body.at(-1)?.span.end ?? from);
    const at = from + (position % (to - from + 1));
    const text = base.slice(0, at) + inserted + base.slice(at);
    // A heading is a heading only alone on its line (parse/heading.ts): junk that makes the heading
    // line a sentence unmakes the article by design, as an edit before its （ does.
    if (headerKindAt(text, target.heading.span.start) !== "article") return;
    const edited = articlesOf(text);
    assert.equal(edited.length, clean.length, "the number of articles changed");
    clean.forEach((article, i) => {
      if (i === index) return;
      const other = edited[i];
      assert.ok(other);
      assert.equal(
        relativeArticle(other),
        relativeArticle(article),
        `article ${i + 1} changed after an edit in article ${index + 1}`,
      );
    });
  }),
);

/**
 * Typing edits one after another, each version analysed from the one before (as the language
 * server does), gives the same parse as reading the last version whole, and its carried
 * diagnostics the same syntax errors as a full check.
 */
const incrementalEqualsFull = fc.property(
  fc.oneof(hostileContract, fc.constantFrom(FILLED, TEMPLATE)),
  fc.array(edit, { minLength: 1, maxLength: 20 }),
  fc.func(fc.boolean()),
  timed("incremental", (start: string, edits: readonly Edit[], looked: (i: number) => boolean) => {
    let previous = service.analyze(start);
    let diagnostics = service.check(previous);
    edits.forEach((e, i) => {
      const text = applyEdit(previous.text, e);
      const analysis = service.analyze(text, previous);
      if (looked(i)) {
        const carried = service.carryDiagnostics({ text: previous.text, diagnostics }, analysis);
        diagnostics = service.check(analysis);
        const syntax = (ds: readonly ContractDiagnostic[]) =>
          ds
            .filter((d) => isSyntaxId(d.id))
            .map((d) => `${d.span.start}-${d.span.end} ${d.id} ${d.message}`)
            .sort();
        assert.deepStrictEqual(syntax(carried), syntax(diagnostics), `carried syntax errors after edit ${i}`);
      } else {
        diagnostics = service.carryDiagnostics({ text: previous.text, diagnostics }, analysis);
      }
      previous = analysis;
    });
    assert.deepStrictEqual(
      plainParse(previous.parse),
      plainParse(parseContract(previous.text)),
      "incremental parse",
    );
  }),
);

/**
 * A contract read in parts of a few characters (a long block's parts and a long line's pieces,
 * parse/parted-block.ts), then typed into, gives the parse of reading every block whole.
 */
const partsEqualWhole = fc.property(
  fc.oneof(hostileContract, messyContract(FILLED), editedSample),
  fc.integer({ min: 1, max: 64 }),
  fc.array(edit, { minLength: 1, maxLength: 10 }),
  timed("parts", (start: string, partLength: number, edits: readonly Edit[]) => {
    const reader = new BlockReader({ partLength });
    assert.deepStrictEqual(
      plainParse(parseContract(start, reader)),
      plainParse(parseContract(start)),
      "parts",
    );
    typeAndCompare(start, edits, () => true, reader);
  }),
);

const HOVER_ELEMENTS = new Set(["p", "strong", "pre", "code", "ul", "li"]);

/** A hover anywhere is text: no link, image or HTML from what the drafter wrote. */
const hoverIsText = fc.property(
  fc.oneof(fenceBreaker, injectedContract, invisibleText),
  fc.nat(),
  timed("hover", (text: string, at: number) => {
    const analysis = service.analyze(text);
    const hover = hoverAt(analysis, onBoundary(text, at % (text.length + 1)));
    if (hover === null) return;
    const html = commonMark.render(hover.contents);
    const elements = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1] ?? "");
    const others = [...new Set(elements.filter((e) => !HOVER_ELEMENTS.has(e)))];
    assert.deepEqual(others, [], `the hover makes elements beyond text:\n${html.slice(0, 400)}`);
  }),
);

/** No output holds a character a reader cannot see: each is marked ⟨U+XXXX⟩, and each is reported. */
const invisiblesMarked = fc.property(
  fc.oneof(invisibleText, hostileContract, editedSample),
  timed("invisibles", (text: string) => {
    const analysis = service.analyze(text);
    const outputs = {
      text: service.render(analysis, "text"),
      markdown: service.render(analysis, "markdown"),
      html: service.render(analysis, "html"),
      title: analysis.layout.title ?? "",
    };
    for (const [name, output] of Object.entries(outputs)) {
      const raw = [...output.matchAll(MARKED_CHARACTERS)].map((m) => m[0].codePointAt(0)?.toString(16));
      assert.deepEqual(raw, [], `raw invisible characters in the ${name} output`);
    }
    const reported = new Set(service.check(analysis).map((d) => d.span.start));
    for (const match of text.matchAll(MARKED_CHARACTERS)) {
      if (match.index === 0 && match[0] === "\uFEFF") continue;
      assert.ok(
        reported.has(match.index),
        `U+${match[0].codePointAt(0)?.toString(16)} at ${match.index} not reported`,
      );
    }
  }),
);

/** Two parties whose names only look alike are the same party. */
const lookAlikesSameParty = fc.property(
  lookAlikeParties,
  timed("look-alikes", (text: string) => {
    const ids = service.check(service.analyze(text)).map((d) => d.id);
    assert.ok(ids.includes("consistency.same-party"), `not the same party: ${JSON.stringify(text)}`);
  }),
);

/** Worst-case shapes per rule go through everything without failing; slow ones are recorded. */
const worstCasesPass = fc.property(
  worstCase,
  timed("worst-cases", (text: string) => {
    const analysis = service.analyze(text);
    const draft = service.check(analysis);
    for (const format of ["text", "markdown", "html"] as const) service.render(analysis, format);
    formatText(analysis);
    assertNoInternalErrors(analysis, draft);
  }),
);

/**
 * Counts of the characters a rendering prints as they are: not layout, not those shown as marks,
 * and not braces, which are reference syntax ({{ prints one {).
 */
function characterCounts(text: string): Map<string, number> {
  const marked = new RegExp(MARKED_CHARACTERS.source, "u");
  const counts = new Map<string, number>();
  for (const c of text) if (!/[\s{}]/u.test(c) && !marked.test(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** Every piece of source text that should print: prose (without its {references}), stray lines, unreadable blocks. */
function printedPieces(analysis: Analysis): { readonly span: Span; readonly text: string }[] {
  const pieces = analysis.index.proseLines.map((line) => ({
    span: { start: line.start, end: line.start + line.text.length },
    text: line.text.replace(/\{[^{}\n]*\}/gu, ""),
  }));
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    const n = node as { kind?: string; text?: unknown; span?: Span };
    const kept = (n.kind === "stray" || n.kind === "error") && typeof n.text === "string";
    if (kept && n.span !== undefined) pieces.push({ span: n.span, text: String(n.text) });
    for (const value of Object.values(node)) if (typeof value === "object") walk(value);
  };
  walk(analysis.document.blocks);
  return pieces;
}

/**
 * No character of the source disappears from the rendering without a finding saying so: every
 * character of every piece that prints is in the text rendering, or a finding covers the piece.
 */
const nothingVanishes = fc.property(
  fc.oneof(
    hostileContract,
    editedSample,
    injectedContract,
    messyContract(FILLED),
    errorBlockSyntax,
    invisibleText,
  ),
  timed("vanish", (text: string) => {
    const analysis = service.analyze(text);
    const rendered = characterCounts(service.render(analysis, "text"));
    const findings = service.check(analysis);
    for (const piece of printedPieces(analysis)) {
      const lost = [...characterCounts(piece.text)].filter(([c, n]) => (rendered.get(c) ?? 0) < n);
      if (lost.length === 0) continue;
      const reported = findings.some((d) => d.span.start < piece.span.end && piece.span.start < d.span.end);
      assert.ok(
        reported,
        `${JSON.stringify(lost)} of ${JSON.stringify(piece.text)} vanished without a finding`,
      );
    }
  }),
);

export const PROPERTIES: readonly FuzzProperty[] = [
  {
    name: "never-throws",
    summary: "parse, check and render never throw or fail internally",
    property: neverThrows,
  },
  {
    name: "ranges",
    summary: "every range inside the text, on character boundaries",
    property: rangesOnBoundaries,
  },
  { name: "features", summary: "every editor feature stays inside the text", property: featuresInBounds },
  {
    name: "isolation",
    summary: "an error in one article leaves the others unchanged",
    property: otherArticlesUnchanged,
  },
  { name: "format", summary: "formatting keeps prose and is idempotent", property: formattingPreservesProse },
  {
    name: "vanish",
    summary: "no printed character vanishes without a finding",
    property: nothingVanishes,
  },
  {
    name: "quick-fixes",
    summary: "quick fixes are in bounds and add no syntax error",
    property: quickFixesSound,
  },
  { name: "rename", summary: "renaming adds no syntax error", property: renameKeepsSyntax },
  {
    name: "markdown",
    summary: "rendered Markdown is text, even with raw HTML allowed",
    property: markdownIsText,
  },
  { name: "html", summary: "rendered HTML has no script, handler or link", property: htmlIsInert },
  { name: "hover", summary: "hovers are text: no fence closes, no link or image", property: hoverIsText },
  {
    name: "invisibles",
    summary: "invisible and control characters are marked in every output and reported",
    property: invisiblesMarked,
  },
  {
    name: "look-alikes",
    summary: "party names that only look alike are the same party",
    property: lookAlikesSameParty,
  },
  { name: "worst-cases", summary: "worst-case shapes per rule pass every stage", property: worstCasesPass },
  {
    name: "incremental",
    summary: "re-parsing after edits equals a full parse; carried syntax errors equal a full check's",
    property: incrementalEqualsFull,
  },
  {
    name: "parts",
    summary: "reading long blocks in parts and lines in pieces, and typing into them, equals reading whole",
    property: partsEqualWhole,
  },
];
