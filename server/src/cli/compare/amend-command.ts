/**
 * `keiyaku amend OLD NEW -o 変更覚書.contract`: drafts the 変更覚書 that amends OLD into NEW (see
 * language/compare/amend/). Exit 0 when drafted, 1 when the versions do not differ (nothing to
 * amend), 2 for bad usage or a version that cannot be read.
 */
import { createContractService, draftAmendment, memorandumText } from "../../language";
import { EXIT, type CliIo } from "../cli-io";
import { writeOutput } from "../write-output";
import { startComparison } from "./comparison-start";

/** Two versions whose articles do not differ: nothing to amend, which a script should notice. */
const NOTHING_TO_AMEND = 1;

/** amend writes only a .contract: a --format is refused. */
function contractOnly(args: { readonly format: string | undefined }) {
  return args.format === undefined
    ? ({ ok: true, format: "contract" } as const)
    : ({ ok: false, message: "amend は .contract だけを書き出します（--format は使えません）。" } as const);
}

export async function runAmend(args: readonly string[], io: CliIo): Promise<number> {
  const start = await startComparison(args, io, contractOnly);
  if (!start.ok) return start.exit;
  const versions = start;
  const output = start.args.output;
  const service = createContractService();
  const before = service.analyze(versions.old.text);
  const after = service.analyze(versions.new.text);
  const draft = draftAmendment(before, after);
  if (draft.sentences.length === 0 && draft.notDrafted.length === 0) {
    io.stderr(
      `${versions.old.name} と ${versions.new.name} の条文に違いがないため、変更覚書は作りませんでした。\n`,
    );
    return NOTHING_TO_AMEND;
  }
  for (const missing of draft.notDrafted) {
    io.stderr(
      `自動では起案していない変更があります：${missing}。覚書の第1条に改め文を書き加えてください。\n`,
    );
  }
  const text = memorandumText(before, after, draft);
  if (output === null) {
    io.stdout(text);
    return EXIT.clean;
  }
  const problem = await writeOutput(output, text);
  if (problem !== null) io.stderr(`${problem}\n`);
  return problem === null ? EXIT.clean : EXIT.usage;
}
