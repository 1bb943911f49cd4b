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

/** Each severity's rank, most severe first. */
const LEVEL: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

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
  // The least severe level that still fits, and how many of that level fit. One pass to count:
  // issue 14's hostile line has 100,000 findings, and a pass per severity with a closure per
  // finding was 10 ms of the step that publishes them.
  const counts = [0, 0, 0, 0];
  for (const d of diagnostics) {
    const level = LEVEL[d.severity];
    counts[level] = (counts[level] ?? 0) + 1;
  }
  let left = room;
  let cutLevel = counts.length - 1;
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
    const level = LEVEL[d.severity];
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
