/**
 * The messages between the comparison view's page and the extension, with guards: neither side
 * trusts the other's message as a shape.
 */

/** Extension → page: the 新旧対照表 as an HTML fragment from the language server. */
export interface ComparisonUpdate {
  readonly type: "update";
  readonly html: string;
}

/** Page → extension: a row was clicked; reveal this offset of the new version's source. */
export interface RevealOffset {
  readonly type: "reveal";
  readonly offset: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export function isComparisonUpdate(value: unknown): value is ComparisonUpdate {
  return isRecord(value) && value["type"] === "update" && typeof value["html"] === "string";
}

export function isRevealOffset(value: unknown): value is RevealOffset {
  return (
    isRecord(value) &&
    value["type"] === "reveal" &&
    typeof value["offset"] === "number" &&
    Number.isSafeInteger(value["offset"]) &&
    value["offset"] >= 0
  );
}
