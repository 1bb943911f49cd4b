// Draws client/media/icon.png, the 128×128 extension icon: a page of a contract with a red 印
// seal on its corner. No image tools are installed, so the shapes are rasterised and encoded as a
// PNG here with zlib alone; the output is deterministic, so the committed PNG can be checked.
//
//   node scripts/make-icon.mjs          write client/media/icon.png
//   node scripts/make-icon.mjs --check  exit 1 if the committed PNG differs from this script's
import { Buffer } from "node:buffer";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "client", "media", "icon.png");

const SIZE = 128;
// Samples per pixel along each axis: anti-aliased edges without a vector library.
const SUPERSAMPLE = 4;

const COLORS = {
  pageEdge: [0x7b, 0x87, 0x94],
  page: [0xff, 0xff, 0xff],
  fold: [0xdd, 0xe3, 0xea],
  title: [0x4a, 0x55, 0x63],
  line: [0xc5, 0xcc, 0xd6],
  seal: [0xc6, 0x28, 0x28],
};

// The page: a rectangle with its top-right corner folded over.
const PAGE = { left: 22, top: 8, right: 98, bottom: 120, fold: 20 };

/** Inside the page shrunk by `inset`, the folded corner cut away along its diagonal. */
function page(inset) {
  return (x, y) =>
    x >= PAGE.left + inset &&
    x <= PAGE.right - inset &&
    y >= PAGE.top + inset &&
    y <= PAGE.bottom - inset &&
    x - (PAGE.right - PAGE.fold) - (y - PAGE.top) <= -inset * Math.SQRT2;
}

/** The folded flap: the triangle under the cut corner, shrunk by `inset`. */
function flap(inset) {
  const corner = PAGE.right - PAGE.fold;
  return (x, y) =>
    x >= corner + inset &&
    y <= PAGE.top + PAGE.fold - inset &&
    x - corner - (y - PAGE.top) >= inset * Math.SQRT2;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** A stroke with round ends, like a line of text or a brush stroke. */
function capsule(a, b, width) {
  return (x, y) => distanceToSegment(x, y, a, b) <= width / 2;
}

function disk(cx, cy, radius) {
  return (x, y) => Math.hypot(x - cx, y - cy) <= radius;
}

function ring(cx, cy, inner, outer) {
  return (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return d >= inner && d <= outer;
  };
}

// 印 as brush strokes in a 10×10 box: the left part (a slanted top, a spine, two bars) and 卩.
const SEAL_GLYPH = [
  [
    [3.2, 0.4],
    [0.8, 1.8],
  ],
  [
    [0.8, 1.8],
    [0.8, 8.6],
  ],
  [
    [0.8, 4.8],
    [3.4, 4.8],
  ],
  [
    [0.8, 8.6],
    [3.6, 8.0],
  ],
  [
    [5.2, 1.2],
    [9.2, 1.2],
  ],
  [
    [9.2, 1.2],
    [9.2, 6.2],
  ],
  [
    [9.2, 6.2],
    [8.0, 6.6],
  ],
  [
    [5.2, 1.2],
    [5.2, 9.6],
  ],
];

const SEAL = { cx: 90, cy: 92, radius: 30, ringWidth: 4.5, glyphSize: 30, strokeWidth: 1.1 };

function sealGlyph() {
  const scale = SEAL.glyphSize / 10;
  const originX = SEAL.cx - SEAL.glyphSize / 2;
  const originY = SEAL.cy - SEAL.glyphSize / 2;
  const toIcon = ([gx, gy]) => [originX + gx * scale, originY + gy * scale];
  return SEAL_GLYPH.map(([a, b]) => capsule(toIcon(a), toIcon(b), SEAL.strokeWidth * scale));
}

/** Painted in order; the last shape that covers a point gives its colour. */
const SHAPES = [
  [page(0), COLORS.pageEdge],
  [page(3), COLORS.page],
  [flap(0), COLORS.pageEdge],
  [flap(3), COLORS.fold],
  [capsule([36, 26], [64, 26], 6), COLORS.title],
  ...[42, 54, 66, 78, 90, 102].map((y, i) => [capsule([36, y], [i === 5 ? 60 : 84, y], 4), COLORS.line]),
  // The seal's paper is left white, as a stamped 印影 is: only the ring and the glyph are red.
  [disk(SEAL.cx, SEAL.cy, SEAL.radius), COLORS.page],
  [ring(SEAL.cx, SEAL.cy, SEAL.radius - SEAL.ringWidth, SEAL.radius), COLORS.seal],
  ...sealGlyph().map((shape) => [shape, COLORS.seal]),
];

function colorAt(x, y) {
  let color = null;
  for (const [inside, fill] of SHAPES) if (inside(x, y)) color = fill;
  return color;
}

/** RGBA rows, each prefixed with PNG filter type 0 (none). */
function rasterize() {
  const stride = SIZE * 4 + 1;
  const raw = Buffer.alloc(stride * SIZE);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < SIZE; py++) {
    raw[py * stride] = 0;
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const color = colorAt(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE);
          if (color === null) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          covered++;
        }
      }
      const at = py * stride + 1 + px * 4;
      if (covered > 0) {
        // Colour averaged over the covered samples only, so edges fade out instead of darkening.
        raw[at] = Math.round(r / covered);
        raw[at + 1] = Math.round(g / covered);
        raw[at + 2] = Math.round(b / covered);
        raw[at + 3] = Math.round((255 * covered) / samples);
      }
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function renderIcon() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rasterize(), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const png = renderIcon();
  if (process.argv.includes("--check")) {
    if (!existsSync(OUT) || !readFileSync(OUT).equals(png)) {
      console.error("client/media/icon.png is stale: run node scripts/make-icon.mjs");
      process.exitCode = 1;
    }
  } else {
    writeFileSync(OUT, png);
    console.log(`wrote ${OUT} (${png.length} bytes)`);
  }
}
