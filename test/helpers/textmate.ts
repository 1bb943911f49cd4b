/** The extension's TextMate grammar, tokenised with the engine VS Code uses (vscode-textmate). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as oniguruma from "vscode-oniguruma";
import * as vsctm from "vscode-textmate";
import { readRepoFile, ROOT } from "./fixtures";

export const GRAMMAR_PATH = "syntaxes/contract.tmLanguage.json";

export interface TokenizedLine {
  readonly text: string;
  readonly tokens: readonly vsctm.IToken[];
}

// loadWASM may run only once per process, and every test shares the one grammar.
let grammarPromise: Promise<vsctm.IGrammar> | null = null;

function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    await oniguruma.loadWASM(readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === "source.contract"
          ? vsctm.parseRawGrammar(readRepoFile(GRAMMAR_PATH), join(ROOT, GRAMMAR_PATH))
          : null,
    });
    const grammar = await registry.loadGrammar("source.contract");
    if (grammar === null) throw new Error("source.contract did not load");
    return grammar;
  })();
  return grammarPromise;
}

/** Line by line, carrying the rule stack as VS Code does, so block context is what it is in the editor. */
export async function tokenize(text: string): Promise<TokenizedLine[]> {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return { text: line, tokens: result.tokens };
  });
}
