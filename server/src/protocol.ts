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
