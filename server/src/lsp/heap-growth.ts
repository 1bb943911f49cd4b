/**
 * How far V8 lets the language server's heap grow between two full garbage collections, and how
 * large its young generation may grow (see YOUNG_GENERATION_BYTES).
 *
 * V8 lets the old generation grow to up to four times what was live after the last full
 * collection when a program allocates fast. The server allocates fast (every version's full check,
 * the preview of a large contract, the answers it sends) while about 80 MB stay live at 10,000
 * articles, so its resident memory climbed to 400–700 MB, mostly garbage, before V8 collected it.
 *
 * A factor of 1.35 keeps the heap near what is live (at 1.5 the peak at 10,000 articles was
 * 257–312 MB across runs, at 1.35 243 MB; the goal is 300 MB). It is a growth rate, not a cap: a contract at
 * the size limit still gets all the memory it needs (a hard `--max-old-space-size` would crash the
 * server on one). The cost is more full collections: about a third more CPU time in
 * bench/lsp-responsiveness.ts. Where even 1.35× what is live is beyond the memory goal (a contract
 * near the size limit that keeps hundreds of megabytes live) that cost buys nothing, and opening
 * one took half as long again: from there the server leaves V8 its own factor. V8 sets each limit
 * from the factor of the collection before, so the factor changes only at that size: a factor
 * that followed the live size closely (V8's own for a small heap) let the heap grow four times a
 * small contract's live size while a large one was opened.
 */
import { constants, PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from "node:v8";
import { SERVER_SEMI_SPACE_MB } from "../protocol";

/** The old generation grows to (1 + this / 100) × what is live before a full collection. */
export const HEAP_GROWING_PERCENT = 35;

/**
 * Live after a full collection from which the server is past its memory goal (300 MB) even at
 * HEAP_GROWING_PERCENT, with the young generation and Node's own memory beside the heap; well above
 * the 80–150 MB measured at 10,000 articles (the measure comes a little after the collection).
 */
export const LARGE_LIVE_BYTES = 200 * 1024 * 1024;

/** The growth the server asks of V8 for what a full collection left live (0: V8's own). */
export function growingPercentFor(liveBytes: number): number {
  return liveBytes > LARGE_LIVE_BYTES ? 0 : HEAP_GROWING_PERCENT;
}

/**
 * The young generation's size (both semi-spaces) from which it grows no more: what a client that
 * starts the server gives V8 at start (protocol.ts). V8 doubles it, up to 32 MB, while much of
 * what is allocated survives a scavenge, as the server's versions do; at 10,000 articles it stood
 * at 32 MB at the server's memory peak, and let the old generation's committed pages reach twice
 * what was used. A server started without the flag stops its growth here after every collection.
 */
export const YOUNG_GENERATION_BYTES = 2 * SERVER_SEMI_SPACE_MB * 1024 * 1024;

/** V8's own factor by which the young generation grows (its `--semi-space-growth-factor`). */
const V8_SEMI_SPACE_GROWTH = 2;

/**
 * The growth to ask of the young generation at this size: none once one more doubling would pass
 * the limit. The server hears of a collection only after the step it happened in (a
 * PerformanceObserver), so V8 may grow it once more before the factor changes: in one run of
 * three it reached 32 MB. Stopping at half the limit held it at 8 MB, and keystrokes during the
 * full check took longer (p90 48–55 ms against 40–47): the flag at start is the reliable way.
 */
export function youngGrowthFor(newSpaceBytes: number): number {
  return newSpaceBytes * V8_SEMI_SPACE_GROWTH > YOUNG_GENERATION_BYTES ? 1 : V8_SEMI_SPACE_GROWTH;
}

/** The young generation's size now (both semi-spaces). */
export function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === "new_space")?.space_size ?? 0;
}

function isFullCollection(entry: PerformanceEntry): boolean {
  const detail: unknown = (entry as { readonly detail?: unknown }).detail;
  return (
    typeof detail === "object" &&
    detail !== null &&
    (detail as { readonly kind?: unknown }).kind === constants.NODE_PERFORMANCE_GC_MAJOR
  );
}

/**
 * Sets V8's growth factor for the rest of this process, and after every full collection the one
 * for what it left live (the next collection's limit uses it); after every collection, whether the
 * young generation may grow further. Returns a function that stops following them (for tests).
 */
export function limitHeapGrowth(): () => void {
  let current = HEAP_GROWING_PERCENT;
  let young = V8_SEMI_SPACE_GROWTH;
  setFlagsFromString(`--heap-growing-percent=${current}`);
  const observer = new PerformanceObserver((list) => {
    const growth = youngGrowthFor(newSpaceBytes());
    if (growth !== young) {
      young = growth;
      setFlagsFromString(`--semi-space-growth-factor=${growth}`);
    }
    if (!list.getEntries().some(isFullCollection)) return;
    const percent = growingPercentFor(getHeapStatistics().used_heap_size);
    if (percent === current) return;
    current = percent;
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  });
  observer.observe({ entryTypes: ["gc"] });
  return () => observer.disconnect();
}
