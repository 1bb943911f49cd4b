/** The structure checks, in the order they run. */
import type { Rule } from "../../rule";
import { articleNumberingRule } from "./article-numbering";
import { itemNumberingRule } from "./item-numbering";
import { paragraphNumberingRule } from "./paragraph-numbering";
import { standardArticlesRule } from "./standard-articles";
import { unknownContractTypeRule } from "./unknown-contract-type";

export const STRUCTURE_RULES: readonly Rule[] = [
  articleNumberingRule,
  paragraphNumberingRule,
  itemNumberingRule,
  standardArticlesRule,
  unknownContractTypeRule,
];
