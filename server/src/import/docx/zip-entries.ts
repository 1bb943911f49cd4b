/**
 * Reads the XML parts of a DOCX (a ZIP file) with every size bounded, before any library opens
 * it: a counterparty's file may be a zip bomb (a few kilobytes that inflate to gigabytes). Each
 * entry is inflated with a cap on its output and must inflate to exactly the size its directory
 * entry declares, so that the library that reads the same entries afterwards inflates no more.
 */
import { inflateRawSync } from "node:zlib";
import { DocxProblem } from "./docx-problem";

/** The most one XML part may inflate to, and all of them together. */
export const MAX_PART_BYTES = 32 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface DirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

function corrupt(): DocxProblem {
  return new DocxProblem("corrupt");
}

function endOfDirectory(bytes: Buffer): number {
  // The end record is 22 bytes, followed by a comment of at most 65,535 bytes.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--)
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  throw corrupt();
}

function directory(bytes: Buffer): DirectoryEntry[] {
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new DocxProblem("unsupported");
  if (count > MAX_ENTRIES) throw new DocxProblem("tooLarge");
  const entries: DirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw corrupt();
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeader: bytes.readUInt32LE(at + 42),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + skip;
  }
  return entries;
}

function compressedData(bytes: Buffer, entry: DirectoryEntry): Buffer {
  const at = entry.localHeader;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw corrupt();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt();
  return bytes.subarray(start, end);
}

function inflate(bytes: Buffer, entry: DirectoryEntry): Buffer {
  // Bit 0: the entry is encrypted (a password-protected ZIP).
  if ((entry.flags & 1) !== 0) throw new DocxProblem("encrypted");
  if (entry.size > MAX_PART_BYTES) throw new DocxProblem("tooLarge");
  const data = compressedData(bytes, entry);
  if (entry.method === STORED) {
    if (data.length !== entry.size) throw corrupt();
    return data;
  }
  if (entry.method !== DEFLATED) throw new DocxProblem("unsupported");
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
  } catch {
    // Past maxOutputLength (a part larger than it says: a zip bomb) or not deflate data at all.
    throw corrupt();
  }
  if (inflated.length !== entry.size) throw corrupt();
  return inflated;
}

function isXmlPart(name: string): boolean {
  return name.endsWith(".xml") || name.endsWith(".rels");
}

/** Every XML part of the file by name, inflated and checked; throws a DocxProblem otherwise. */
export function readXmlParts(bytes: Buffer): Map<string, string> {
  const parts = new Map<string, string>();
  let total = 0;
  for (const entry of directory(bytes)) {
    if (!isXmlPart(entry.name)) continue;
    total += entry.size;
    if (total > MAX_TOTAL_BYTES) throw new DocxProblem("tooLarge");
    parts.set(entry.name, inflate(bytes, entry).toString("utf8"));
  }
  return parts;
}
