/**
 * Bidirectional control characters (U+202A–202E embeddings and overrides, U+2066–2069 isolates)
 * make text display in an order other than the one it is stored and signed in: a contract could
 * read one way in the preview and mean another. The preview shows each one as a visible marker.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

// The same characters written as numeric character references, which a browser would decode.
const BIDI_REFERENCE = /&#(?:x0*(202[a-e]|206[6-9])|0*(823[4-8]|829[4-7]));/gi;

const TAG_OR_TEXT = /(<[^>]*>)|([^<]+)/g;

function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

function referencedCodePoint(hex: string | undefined, decimal: string | undefined): number {
  return hex === undefined ? Number(decimal) : parseInt(hex, 16);
}

/** Plain text with each bidi control replaced by a visible ⟨U+202E⟩. */
export function escapeBidiText(text: string): string {
  return text.replace(BIDI_CONTROL, (char) => `⟨${codePointName(char.codePointAt(0) ?? 0)}⟩`);
}

function markerSpan(codePoint: number): string {
  const name = codePointName(codePoint);
  return `<span class="kc-bidi" title="${name}">⟨${name}⟩</span>`;
}

/**
 * An HTML fragment with each bidi control in its text shown as a marker element. Inside tags
 * (attribute values) they are dropped instead: markdown-it percent-encodes link targets, so one
 * can only get there by a bug, and an invisible control in an attribute has no legitimate use.
 */
export function escapeBidiInHtml(html: string): string {
  return html.replace(TAG_OR_TEXT, (_match, tag: string | undefined, text: string | undefined) => {
    if (tag !== undefined) {
      return tag.replace(BIDI_CONTROL, "").replace(BIDI_REFERENCE, "");
    }
    return (text ?? "")
      .replace(BIDI_CONTROL, (char) => markerSpan(char.codePointAt(0) ?? 0))
      .replace(BIDI_REFERENCE, (_ref, hex: string | undefined, decimal: string | undefined) =>
        markerSpan(referencedCodePoint(hex, decimal)),
      );
  });
}
