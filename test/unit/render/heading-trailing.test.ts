/**
 * A character right after a heading's 「）」 is text: U+00A0, \v, \f, U+2028, U+2029 and U+FEFF were
 * taken for spaces and dropped, without a finding, by the renderer and the formatter. A heading is
 * a heading only alone on its line (language.md §3.1), so such a line is prose: printed as written.
 */
import assert from "node:assert/strict";
import { formatText } from "../../../server/src/language/features/format";
import { createContractService } from "../../../server/src/language/service";

const service = createContractService();

describe("render and format: what follows a heading's 「）」 stays", () => {
  for (const c of ["\u00A0", "\u000B", "\u000C", "\u2028", "\u2029", "\uFEFF"]) {
    const label = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
    it(label, () => {
      const analysis = service.analyze(`第1条（目的）${c}\n本文\n`);
      assert.ok(formatText(analysis).startsWith(`第1条（目的）${c}\n`), "formatting keeps it");
      const text = service.render(analysis, "text");
      assert.ok(text.startsWith(`第1条（目的）${c}\n`) || text.startsWith(`第1条（目的）⟨${label}⟩\n`), text);
      assert.ok(
        analysis.document.blocks.every((b) => b.kind !== "article"),
        "not a heading: something follows its 「）」",
      );
    });
  }
});
