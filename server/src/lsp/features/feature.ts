/**
 * One editor feature over LSP: the capability it announces and the handlers it registers. Each
 * feature is a thin adapter: LSP positions to offsets, the service's answer back to LSP types.
 * The server's capabilities are assembled from the features (index.ts), so announcing a feature
 * and handling it cannot drift apart.
 */
import type { ClientCapabilities, Connection, ServerCapabilities } from "vscode-languageserver";
import type { CheckedVersion, ContractService } from "../../language";
import type { ContractDocuments } from "../contract-documents";
import type { Guard } from "../guard";
import type { KeiyakuSettings } from "../settings";

export interface FeatureContext {
  readonly connection: Connection;
  readonly service: ContractService;
  readonly documents: ContractDocuments;
  readonly guard: Guard;
  readonly settingsOf: (uri: string) => Promise<KeiyakuSettings>;
  /** The size from which a keystroke does not run the full check (DiagnosticsTiming). */
  readonly largeDocument: number;
  /** The text and diagnostics last published for a document (diagnostics-publisher.ts). */
  readonly published: (uri: string) => CheckedVersion | undefined;
  /** What the client said it can do (empty before `initialize`). */
  readonly clientCapabilities: () => ClientCapabilities;
  /** Whether a feature may answer with JSON it wrote in steps (serialized-json.ts). */
  readonly serializedAnswers: boolean;
}

export interface Feature {
  readonly capabilities: ServerCapabilities;
  register(context: FeatureContext): void;
}
