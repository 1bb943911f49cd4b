/**
 * Contract text inside a Markdown hover, where it must stay text: a counterparty's prose must not
 * become a link, or an image that the editor loads from a remote server when the hover shows (a
 * tracking pixel telling the sender the contract is being read).
 */

/** ASCII punctuation, every character of which CommonMark lets a backslash make literal. */
const MARKDOWN_PUNCTUATION = /[!-/:-@[-`{-~]/gu;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/gu;

/** Text as inline Markdown that shows exactly the text: every ASCII punctuation mark escaped. */
export function markdownText(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, "\\$&").replace(LINE_BREAKS, " ");
}

/**
 * Text as a fenced code block that no line of it can close: the fence is longer than the longest
 * run of backticks in the text (a line of ``` closed a fixed ```text fence, and everything after it
 * was live Markdown).
 */
export function codeBlock(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/gu)].map((run) => run[0].length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return [`${fence}text`, text, fence].join("\n");
}
