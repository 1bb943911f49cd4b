/**
 * Run by test/unit/lsp/heap-growth.test.ts in a process of its own: ~80 MB kept live, and objects
 * that live long enough to reach the old generation made and dropped, as the server's versions
 * are. Prints the largest heap V8 committed, with the server's heap growth (KEIYAKU_LIMIT_HEAP=1)
 * or without it.
 */
import { getHeapStatistics } from "node:v8";
import { limitHeapGrowth } from "../../server/src/lsp/heap-growth";

if (process.env["KEIYAKU_LIMIT_HEAP"] === "1") limitHeapGrowth();
const chunk = () => Array.from({ length: 10_000 }, (_, i) => ({ i, s: `line ${i}` }));
// ~1 MB each: 80 kept, and a ring of 20 that is replaced over and over.
const live = Array.from({ length: 80 }, chunk);
const ring: unknown[] = [];
let peak = 0;
let round = 0;
const step = () => {
  for (let i = 0; i < 20; i++) ring[(round * 20 + i) % 20] = chunk();
  peak = Math.max(peak, getHeapStatistics().total_heap_size);
  round += 1;
  // A turn of the event loop between rounds, as the server's slices.
  if (round < 40) setImmediate(step);
  else {
    if (live.length !== 80) throw new Error("the live chunks were let go");
    process.stdout.write(`${peak}\n`);
  }
};
step();
