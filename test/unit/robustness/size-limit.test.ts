/**
 * A file over the size limit is refused with a Japanese message instead of read: a 10 MB single line
 * cost 3.1 s on open, 2.4 s per keystroke and 1.26 GB. Refused, it costs next to nothing, and
 * nothing that would change the file (formatting) touches it.
 */
import assert from "node:assert/strict";
import { formatEdits } from "../../../server/src/language/features/format";
import { createContractService } from "../../../server/src/language/service";
import { MAX_CONTRACT_LENGTH } from "../../../server/src/language/size-limit";

const service = createContractService();

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

describe("size limit: files over it are refused, not read", function () {
  this.timeout(60000);
  const huge = `前文\n${"甲は乙に{x}を払う。".repeat(Math.ceil((10 * 1024 * 1024) / 11))}\n`;

  it("reports one error that says so, in Japanese", () => {
    const start = cpuMs();
    const analysis = service.analyze(huge);
    const diagnostics = service.check(analysis);
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0]?.message ?? "", /大きすぎるため読み取りません.*上限は2,000,000文字/u);
    assert.equal(diagnostics[0]?.severity, "error");
    assert.equal(service.render(analysis, "text"), "");
    assert.deepEqual(formatEdits(analysis), [], "formatting must not erase the file");
    const edited = service.analyze(`あ${huge}`, analysis);
    assert.equal(service.check(edited).length, 1);
    assert.ok(cpuMs() - start < 2000, `took ${cpuMs() - start} ms of CPU`);
  });

  it("reads a file at the limit, and again after an edit brings one under it", () => {
    const atLimit = `前文\n${"あ".repeat(MAX_CONTRACT_LENGTH - 4)}\n`;
    assert.equal(atLimit.length, MAX_CONTRACT_LENGTH);
    assert.equal(service.analyze(atLimit).document.blocks.length, 1);
    const small = service.analyze("前文\n本文\n", service.analyze(huge));
    assert.deepEqual(
      small.document.blocks.map((b) => b.kind),
      ["preamble"],
    );
  });
});
