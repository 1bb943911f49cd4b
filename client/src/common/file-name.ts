/** The last segment of a URI path: what a tab or a save dialog calls the file. */
export function fileNameOf(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
