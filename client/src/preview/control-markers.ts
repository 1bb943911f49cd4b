/**
 * Bidirectional control characters (the one list: server/src/language/vocabulary/
 * control-characters.ts) make text display in an order other than the one it is stored and signed
 * in: a contract could read one way in the preview and mean another. The preview shows each one as
 * a visible marker, even in HTML that did not come from the server's renderer.
 */
import {
  BIDI_CONTROLS,
  codePointLabel,
  CONTROL_REFERENCES,
} from "../../../server/src/language/vocabulary/control-characters";
import { CONTRACT_CLASSES } from "../../../server/src/language/vocabulary/contract-classes";

const TAG_OR_TEXT = /(<[^>]*>)|([^<]+)/g;

function codePointName(codePoint: number): string {
  return codePointLabel(String.fromCodePoint(codePoint));
}

function referencedCodePoint(hex: string | undefined, decimal: string | undefined): number {
  return hex === undefined ? Number(decimal) : parseInt(hex, 16);
}

/** Plain text with each bidi control replaced by a visible ⟨U+202E⟩. */
export function escapeBidiText(text: string): string {
  return text.replace(BIDI_CONTROLS, (char) => `⟨${codePointLabel(char)}⟩`);
}

function markerSpan(codePoint: number): string {
  const name = codePointName(codePoint);
  return `<span class="${CONTRACT_CLASSES.control}" title="${name}">⟨${name}⟩</span>`;
}

/**
 * An HTML fragment with each bidi control in its text shown as a marker element. Inside tags
 * (attribute values) they are dropped instead: markdown-it percent-encodes link targets, so one
 * can only get there by a bug, and an invisible control in an attribute has no legitimate use.
 */
export function escapeBidiInHtml(html: string): string {
  return html.replace(TAG_OR_TEXT, (_match, tag: string | undefined, text: string | undefined) => {
    if (tag !== undefined) {
      return tag.replace(BIDI_CONTROLS, "").replace(CONTROL_REFERENCES, "");
    }
    return (text ?? "")
      .replace(BIDI_CONTROLS, (char) => markerSpan(char.codePointAt(0) ?? 0))
      .replace(CONTROL_REFERENCES, (_ref, hex: string | undefined, decimal: string | undefined) =>
        markerSpan(referencedCodePoint(hex, decimal)),
      );
  });
}
