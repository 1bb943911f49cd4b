/** Every UI string the client shows is translated into Japanese, and the bundle holds no leftovers. */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "../../helpers/fixtures";
import { JA_BUNDLE_PATH, japaneseBundle } from "./l10n";

const SOURCE = join(ROOT, "client/src");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The messages passed to `localize(…)` or `vscode.l10n.t(…)` as string literals. */
function messagesIn(text: string): string[] {
  return [...text.matchAll(/(?:\blocalize|\bl10n\.t)\(\s*"((?:[^"\\]|\\.)*)"/g)].map(
    (match) => JSON.parse(`"${match[1] ?? ""}"`) as string,
  );
}

describe("client: translations", () => {
  const used = new Map<string, string>();
  for (const file of sourceFiles(SOURCE)) {
    for (const message of messagesIn(readFileSync(file, "utf8"))) used.set(message, relative(ROOT, file));
  }
  const bundle = japaneseBundle();

  it("finds the client's messages", () => {
    assert.ok(used.size >= 10, `only ${used.size} messages found`);
  });

  it("translates every message into Japanese", () => {
    const missing = [...used].filter(([message]) => bundle[message] === undefined);
    assert.deepEqual(missing, [], `add them to ${relative(ROOT, JA_BUNDLE_PATH)}`);
  });

  it("keeps the same placeholders in each translation", () => {
    for (const [message, translation] of Object.entries(bundle)) {
      const placeholders = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(placeholders(translation), placeholders(message), message);
    }
  });

  it("has no translation nothing uses", () => {
    assert.deepEqual(
      Object.keys(bundle).filter((message) => !used.has(message)),
      [],
    );
  });
});
