/**
 * Run by test/unit/lsp/heap-growth.test.ts in a process of its own: ~80 MB kept live, and objects
 * that live long enough to reach the old generation made and dropped, as the server's versions
 * are. Prints, as JSON, the largest heap V8 committed and the largest its young generation was, with
 * the server's heap growth (KEIYAKU_LIMIT_HEAP=1) or without it.
 */
import { getHeapStatistics } from "node:v8";
import { limitHeapGrowth, newSpaceBytes } from "../../server/src/lsp/heap-growth";

if (process.env["KEIYAKU_LIMIT_HEAP"] === "1") limitHeapGrowth();
const chunk = () => Array.from({ length: 10_000 }, (_, i) => ({ i, s: `line ${i}` }));
// ~1 MB each: 80 kept (made first), and a ring of 20 that is replaced over and over.
const live: unknown[] = [];
const ring: unknown[] = [];
let peak = 0;
let young = 0;
let round = 0;
const step = () => {
  if (live.length < 80) live.push(chunk());
  else ring[round % 20] = chunk();
  peak = Math.max(peak, getHeapStatistics().total_heap_size);
  young = Math.max(young, newSpaceBytes());
  round += 1;
  // A turn of the event loop between chunks, as the server's slices of a few milliseconds.
  if (round < 880) setImmediate(step);
  else {
    if (live.length !== 80) throw new Error("the live chunks were let go");
    process.stdout.write(`${JSON.stringify({ peak, young })}\n`);
  }
};
step();
