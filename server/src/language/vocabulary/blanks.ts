/**
 * What "a blank" is, the one definition the checker, the preview's count and the status bar share:
 * a place the contract leaves to be filled in before it is signed — a party's field, a value of
 * 条件, or a placeholder mark in the prose. These are the findings that final mode turns into
 * errors. Something left to another document (blank.undecided, 「別紙」「別途定める」) is not a blank:
 * it is decided by attaching or writing it, not by filling in a hole.
 *
 * Dependency-free, because the VS Code client imports it too.
 */
export const BLANK_IDS: readonly string[] = [
  "blank.party",
  "blank.fee",
  "blank.date",
  "blank.value",
  "blank.placeholder",
];

export function isBlankId(id: string | undefined): boolean {
  return id !== undefined && BLANK_IDS.includes(id);
}
