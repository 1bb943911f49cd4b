/**
 * The quick fixes a finding offers, kept in its `data`. They are not sent to the editor: a code
 * action request takes them from the findings of the document's current version, so an edit never
 * applies to stale offsets. Edits are spans of the text the finding was made on.
 */
import type { Span } from "../ast";

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface QuickFix {
  /** Japanese, shown in the editor's light-bulb menu. */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix the editor may apply with "auto fix". */
  readonly preferred?: boolean;
}

export interface FixData {
  readonly fixes: readonly QuickFix[];
}

export function fixData(...fixes: QuickFix[]): FixData {
  return { fixes };
}

/** The fixes a finding offers, none when it carries no fix data. */
export function fixesOf(finding: { readonly data?: FixData }): readonly QuickFix[] {
  return finding.data?.fixes ?? [];
}
