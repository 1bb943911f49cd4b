/**
 * Which findings the editor is sent. VS Code keeps at most 1,000 diagnostics per file from an
 * extension (errors first, then warnings, information and hints) and drops the rest with a note
 * of how many it dropped; converting and sending 50,000 findings of a hostile file cost a third of
 * a second of blocked server for nothing shown. The server makes the same choice before
 * converting, for every client, and says itself how many it left out and where to see them all.
 */
import { groupDigits, type ContractDiagnostic, type Severity } from "../language";

/** Findings sent per document, the summary included: VS Code's own limit per file. */
export const SHOWN_DIAGNOSTICS_LIMIT = 1_000;

const ORDER: readonly Severity[] = ["error", "warning", "information", "hint"];

export interface ShownDiagnostics {
  /** In document order, as the check returned them. */
  readonly shown: readonly ContractDiagnostic[];
  /** How many were left out (0: all are shown). */
  readonly omitted: number;
  /** The first finding left out (in document order), where the summary is placed. */
  readonly firstOmitted: ContractDiagnostic | undefined;
}

/**
 * At most `limit - 1` findings, the most severe first, when there are more than `limit`; the
 * last place is the summary's. All of them when they fit.
 */
export function shownDiagnostics(
  diagnostics: readonly ContractDiagnostic[],
  limit = SHOWN_DIAGNOSTICS_LIMIT,
): ShownDiagnostics {
  if (diagnostics.length <= limit) return { shown: diagnostics, omitted: 0, firstOmitted: undefined };
  const room = limit - 1;
  // The least severe level that still fits, and how many of that level fit.
  const counts = ORDER.map((severity) => diagnostics.filter((d) => d.severity === severity).length);
  let left = room;
  let cutLevel = ORDER.length - 1;
  for (const [level, count] of counts.entries()) {
    if (count >= left) {
      cutLevel = level;
      break;
    }
    left -= count;
  }
  const shown: ContractDiagnostic[] = [];
  let firstOmitted: ContractDiagnostic | undefined;
  for (const d of diagnostics) {
    const level = ORDER.indexOf(d.severity);
    const keep = level < cutLevel || (level === cutLevel && left-- > 0);
    if (keep) shown.push(d);
    else firstOmitted ??= d;
  }
  return { shown, omitted: diagnostics.length - shown.length, firstOmitted };
}

/** The summary's message: how many were left out and how to see them all. */
export function omittedMessage(omitted: number): string {
  return (
    `ほかに ${groupDigits(omitted)} 件の指摘があります（エディターに示すのは ` +
    `${groupDigits(SHOWN_DIAGNOSTICS_LIMIT)} 件まで、重大なものから）。すべての指摘は ` +
    "`keiyaku check` で確認できます。"
  );
}
