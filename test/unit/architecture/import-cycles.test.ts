/**
 * No module imports itself through others, type-only imports included: a cycle is two concepts
 * that cannot be understood (or moved) apart, and the layering of docs/architecture.md forbids it.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ROOT } from "../../helpers/fixtures";

const IMPORT = /(?:from|import)\s*\(?\s*"(\.[^"]+)"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(IMPORT)].flatMap((m) => {
    const base = resolve(dirname(file), m[1] ?? "");
    return [`${base}.ts`, join(base, "index.ts")].filter((c) => existsSync(c)).slice(0, 1);
  });
}

function findCycles(files: readonly string[]): string[] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") {
        cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(ROOT, f)).join(" → "));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe("architecture: no import cycles", () => {
  it("finds a cycle when there is one (the detector works)", () => {
    const a = join(ROOT, "test/fixtures/cycle/a.ts");
    assert.equal(findCycles([a, join(ROOT, "test/fixtures/cycle/b.ts")]).length, 1);
  });

  for (const folder of ["server/src", "client/src"]) {
    it(`has none in ${folder}`, () => {
      assert.deepEqual(findCycles(sourceFiles(join(ROOT, folder))), []);
    });
  }
});
