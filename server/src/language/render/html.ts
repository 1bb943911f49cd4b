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
import type { LaidOutBlock, LaidOutLine, Layout, LineStyle, Segment } from "./layout";
import { codePointLabel, MARKED_CHARACTERS, mayBeMarkedUnit } from "../vocabulary/control-characters";
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

/** A printed line with the block it belongs to. */
interface PrintedLine {
  readonly line: LaidOutLine;
  readonly block: LaidOutBlock["kind"];
  /** True for the first line of a block or of a group after a blank line. */
  readonly opensGroup: boolean;
}

// The contract's headings; every other line is a paragraph (as in the Markdown rendering).
const HEADING_TAG: Partial<Record<LineStyle, string>> = { title: "h1", chapter: "h2", heading: "h2" };

/** Whether HTML escaping or marking may change this code unit: &<>" or a possibly marked one. */
function unitMayChange(c: number): boolean {
  return c === 0x22 || c === 0x26 || c === 0x3c || c === 0x3e || mayBeMarkedUnit(c);
}

/**
 * Whether escaping or marking may change the text. Most text holds none of these characters and is
 * then its own HTML: no escape, no marking pass (each a pattern over the text, and most of the HTML
 * step's cost). A test checks that every marked character makes this true.
 */
export function mayChangeInHtml(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (unitMayChange(text.charCodeAt(i))) return true;
  return false;
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

function lineClass(printed: PrintedLine): string {
  const classes = [lineStyleClass(printed.line.style), blockClass(printed.block)];
  if (printed.opensGroup) classes.push(CONTRACT_CLASSES.group);
  return classes.join(" ");
}

/**
 * The class of each kind of line, made once per renderer: there are a few dozen kinds. Looked up
 * by its parts, without making a key string for every line.
 */
function lineClasses(): (printed: PrintedLine) => string {
  const made = new Map<LineStyle, Map<LaidOutBlock["kind"], [string, string]>>();
  return (printed) => {
    let byBlock = made.get(printed.line.style);
    if (byBlock === undefined) {
      byBlock = new Map();
      made.set(printed.line.style, byBlock);
    }
    let pair = byBlock.get(printed.block);
    if (pair === undefined) {
      pair = [lineClass({ ...printed, opensGroup: false }), lineClass({ ...printed, opensGroup: true })];
      byBlock.set(printed.block, pair);
    }
    return pair[printed.opensGroup ? 1 : 0];
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

function createMarkdownIt(): MarkdownIt {
  const md = new MarkdownIt("commonmark", { html: false, linkify: false, typographer: false });
  // The second wall (see link-policy.ts): no text is parsed as Markdown, so none can make a link.
  md.validateLink = isAllowedLink;
  const escape = md.utils.escapeHtml;
  // A line's opening tag carries only its source line (a number) and its class (made of the
  // layout's names, see contract-classes.ts), so it is written directly; its text goes through
  // escapeHtml (markHtml).
  md.renderer.rules[LINE_TOKEN] = (tokens: Token[], idx: number) => {
    const { line, tag, sourceLine, className } = tokens[idx]?.meta as LineTag;
    let html = `<${tag} data-line="${sourceLine}" class="${className}">`;
    for (const segment of line.segments) html += markHtml(segment, escape);
    return `${html}</${tag}>\n`;
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

/** The type of a printed line's token; its meta is the LineTag. */
const LINE_TOKEN = "keiyaku_line";

/** What a line's token carries: the line, its tag, its 0-based source line and its class. */
interface LineTag {
  readonly line: LaidOutLine;
  readonly tag: string;
  readonly sourceLine: number;
  readonly className: string;
}

/** A printed line's token, appended to `tokens`. */
function lineToken(
  md: MarkdownIt,
  printed: PrintedLine,
  lines: LineIndex,
  classOf: (printed: PrintedLine) => string,
  tokens: Token[],
): void {
  const Token = md.core.State.prototype.Token;
  const token = new Token(LINE_TOKEN, "", 0);
  token.block = true;
  const meta: LineTag = {
    line: printed.line,
    tag: HEADING_TAG[printed.line.style] ?? "p",
    sourceLine: lines.lineOf(printed.line.source.start),
    className: classOf(printed),
  };
  token.meta = meta;
  tokens.push(token);
}

export interface HtmlRendererOptions {
  /**
   * How many printed lines markdown-it renders per call. Every line is its own paragraph, so the
   * HTML is the same for any batch size; a token array for a whole 10,000-article contract would
   * outgrow V8's young generation and hand the work to the garbage collector.
   */
  readonly linesPerRender?: number;
}

const LINES_PER_RENDER = 500;
/** Batches' HTML joined into one flat string at a time (see renderBodyInSteps). */
const BATCHES_PER_CHUNK = 8;

export function createHtmlRenderer(options: HtmlRendererOptions = {}): HtmlRenderer {
  const md = createMarkdownIt();
  const batch = Math.max(1, options.linesPerRender ?? LINES_PER_RENDER);
  const classOf = lineClasses();
  // One step per batch: the language server renders a 10,000-article contract in slices.
  function* renderBodyInSteps(blocks: Iterable<LaidOutBlock>, sourceText: string): Steps<string> {
    const lines = buildLineIndex(sourceText);
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
    let count = 0;
    // Plain loops rather than a generator of printed lines resumed for every line: a few
    // microseconds of the 25-article render.
    for (const block of blocks) {
      for (const group of block.groups) {
        for (let i = 0; i < group.length; i++) {
          const line = group[i] as LaidOutLine;
          if (!prints(line)) continue;
          if (count % batch === 0) yield;
          lineToken(md, { line, block: block.kind, opensGroup: i === 0 }, lines, classOf, tokens);
          count += 1;
          if (count % batch === 0) {
            add(md.renderer.render(tokens, md.options, {}));
            tokens = [];
          }
        }
      }
    }
    if (tokens.length > 0) parts.push(md.renderer.render(tokens, md.options, {}));
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
