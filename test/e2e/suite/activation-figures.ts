/**
 * What the in-host suite writes about the extension's activation when bench/activation.ts asks for
 * it: the extension's own timing and VS Code's record of the same activation.
 */
import type { ActivationRecord } from "./activation-record";

/** Names the JSON file the activation test writes its figures to; unset in ordinary test runs. */
export const ACTIVATION_JSON_ENV = "KEIYAKU_ACTIVATION_JSON";

export interface ActivationFigures {
  readonly extensionId: string;
  /** activate()'s own measure of its call (see ActivationTiming in client/src/extension.ts). */
  readonly activateMs: number;
  /** From entering activate() until the language server was running. */
  readonly serverReadyMs: number;
  readonly vscode: ActivationRecord;
}
