/** The corpus run: every variant through the checker, scored against its expected findings. */
import type { CorpusVariant } from "./manifest";
import { createCorpusChecker } from "./run-variant";
import { scoreVariant, type ActualFinding, type VariantOutcome } from "./score";

export interface CorpusInput {
  readonly variant: CorpusVariant;
  readonly text: string;
}

export type Checker = (text: string) => ActualFinding[];

export function runCorpus(
  inputs: readonly CorpusInput[],
  check: Checker = createCorpusChecker(),
): VariantOutcome[] {
  return inputs.map(({ variant, text }) => scoreVariant(variant, check(text)));
}

/** Expected lines that are not in the file: a manifest out of step with its variant. */
export function lineProblems(inputs: readonly CorpusInput[]): string[] {
  return inputs.flatMap(({ variant, text }) => {
    const lineCount = text.split(/\r\n|\r|\n/).length;
    return variant.expected
      .filter((e) => e.line !== null && e.line > lineCount)
      .map(
        (e) =>
          `${variant.file}: expected ${e.ids.join("|")} on line ${e.line}, but the file has ${lineCount} lines`,
      );
  });
}
