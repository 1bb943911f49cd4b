/**
 * Keiyaku's own requests over LSP, typed once and shared by the server and the VS Code client
 * (as rust-analyzer does with its lsp_ext), so the two sides cannot drift apart.
 */
import { RequestType } from "vscode-languageserver-protocol";

export interface RenderParams {
  readonly textDocument: { readonly uri: string };
}

export interface RenderResult {
  readonly uri: string;
  /** The document version the HTML was rendered from; the preview drops older ones. */
  readonly version: number;
  readonly title: string | null;
  /** The contract as an HTML fragment; block elements carry data-line (0-based source line). */
  readonly html: string;
  /** How many blanks the rendered contract still has. */
  readonly blanks: number;
  /** 立場 (keiyaku.side) as the contract names that party (甲（委託者）); null for no side. */
  readonly side?: string | null;
}

export const RenderRequest = new RequestType<RenderParams, RenderResult | null, void>("keiyaku/render");

export interface ExportHtmlParams {
  readonly textDocument: { readonly uri: string };
}

export interface ExportHtmlResult {
  /** A standalone HTML file with a strict Content-Security-Policy. */
  readonly html: string;
}

export const ExportHtmlRequest = new RequestType<ExportHtmlParams, ExportHtmlResult | null, void>(
  "keiyaku/exportHtml",
);

export interface CompareParams {
  /** The contract as it is now (the new version). */
  readonly textDocument: { readonly uri: string };
  /** The version to compare it with: the last commit, or a file the user picked. */
  readonly oldText: string;
  /** How to name the old version (HEAD:契約書.contract, a file name). */
  readonly oldName: string;
}

export interface CompareResult {
  readonly uri: string;
  /** The document version compared; the view drops answers older than the one it shows. */
  readonly version: number;
  /** The 新旧対照表 as an HTML fragment; rows carry data-source-start (new version's offset). */
  readonly html: string;
  /** Whether the two versions read the same. */
  readonly empty: boolean;
}

export const CompareRequest = new RequestType<CompareParams, CompareResult | null, void>("keiyaku/compare");

export interface ContractTypesParams {
  /** The document (or folder) whose workspace's .keiyaku/types/ count; null for the built-ins only. */
  readonly uri: string | null;
}

export interface ContractTypeItem {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly source: "builtin" | "workspace";
  /** The blank template 「新しい契約書を作成」 opens. */
  readonly template: string;
}

export interface ContractTypesResult {
  readonly types: readonly ContractTypeItem[];
}

/** The contract types a new contract can start from: the same list as `keiyaku types`. */
export const ContractTypesRequest = new RequestType<ContractTypesParams, ContractTypesResult, void>(
  "keiyaku/contractTypes",
);

export interface ExportDocumentParams {
  readonly textDocument: { readonly uri: string };
  readonly format: "docx" | "pdf";
  /** The browser that prints a PDF (the keiyaku.export.browser setting); null to look for one. */
  readonly browser: string | null;
}

export type ExportDocumentResult =
  | {
      readonly ok: true;
      /** The file's bytes, base64 (JSON-RPC carries text). */
      readonly data: string;
    }
  | {
      readonly ok: false;
      /** Why nothing could be made, in Japanese: no browser for a PDF, say. */
      readonly message: string;
    };

export const ExportDocumentRequest = new RequestType<ExportDocumentParams, ExportDocumentResult | null, void>(
  "keiyaku/exportDocument",
);

export interface ImportDocumentParams {
  /** The file's name, for messages and to tell a .docx from text. */
  readonly name: string;
  /** The file's bytes, base64-encoded (the client reads it, so any file system VS Code has works). */
  readonly content: string;
  /** Which side of a DOCX's tracked changes to take. */
  readonly changes: "accept" | "reject";
}

export type ImportDocumentResult =
  | {
      readonly ok: true;
      /** The .contract text. */
      readonly source: string;
      /** What the user should know, in Japanese (tracked changes, text kept as prose). */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

export const ImportDocumentRequest = new RequestType<ImportDocumentParams, ImportDocumentResult, void>(
  "keiyaku/importDocument",
);

/**
 * What a client that starts the server itself (VS Code) gives Node: V8 sizes the young generation
 * only at start, and at 8 MB semi-spaces holds it at 16 MB (its own maximum is 32 MB). The server's
 * memory peak at 10,000 articles went from 293–323 MB to 234–247 MB so. A server started without
 * it (any other editor's `keiyaku-language-server`) holds it there after start as well as it can
 * (lsp/heap-growth.ts); `NODE_OPTIONS=--max-semi-space-size=8` gives it the same.
 */
export const SERVER_SEMI_SPACE_MB = 8;
export const SERVER_NODE_OPTIONS: readonly string[] = [`--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`];
