/**
 * Every editor feature the server offers. The capabilities the server announces are assembled from
 * this list, so a feature cannot be announced without being handled, or handled without being
 * announced.
 */
import type { ServerCapabilities } from "vscode-languageserver";
import { codeActionsFeature } from "./code-actions";
import { comparisonFeature } from "./comparison";
import { completionFeature } from "./completion";
import { definitionFeature } from "./definition";
import { documentSymbolsFeature } from "./document-symbols";
import { exportDocumentFeature } from "./export-document";
import type { Feature, FeatureContext } from "./feature";
import { foldingFeature } from "./folding";
import { formattingFeature } from "./formatting";
import { hoverFeature } from "./hover";
import { importDocumentFeature } from "./import-document";
import { inlayHintsFeature } from "./inlay-hints";
import { previewFeature } from "./preview";
import { referencesFeature } from "./references";
import { renameFeature } from "./rename";
import { semanticTokensFeature } from "./semantic-tokens";

export type { FeatureContext } from "./feature";

export const FEATURES: readonly Feature[] = [
  definitionFeature,
  referencesFeature,
  renameFeature,
  semanticTokensFeature,
  formattingFeature,
  hoverFeature,
  completionFeature,
  documentSymbolsFeature,
  foldingFeature,
  inlayHintsFeature,
  codeActionsFeature,
  previewFeature,
  comparisonFeature,
  exportDocumentFeature,
  importDocumentFeature,
];

export function featureCapabilities(): ServerCapabilities {
  return Object.assign({}, ...FEATURES.map((f) => f.capabilities)) as ServerCapabilities;
}

export function registerFeatures(context: FeatureContext): void {
  for (const feature of FEATURES) feature.register(context);
}
