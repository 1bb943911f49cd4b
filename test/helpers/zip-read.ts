/** Reads one file out of a zip archive (a .docx), by its local header: stored or deflated. */
import { inflateRawSync } from "node:zlib";

const LOCAL_FILE_HEADER = 0x04034b50;

export function zipFile(archive: Buffer, name: string): string {
  let at = 0;
  while (at + 30 <= archive.length && archive.readUInt32LE(at) === LOCAL_FILE_HEADER) {
    const method = archive.readUInt16LE(at + 8);
    const compressed = archive.readUInt32LE(at + 18);
    const nameLength = archive.readUInt16LE(at + 26);
    const extraLength = archive.readUInt16LE(at + 28);
    const entry = archive.toString("utf8", at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extraLength;
    if (entry === name) {
      const data = archive.subarray(start, start + compressed);
      return (method === 0 ? data : inflateRawSync(data)).toString("utf8");
    }
    at = start + compressed;
  }
  throw new Error(`${name} is not in the archive`);
}
