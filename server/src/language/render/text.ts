/** The printed contract as plain text: what the golden test compares byte for byte. */
import type { LaidOutLine, Layout } from "./layout";

function lineText(line: LaidOutLine): string {
  return line.segments.map((s) => s.text).join("");
}

export function renderText(layout: Layout): string {
  const blocks = layout.blocks.map((block) =>
    block.groups.map((group) => group.map(lineText).join("\n")).join("\n\n"),
  );
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}
