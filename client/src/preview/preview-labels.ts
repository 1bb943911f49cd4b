/** The preview's translated words: its tab title and the header's blank count. */
import type { Localize } from "../l10n/localize";

/** As the Markdown preview names its tabs: a locked preview is bracketed. */
export function previewTitle(fileName: string, locked: boolean, localize: Localize): string {
  return locked ? localize("[Preview] {0}", fileName) : localize("Preview {0}", fileName);
}

export function blanksLabel(blanks: number, localize: Localize): string {
  return blanks === 0 ? localize("No blanks") : localize("Blanks {0}", blanks);
}
