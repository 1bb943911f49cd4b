/**
 * UTF-16 surrogate pairs: a character outside the Basic Multilingual Plane (𠮷, 𐀀) is two code
 * units, and a span, an edit or a step through text must never stop between them.
 */

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether `offset` falls between the two halves of a well-formed pair. */
export function splitsPairAt(text: string, offset: number): boolean {
  return isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1));
}

/** Code units of the character that starts at `offset` (2 for a well-formed surrogate pair). */
export function widthAt(text: string, offset: number): number {
  return isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1)) ? 2 : 1;
}

/** Code units of the character that ends at `offset`. */
export function widthBefore(text: string, offset: number): number {
  return isLowSurrogate(text.charCodeAt(offset - 1)) && isHighSurrogate(text.charCodeAt(offset - 2)) ? 2 : 1;
}
