/**
 * The import's promise, checked on every result: every character of the document's text appears
 * in the imported contract's rendering, in order. Whitespace is layout (the language drops
 * indentation and folds blank lines), character width is not text (the rendering writes 1． and
 * （1） in full width whatever the document had), and an invisible or control character renders
 * as its visible mark ⟨U+XXXX⟩, as every rendering shows it.
 */
import { markInvisible } from "../vocabulary/control-characters";

const WHITESPACE = /\s+/gu;

/** The text as the comparison sees it. */
export function comparable(text: string): string {
  return markInvisible(text).normalize("NFKC").replace(WHITESPACE, "");
}

/** Whether every character of `source` appears in `rendering`, in order (a two-pointer scan). */
export function keepsEveryCharacter(source: string, rendering: string): boolean {
  const wanted = [...comparable(source)];
  const found = comparable(rendering);
  let at = 0;
  for (const char of found) {
    if (at === wanted.length) break;
    if (char === wanted[at]) at++;
  }
  return at === wanted.length;
}
