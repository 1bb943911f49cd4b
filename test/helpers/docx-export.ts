/** A contract file exported as DOCX through the same path as the CLI, for the export tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeDocx } from "../../server/src/export/docx/write-docx";
import { createContractService, documentLayout } from "../../server/src/language";
import { ROOT } from "./fixtures";

export const REFERENCES_PATH = "test/fixtures/export/references.contract";

export interface Exported {
  readonly docx: Buffer;
  /** What `keiyaku render --format text` prints. */
  readonly text: string;
}

export async function exportDocx(path: string): Promise<Exported> {
  const service = createContractService();
  const analysis = service.analyze(readFileSync(join(ROOT, path), "utf8"));
  const docx = Buffer.from(await writeDocx(documentLayout(analysis)));
  return { docx, text: service.render(analysis, "text") };
}
