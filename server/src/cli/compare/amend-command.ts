/**
 * `keiyaku amend OLD NEW -o 変更覚書.contract`: drafts the 変更覚書 that amends OLD into NEW (see
 * language/compare/amend/). Exit 0 when drafted, 1 when the versions do not differ (nothing to
 * amend), 2 for bad usage or a version that cannot be read.
 */
import { createContractService, draftAmendment, memorandumText } from "../../language";
import { writeOutput } from "../write-output";
import { COMPARISON_USAGE, parseComparisonArguments } from "./comparison-arguments";
import type { CommandIo } from "./diff-command";
import { readVersions } from "./versions";

const EXIT = { clean: 0, nothing: 1, usage: 2 } as const;

export async function runAmend(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseComparisonArguments(args);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n`);
    return EXIT.usage;
  }
  if (parsed.args.help) {
    io.stdout(`使い方 / Usage:\n${COMPARISON_USAGE}\n`);
    return EXIT.clean;
  }
  if (parsed.args.format !== undefined) {
    io.stderr("amend は .contract だけを書き出します（--format は使えません）。\n");
    return EXIT.usage;
  }
  const versions = await readVersions(parsed.args.positional);
  if (!versions.ok) {
    io.stderr(`${versions.message}\n`);
    return EXIT.usage;
  }
  const service = createContractService();
  const before = service.analyze(versions.old.text);
  const after = service.analyze(versions.new.text);
  const draft = draftAmendment(before, after);
  if (draft.sentences.length === 0 && draft.notDrafted.length === 0) {
    io.stderr(
      `${versions.old.name} と ${versions.new.name} の条文に違いがないため、変更覚書は作りませんでした。\n`,
    );
    return EXIT.nothing;
  }
  for (const missing of draft.notDrafted) {
    io.stderr(
      `自動では起案していない変更があります：${missing}。覚書の第1条に改め文を書き加えてください。\n`,
    );
  }
  const text = memorandumText(before, after, draft);
  if (parsed.args.output === null) {
    io.stdout(text);
    return EXIT.clean;
  }
  const problem = await writeOutput(parsed.args.output, text);
  if (problem !== null) io.stderr(`${problem}\n`);
  return problem === null ? EXIT.clean : EXIT.usage;
}
