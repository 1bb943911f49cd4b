/**
 * The printed contract as HTML, through markdown-it's renderer with raw HTML, linkify and
 * typographer off. Every printed line is one paragraph (or heading) of plain text and value spans,
 * so markdown-it is handed one token per line directly, and the line's rule writes its tags and
 * spans: writing each line as escaped Markdown for markdown-it to parse back cost more than
 * markdown-it itself, and markdown-it's own paragraph, inline and text tokens for every line were
 * most of what was left (five tokens a line to allocate and dispatch, for the same HTML).
 * Text reaches the HTML only through markdown-it's escapeHtml. Values and blanks come out as spans
 * that carry the offsets of their definition (click-to-source); every block element carries
 * data-line, the 0-based source line, for scroll sync.
 */
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { buildLineIndex, type LineIndex } from "../line-index";
import { drain, type Steps } from "../steps";
import { isAllowedLink } from "./link-policy";
import type { LaidOutBlock, LaidOutBlockKind, LaidOutLine, Layout, LineStyle, Segment } from "./layout";
import { codePointLabel, MARKED_CHARACTERS, mayHoldMarkedCharacter } from "../vocabulary/control-characters";
import { CONTRACT_CSS } from "./contract-css";
import { styleSource } from "./style-source";
import { buildPage } from "../vocabulary/page-shell";
import { blockClass, CONTRACT_CLASSES, lineStyleClass } from "../vocabulary/contract-classes";

export interface HtmlRenderer {
  /** The contract as an HTML fragment (the preview's body). */
  renderBody(layout: Layout, sourceText: string): string;
  /**
   * The same from the layout's blocks, one batch of printed lines per step (see steps.ts). The
   * blocks are read as they are rendered: a generator that lays them out (layout.ts
   * `laidOutBlocks`) lets each go once it is rendered.
   */
  renderBodyInSteps(blocks: Iterable<LaidOutBlock>, sourceText: string): Steps<string>;
  /**
   * A standalone, printable HTML file with a strict Content-Security-Policy, around a body
   * rendered already (renderBody's or renderBodyInSteps').
   */
  renderPage(title: string | null, body: string): string;
}

// The contract's headings; every other line is a paragraph (as in the Markdown rendering).
const HEADING_TAG: Partial<Record<LineStyle, string>> = { title: "h1", chapter: "h2", heading: "h2" };

/**
 * Whether escaping or marking may change the text: it holds &<>" or a possibly marked character.
 * Most text holds none of these characters and is then its own HTML: no escape, no marking pass
 * (each a pattern over the text, and most of the HTML step's cost). A test checks that every
 * marked character makes this true. Two loops, each calling nothing per code unit: a call per
 * unit into control-characters.ts was a fifth of the render at 25 articles.
 */
export function mayChangeInHtml(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x26 || c === 0x3c || c === 0x3e) return true;
  }
  return mayHoldMarkedCharacter(text);
}

function textHtml(text: string, escape: (s: string) => string): string {
  return mayChangeInHtml(text) ? showMarkedCharacters(escape(text)) : text;
}

function markHtml(segment: Segment, escape: (s: string) => string): string {
  if (segment.kind === "text") return textHtml(segment.text, escape);
  const target = segment.target ?? segment.source;
  return (
    `<span class="${CONTRACT_CLASSES[segment.kind]}" data-start="${target.start}" data-end="${target.end}">` +
    `${textHtml(segment.text, escape)}</span>`
  );
}

/** `opensGroup`: the first line of a block or of a group after a blank line. */
function lineClass(style: LineStyle, block: LaidOutBlockKind, opensGroup: boolean): string {
  const classes = [lineStyleClass(style), blockClass(block)];
  if (opensGroup) classes.push(CONTRACT_CLASSES.group);
  return classes.join(" ");
}

/** The class of a printed line from its style, its block's kind and whether it opens a group. */
type LineClassOf = (style: LineStyle, block: LaidOutBlockKind, opensGroup: boolean) => string;

/**
 * The class of each kind of line, made once per renderer: there are a few dozen kinds. Looked up
 * by its parts, without making a key string for every line.
 */
function lineClasses(): LineClassOf {
  const made = new Map<LineStyle, Map<LaidOutBlockKind, [string, string]>>();
  return (style, block, opensGroup) => {
    let byBlock = made.get(style);
    if (byBlock === undefined) {
      byBlock = new Map();
      made.set(style, byBlock);
    }
    let pair = byBlock.get(block);
    if (pair === undefined) {
      pair = [lineClass(style, block, false), lineClass(style, block, true)];
      byBlock.set(block, pair);
    }
    return pair[opensGroup ? 1 : 0];
  };
}

// The HTML carries contract text only as element content (attributes hold numbers and class
// names), so every invisible or control character in it is text and can be replaced by a visible
// mark. No text goes through markdown-it's parser, which would turn NUL into U+FFFD.
function showMarkedCharacters(html: string): string {
  MARKED_CHARACTERS.lastIndex = 0;
  if (!MARKED_CHARACTERS.test(html)) return html;
  return html.replace(
    MARKED_CHARACTERS,
    (c) => `<span class="${CONTRACT_CLASSES.control}">⟨${codePointLabel(c)}⟩</span>`,
  );
}

/** What each markdown-it render of a batch of blocks is given: the source's lines, to number them. */
interface RenderEnv {
  readonly lines: LineIndex;
}

function createMarkdownIt(classOf: LineClassOf): MarkdownIt {
  const md = new MarkdownIt("commonmark", { html: false, linkify: false, typographer: false });
  // The second wall (see link-policy.ts): no text is parsed as Markdown, so none can make a link.
  md.validateLink = isAllowedLink;
  const escape = md.utils.escapeHtml;
  // A line's opening tag carries only its source line (a number) and its class (made of the
  // layout's names, see contract-classes.ts), so it is written directly; its text goes through
  // escapeHtml (markHtml).
  md.renderer.rules[BLOCK_TOKEN] = (tokens: Token[], idx: number, _options, env: RenderEnv) => {
    const block = tokens[idx]?.meta as LaidOutBlock;
    let html = "";
    for (const group of block.groups) {
      for (let i = 0; i < group.length; i++) {
        const line = group[i] as LaidOutLine;
        if (!prints(line)) continue;
        const tag = HEADING_TAG[line.style] ?? "p";
        const className = classOf(line.style, block.kind, i === 0);
        html += `<${tag} data-line="${env.lines.lineOf(line.source.start)}" class="${className}">`;
        for (const segment of line.segments) html += markHtml(segment, escape);
        html += `</${tag}>\n`;
      }
    }
    return html;
  };
  return md;
}

/** A paragraph line with no text prints nothing, as an empty line of Markdown; a heading still prints. */
function isEmpty(line: LaidOutLine): boolean {
  return line.segments.every((s) => s.kind === "text" && s.text === "");
}

/** Whether a line prints: a heading always does, a paragraph line unless it has no text. */
function prints(line: LaidOutLine): boolean {
  return HEADING_TAG[line.style] !== undefined || !isEmpty(line);
}

/**
 * The type of a laid-out block's token; its meta is the LaidOutBlock. One token per block, not per
 * line: a token is an object of fourteen fields, and the lines' tokens, with a tag object and a
 * line object each, were a tenth of what a 25-article render allocated.
 */
const BLOCK_TOKEN = "keiyaku_block";

/** A laid-out block's token, appended to `tokens`. */
function blockToken(md: MarkdownIt, block: LaidOutBlock, tokens: Token[]): void {
  const Token = md.core.State.prototype.Token;
  const token = new Token(BLOCK_TOKEN, "", 0);
  token.block = true;
  token.meta = block;
  tokens.push(token);
}

/** How many lines a block has, printed or not: what a batch is counted in. */
function lineCount(block: LaidOutBlock): number {
  let count = 0;
  for (const group of block.groups) count += group.length;
  return count;
}

export interface HtmlRendererOptions {
  /**
   * How many lines markdown-it renders per call: whole blocks, until they hold this many lines.
   * Every line is its own paragraph, so the HTML is the same for any batch size; a token array for
   * a whole 10,000-article contract would outgrow V8's young generation and hand the work to the
   * garbage collector.
   */
  readonly linesPerRender?: number;
}

const LINES_PER_RENDER = 500;
/** Batches' HTML joined into one flat string at a time (see renderBodyInSteps). */
const BATCHES_PER_CHUNK = 8;

export function createHtmlRenderer(options: HtmlRendererOptions = {}): HtmlRenderer {
  const md = createMarkdownIt(lineClasses());
  const batch = Math.max(1, options.linesPerRender ?? LINES_PER_RENDER);
  // One step per batch: the language server renders a 10,000-article contract in slices.
  function* renderBodyInSteps(blocks: Iterable<LaidOutBlock>, sourceText: string): Steps<string> {
    const env: RenderEnv = { lines: buildLineIndex(sourceText) };
    // markdown-it builds each batch's HTML by appending token after token: a rope of thousands of
    // pieces. Joined into chunks as the batches come (each chunk in the step that completes it),
    // so that the last step joins a few flat strings; joining every batch's rope at the end was
    // that step alone 17–41 ms at 10,000 articles.
    const chunks: string[] = [];
    let parts: string[] = [];
    const add = (part: string) => {
      parts.push(part);
      if (parts.length === BATCHES_PER_CHUNK) {
        chunks.push(parts.join(""));
        parts = [];
      }
    };
    let tokens: Token[] = [];
    let lines = 0;
    for (const block of blocks) {
      if (lines === 0) yield;
      blockToken(md, block, tokens);
      lines += lineCount(block);
      if (lines >= batch) {
        add(md.renderer.render(tokens, md.options, env));
        tokens = [];
        lines = 0;
      }
    }
    if (tokens.length > 0) parts.push(md.renderer.render(tokens, md.options, env));
    chunks.push(parts.join(""));
    return chunks.join("");
  }
  const renderBody = (layout: Layout, sourceText: string): string =>
    drain(renderBodyInSteps(layout.blocks, sourceText));
  const renderPage = (title: string | null, body: string): string =>
    buildPage({
      sources: { style: styleSource(CONTRACT_CSS), img: "'none'" },
      title: title ?? "契約書",
      head: [`<style>${CONTRACT_CSS}</style>`],
      body: [`<article class="${CONTRACT_CLASSES.contract}">`, body.trimEnd(), "</article>"],
    });
  return {
    renderBody,
    renderBodyInSteps,
    renderPage,
  };
}
