/**
 * The class names of the rendered contract's HTML: written by the renderer, styled by the preview's
 * and the exported file's stylesheets, and looked up by the preview's script (click to source). One
 * list, so a renamed class cannot leave a stylesheet or the script behind.
 *
 * Dependency-free, because the VS Code client and its webview import it too.
 */
export const CONTRACT_CLASSES = {
  /** The element that holds the contract. */
  contract: "keiyaku-contract",
  /** Segments of a printed line. */
  text: "kc-text",
  value: "kc-value",
  blank: "kc-blank",
  signature: "kc-signature",
  unresolved: "kc-unresolved",
  /** A visible mark in place of an invisible control character. */
  control: "kc-bidi",
  /** The first line of a group of lines (a paragraph of an article, a signature). */
  group: "kc-group",
} as const;

export type SegmentClassKind = "text" | "value" | "blank" | "signature" | "unresolved";

/** The class of a printed line's style: kc-title, kc-heading, kc-paragraph, kc-item … */
export function lineStyleClass(style: string): string {
  return `kc-${style}`;
}

/** The class of the block a line belongs to: kc-in-article, kc-in-signature … */
export function blockClass(block: string): string {
  return `kc-in-${block}`;
}

/** The rendered spans a click takes back to their definition in the source. */
export const CLICKABLE_SELECTOR = (["blank", "value", "signature", "unresolved"] as const)
  .map((kind) => `.${CONTRACT_CLASSES[kind]}`)
  .join(", ");
