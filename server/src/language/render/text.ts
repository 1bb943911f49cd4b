/** The printed contract as plain text: what the golden test compares byte for byte. */
import { markInvisible } from "../vocabulary/control-characters";
import type { LaidOutLine, Layout } from "./layout";

// Invisible and control characters are shown as ⟨U+XXXX⟩, as in every rendering (see bidi.ts).
function lineText(line: LaidOutLine): string {
  return markInvisible(line.segments.map((s) => s.text).join(""));
}

export function renderText(layout: Layout): string {
  const blocks = layout.blocks.map((block) =>
    block.groups.map((group) => group.map(lineText).join("\n")).join("\n\n"),
  );
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}
