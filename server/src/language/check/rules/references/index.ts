/** The references checks, in the order they run. */
import type { Rule } from "../../rule";
import { annexReferencesRule } from "./annex-references";
import { articleReferencesRule } from "./article-references";
import { duplicateDefinitionsRule } from "./duplicate-definitions";
import { relativeReferencesRule } from "./relative-references";
import { unusedValuesRule } from "./unused-values";
import { valueReferencesRule } from "./value-references";

export const REFERENCES_RULES: readonly Rule[] = [
  articleReferencesRule,
  relativeReferencesRule,
  annexReferencesRule,
  valueReferencesRule,
  unusedValuesRule,
  duplicateDefinitionsRule,
];
