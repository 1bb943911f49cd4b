/** The client's `Localize` as the tests run it: English as written, or through the Japanese bundle. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Localize } from "../../../client/src/l10n/localize";
import { ROOT } from "../../helpers/fixtures";

export const JA_BUNDLE_PATH = join(ROOT, "client/src/l10n/bundle.l10n.ja.json");

export function japaneseBundle(): Readonly<Record<string, string>> {
  return JSON.parse(readFileSync(JA_BUNDLE_PATH, "utf8")) as Record<string, string>;
}

function format(template: string, args: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));
}

export const english: Localize = (message, ...args) => format(message, args);

export function japanese(): Localize {
  const bundle = japaneseBundle();
  return (message, ...args) => format(bundle[message] ?? message, args);
}
