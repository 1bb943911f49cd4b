/** A problem in a workspace file, located for an editor (0-based) and for a terminal (1-based). */
import { relative } from "node:path";
import type { DataProblem } from "./data-node";

export interface FileProblem {
  readonly path: string;
  readonly offset: number;
  readonly length: number;
  /** 0-based, in UTF-16 code units as LSP counts them. */
  readonly line: number;
  readonly character: number;
  readonly message: string;
}

export function locate(path: string, text: string, problem: DataProblem): FileProblem {
  const offset = Math.max(0, Math.min(problem.offset, text.length));
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {
    path,
    offset,
    length: problem.length,
    line,
    character: offset - lineStart,
    message: problem.message,
  };
}

/** `file:line:col: message`, as compilers print it (1-based), the path relative to `base` if given. */
export function formatFileProblem(problem: FileProblem, base?: string): string {
  const path = base === undefined ? problem.path : relative(base, problem.path) || problem.path;
  return `${path}:${problem.line + 1}:${problem.character + 1}: ${problem.message}`;
}
