/** The language id the manifest contributes for .contract files, and the documents the client serves. */
export const CONTRACT_LANGUAGE_ID = "contract";

/** Saved files and new, unsaved contracts; other schemes (git:, output:) are views, not documents. */
export const CONTRACT_DOCUMENT_SELECTOR = [
  { scheme: "file", language: CONTRACT_LANGUAGE_ID },
  { scheme: "untitled", language: CONTRACT_LANGUAGE_ID },
] as const;
