/** The element ids the preview page is built with and its script looks up: one list for both. */
export const SHELL_IDS = {
  header: "kp-header",
  blanks: "kp-blanks",
  contract: "kp-contract",
} as const;

export { CLICKABLE_SELECTOR } from "../../../server/src/language/vocabulary/contract-classes";
