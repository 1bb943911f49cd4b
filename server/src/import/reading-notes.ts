/** What the user is told when an import recognised less than a contract's parts and values. */
import type { ImportReading } from "../language";

export const READING_NOTES: Readonly<Record<ImportReading, string | null>> = {
  contract: null,
  structure: "値を条件に取り出すと清書が変わるところがあったため、本文は書いてあるとおりに取り込みました。",
  prose: "契約書の形（条・署名欄など）を読み取れなかったため、本文をすべて前文として取り込みました。",
};
