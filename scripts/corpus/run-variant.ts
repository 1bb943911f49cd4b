/** Checks one variant the way `keiyaku check` does: the service's public entry, default (draft) options. */
import { buildLineIndex, createContractService, positionAt } from "../../server/src/language";
import type { ActualFinding } from "./score";

export function createCorpusChecker(): (text: string) => ActualFinding[] {
  const service = createContractService();
  return (text) => {
    const lines = buildLineIndex(text);
    return service.check(service.analyze(text)).map((d) => {
      const { line, character } = positionAt(lines, d.span.start);
      return { id: d.id, severity: d.severity, line: line + 1, column: character + 1, message: d.message };
    });
  };
}
