/**
 * The printed contract as HTML, through markdown-it with raw HTML, linkify and typographer off.
 * Values and blanks travel through the Markdown as {N} marks and come out as spans that carry the
 * offsets of their definition (click-to-source); every block element carries data-line, the
 * 0-based source line, for scroll sync.
 */
import { createHash } from "node:crypto";
import MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";
import type Token from "markdown-it/lib/token.mjs";
import { buildLineIndex, type LineIndex } from "../line-index";
import { drain, type Steps } from "../steps";
import type { Layout, Segment } from "./layout";
import { isAllowedLink } from "./link-policy";
import { renderMarkdown, type MarkdownChunk } from "./markdown";
import { codePointLabel, MARKED_CHARACTERS } from "../vocabulary/control-characters";
import { CONTRACT_CSS } from "./contract-css";
import { buildPage } from "../vocabulary/page-shell";
import { blockClass, CONTRACT_CLASSES, lineStyleClass } from "../vocabulary/contract-classes";

interface RenderEnv {
  /** The chunks of this render, by the Markdown line they start on. */
  readonly chunks: ReadonlyMap<number, MarkdownChunk>;
  readonly marks: readonly Segment[];
  readonly lines: LineIndex;
}

export interface HtmlRenderer {
  /** The contract as an HTML fragment (the preview's body). */
  renderBody(layout: Layout, sourceText: string): string;
  /** The same, one batch of printed lines per step (see steps.ts). */
  renderBodyInSteps(layout: Layout, sourceText: string): Steps<string>;
  /** A standalone, printable HTML file with a strict Content-Security-Policy. */
  renderDocument(layout: Layout, sourceText: string): string;
}

const MARK = /^\{(\d+)\}/;

function markRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b) return false;
  const match = MARK.exec(state.src.slice(state.pos, state.pos + 12));
  if (match === null) return false;
  if (!silent) {
    const token = state.push("keiyaku_mark", "span", 0);
    token.meta = { index: Number(match[1]) };
  }
  state.pos += match[0].length;
  return true;
}

function markHtml(segment: Segment | undefined, escape: (s: string) => string): string {
  if (segment === undefined) return "";
  // A text segment travels as a mark only to carry an invisible character (see markdown.ts).
  if (segment.kind === "text") return showMarkedCharacters(escape(segment.text));
  const target = segment.target ?? segment.source;
  return (
    `<span class="${CONTRACT_CLASSES[segment.kind]}" data-start="${target.start}" data-end="${target.end}">` +
    `${showMarkedCharacters(escape(segment.text))}</span>`
  );
}

function chunkClass(chunk: MarkdownChunk): string {
  const classes = [lineStyleClass(chunk.style), blockClass(chunk.block)];
  if (chunk.opensGroup) classes.push(CONTRACT_CLASSES.group);
  return classes.join(" ");
}

function annotateBlocks(state: StateCore): void {
  const env = state.env as RenderEnv;
  for (const token of state.tokens) {
    if (token.nesting !== 1 || token.map === null) continue;
    const chunk = env.chunks.get(token.map[0]);
    if (chunk === undefined) continue;
    token.attrSet("data-line", String(env.lines.lineOf(chunk.source.start)));
    token.attrJoin("class", chunkClass(chunk));
  }
}

function createMarkdownIt(): MarkdownIt {
  const md = new MarkdownIt("commonmark", { html: false, linkify: false, typographer: false });
  md.validateLink = isAllowedLink;
  md.inline.ruler.before("text", "keiyaku_mark", markRule);
  md.core.ruler.push("keiyaku_source_lines", annotateBlocks);
  md.renderer.rules["keiyaku_mark"] = (tokens: Token[], idx: number, _options, env: RenderEnv) =>
    markHtml(env.marks[(tokens[idx]?.meta as { index: number }).index], md.utils.escapeHtml);
  return md;
}

// The HTML carries contract text only as element content (attributes hold numbers and class
// names), so every invisible or control character in it is text and can be replaced by a visible
// mark. Text segments bring them as marks of their own (see markdown.ts), so none reaches
// markdown-it, which would turn NUL into U+FFFD.
function showMarkedCharacters(html: string): string {
  return html.replace(
    MARKED_CHARACTERS,
    (c) => `<span class="${CONTRACT_CLASSES.control}">⟨${codePointLabel(c)}⟩</span>`,
  );
}

function styleSource(css: string): string {
  return `'sha256-${createHash("sha256").update(css).digest("base64")}'`;
}

// Chunks are separated by a blank line; a chunk of raw text (an unreadable block) spans lines.
function byStartLine(chunks: readonly MarkdownChunk[]): Map<number, MarkdownChunk> {
  const starts = new Map<number, MarkdownChunk>();
  let line = 0;
  for (const chunk of chunks) {
    starts.set(line, chunk);
    // Counted as markdown-it counts lines: it reads CRLF and a lone CR as line breaks too.
    line += chunk.markdown.split(/\r\n?|\n/u).length + 1;
  }
  return starts;
}

export interface HtmlRendererOptions {
  /**
   * How many printed lines markdown-it reads per call. Every line is its own escaped paragraph, so
   * no Markdown construct spans lines and the HTML is the same for any batch size; but markdown-it
   * slows down beyond about a megabyte (its token arrays outgrow V8's young generation and the
   * garbage collector takes over), so a 10,000-article contract is read in batches.
   */
  readonly linesPerRender?: number;
}

const LINES_PER_RENDER = 500;

export function createHtmlRenderer(options: HtmlRendererOptions = {}): HtmlRenderer {
  const md = createMarkdownIt();
  const batch = Math.max(1, options.linesPerRender ?? LINES_PER_RENDER);
  // One step per batch: the language server renders a 10,000-article contract in slices.
  function* renderBodyInSteps(layout: Layout, sourceText: string): Steps<string> {
    const { chunks, marks } = renderMarkdown(layout, { marks: true });
    yield;
    const lines = buildLineIndex(sourceText);
    const parts: string[] = [];
    for (let first = 0; first < chunks.length; first += batch) {
      yield;
      const some = chunks.slice(first, first + batch);
      const env: RenderEnv = { chunks: byStartLine(some), marks, lines };
      parts.push(showMarkedCharacters(md.render(`${some.map((c) => c.markdown).join("\n\n")}\n`, env)));
    }
    return parts.join("");
  }
  const renderBody = (layout: Layout, sourceText: string): string =>
    drain(renderBodyInSteps(layout, sourceText));
  return {
    renderBody,
    renderBodyInSteps,
    renderDocument(layout, sourceText) {
      return buildPage({
        sources: { style: styleSource(CONTRACT_CSS), img: "'none'" },
        title: layout.title ?? "契約書",
        head: [`<style>${CONTRACT_CSS}</style>`],
        body: [
          `<article class="${CONTRACT_CLASSES.contract}">`,
          renderBody(layout, sourceText).trimEnd(),
          "</article>",
        ],
      });
    },
  };
}
