/**
 * How far V8 lets the language server's heap grow between two full garbage collections.
 *
 * V8 lets the old generation grow to up to four times what was live after the last full
 * collection when a program allocates fast. The server allocates fast (every version's full check,
 * the preview of a large contract, the answers it sends) while about 80 MB stay live at 10,000
 * articles, so its resident memory climbed to 400–700 MB, mostly garbage, before V8 collected it.
 *
 * A fixed factor keeps the heap near what is live. It is set once, at start: a factor that follows
 * the live size (V8's own for a small heap) was tried and overshot, because V8 sets each limit
 * from the factor of the collection before, so the heap grew four times a small contract's live
 * size while a large one was opened. It is a growth rate, not a cap: a contract at the size limit
 * still gets all the memory it needs (a hard `--max-old-space-size` would crash the server on one).
 * The cost is more full collections: about a third more CPU time in bench/lsp-responsiveness.ts.
 */
import { setFlagsFromString } from "node:v8";

/** The old generation grows to (1 + this / 100) × what is live before a full collection. */
export const HEAP_GROWING_PERCENT = 50;

/** Sets V8's growth factor for the rest of this process; called once, before the server starts. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
