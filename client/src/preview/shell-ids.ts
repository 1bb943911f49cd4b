/** The element ids the preview page is built with and its script looks up: one list for both. */
export const SHELL_IDS = {
  header: "kp-header",
  blanks: "kp-blanks",
  contract: "kp-contract",
} as const;

/** The rendered spans a click takes back to their definition in the source. */
export const CLICKABLE_SELECTOR = ".kc-blank, .kc-value, .kc-signature, .kc-unresolved";
