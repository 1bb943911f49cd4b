/**
 * A team's playbook as data (schemas/playbook.schema.json): its positions, each a rule that
 * becomes a finding `playbook.<id>` with the team's own message. The host validates the file
 * before it reaches the service.
 */
import type { Severity } from "../diagnostic";

export interface PlaybookCondition {
  /** Only when the reader is on this side (the check's `side` option). */
  readonly side?: string;
  /** Only for contracts of these type ids. */
  readonly types?: readonly string[];
}

interface RuleBase {
  /** Lower-case letters, digits and hyphens; the finding's id is `playbook.<id>`. */
  readonly id: string;
  /** The team's message (Japanese), shown as the finding's message. */
  readonly message: string;
  readonly severity?: Severity;
  readonly when?: PlaybookCondition;
}

/** An article on the topic must exist; `preferred` is the article's text the fix inserts. */
export interface RequiredArticleRule extends RuleBase {
  readonly kind: "requiredArticle";
  readonly topic: string;
  readonly aliases?: readonly string[];
  readonly preferred?: readonly string[];
}

/** The article on the topic must contain one of the phrases; `preferred` replaces its body. */
export interface RequiredPhraseRule extends RuleBase {
  readonly kind: "requiredPhrase";
  readonly topic: string;
  readonly aliases?: readonly string[];
  readonly phrases: readonly string[];
  readonly preferred?: readonly string[];
}

/** None of the phrases may appear in the prose; `preferred` replaces each occurrence. */
export interface ForbiddenPhraseRule extends RuleBase {
  readonly kind: "forbiddenPhrase";
  readonly phrases: readonly string[];
  readonly preferred?: string;
}

/**
 * A value of 条件 compared with a limit written as a value of its kind (12か月, 1,000,000円, 30日):
 * a 支払期日 is compared by the most days it lets the payer wait. `preferred` replaces the value.
 */
export interface ValueRule extends RuleBase {
  readonly kind: "value";
  readonly value: string;
  readonly atLeast?: string;
  readonly atMost?: string;
  readonly preferred?: string;
}

export type PlaybookRuleData = RequiredArticleRule | RequiredPhraseRule | ForbiddenPhraseRule | ValueRule;

export interface PlaybookData {
  readonly name?: string;
  readonly rules: readonly PlaybookRuleData[];
}
