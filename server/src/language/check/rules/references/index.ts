/** The references checks, in the order they run. */
import type { Rule } from "../../rule";
import { annexReferencesRule } from "./annex-references";
import { articleLabelsRule } from "./article-labels";
import { articleReferencesRule } from "./article-references";
import { duplicateDefinitionsRule } from "./duplicate-definitions";
import { headingMismatchRule } from "./heading-mismatch";
import { relativeReferencesRule } from "./relative-references";
import { unusedValuesRule } from "./unused-values";
import { valueReferencesRule } from "./value-references";

export const REFERENCES_RULES: readonly Rule[] = [
  articleReferencesRule,
  headingMismatchRule,
  articleLabelsRule,
  relativeReferencesRule,
  annexReferencesRule,
  valueReferencesRule,
  unusedValuesRule,
  duplicateDefinitionsRule,
];
