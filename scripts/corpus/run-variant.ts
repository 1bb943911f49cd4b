/** Checks one variant the way `keiyaku check` does: the service's default (draft) options. */
import { buildLineIndex } from "../../server/src/language/line-index";
import { positionAt } from "../../server/src/language/positions";
import { createContractService, type ContractService } from "../../server/src/language/service";
import type { ActualFinding } from "./score";

export function createCorpusChecker(): (text: string) => ActualFinding[] {
  const service: ContractService = createContractService();
  return (text) => {
    const lines = buildLineIndex(text);
    return service.check(service.analyze(text)).map((d) => {
      const { line, character } = positionAt(lines, d.span.start);
      return { id: d.id, severity: d.severity, line: line + 1, column: character + 1, message: d.message };
    });
  };
}
