/**
 * The title of an imported document: its first line, when that line reads as a contract's title
 * (short, no sentence, ending in 契約書・覚書・約款 … or such a name with a note in parentheses,
 * as 業務委託契約書（案）). Anything else stays prose.
 */
import { headerKindAt } from "../parse/split-blocks";
import { withoutLayout } from "../parse/layout-space";

const TITLE_END = /(?:書|契約|約款|規約|規程|規定|協定)(?:[（(][^（()）]*[）)])?$/u;
const MAX_TITLE_LENGTH = 60;

/** The title text to write in 契約書「…」, or null when the line is not a title. */
export function titleOf(line: string): string | null {
  const text = withoutLayout(line);
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH) return null;
  // 」 would end 契約書「…」 early, and a title renders as written: braces are not references there.
  if (/[。」\r\n]/u.test(text)) return null;
  if (headerKindAt(text, 0) !== null || !TITLE_END.test(text)) return null;
  return text;
}
