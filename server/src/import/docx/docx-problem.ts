/** Why a DOCX cannot be imported; the host turns the kind into a Japanese message (docx-messages.ts). */
export type DocxProblemKind =
  "corrupt" | "encrypted" | "unsupported" | "tooLarge" | "tooDeep" | "notWord" | "unreadable";

export class DocxProblem extends Error {
  constructor(
    readonly kind: DocxProblemKind,
    detail?: string,
  ) {
    super(detail === undefined ? kind : `${kind}: ${detail}`);
  }
}
