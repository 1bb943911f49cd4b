/**
 * What each article is about, whatever the drafter called it: 秘密保持義務, 機密保持 and
 * 秘密情報の取扱い are all 秘密保持; 責任の制限 is 損害賠償; 契約期間及び更新 is 契約期間. The
 * heading decides when it names a topic; an article whose heading names none (雑則, 一般条項, or
 * no heading) is read by the strong phrases of its body (「専属的合意管轄裁判所」). One article may
 * cover several topics (報酬及び支払方法). Every check that looks for an article by its subject
 * asks here, so a renamed heading never silently disables a check.
 */
import type { Article } from "../ast";
import type { ProseLine } from "./prose-line";
import { drain, ITEMS_PER_STEP, type Steps } from "../steps";

export type ArticleTopic =
  | "目的"
  | "管理対象"
  | "業務内容"
  | "業務範囲外"
  | "再委託"
  | "協力義務"
  | "報酬"
  | "支払方法"
  | "追加作業"
  | "障害対応"
  | "バックアップ"
  | "セキュリティ"
  | "緊急対応"
  | "秘密保持"
  | "個人情報保護"
  | "知的財産権"
  | "非保証"
  | "損害賠償"
  | "不可抗力"
  | "契約期間"
  | "中途解約"
  | "契約解除"
  | "反社会的勢力の排除"
  | "契約終了後の措置"
  | "協議事項"
  | "合意管轄"
  | "準拠法";

interface TopicCue {
  readonly topic: ArticleTopic;
  /** Words of a heading that name the topic. */
  readonly heading: RegExp;
  /** Phrases that, in the body of an article whose heading names no topic, establish it. */
  readonly body?: RegExp;
}

// Order matters only for the order of an article's topics; every cue is tried. Exported for the
// test that checks the index by character below against trying every cue.
export const CUES: readonly TopicCue[] = [
  { topic: "目的", heading: /目的|趣旨/u },
  { topic: "管理対象", heading: /管理対象|対象(?:設備|機器|システム|サーバ)/u },
  { topic: "業務範囲外", heading: /範囲外|対象外/u },
  { topic: "業務内容", heading: /^(?!.*(?:範囲外|対象外)).*(?:委託業務|業務(?:の)?(?:内容|範囲))|^業務$/u },
  { topic: "再委託", heading: /再委託|下請/u },
  { topic: "協力義務", heading: /協力/u },
  { topic: "報酬", heading: /報酬|委託料|対価|料金|代金/u },
  { topic: "支払方法", heading: /支払|支拂|請求書/u },
  { topic: "追加作業", heading: /追加(?:作業|業務|費用)?|別途作業/u },
  { topic: "障害対応", heading: /障害|インシデント/u },
  { topic: "バックアップ", heading: /バックアップ/u },
  { topic: "セキュリティ", heading: /セキュリティ|安全管理/u },
  { topic: "緊急対応", heading: /緊急|応急/u },
  {
    topic: "秘密保持",
    heading: /(?<!個人)(?:秘密|機密)/u,
    body: /秘密(?:として保持|を保持|情報を第三者)|機密(?:として|を)保持/u,
  },
  { topic: "個人情報保護", heading: /個人情報|個人データ/u },
  { topic: "知的財産権", heading: /知的財産|著作権|権利の帰属|成果物の(?:権利|帰属)/u },
  { topic: "非保証", heading: /非保証|保証(?:の否認|の範囲|しない)|免責事項/u },
  {
    topic: "損害賠償",
    heading: /賠償|責任の(?:制限|範囲|上限|限度)|責任制限/u,
    body: /損害賠償責任の(?:総額|上限)|賠償(?:責任|額)[^。]*(?:上限|限度)とする/u,
  },
  { topic: "不可抗力", heading: /不可抗力|天災/u },
  { topic: "契約期間", heading: /契約期間|有効期間|(?<!保持)期間$|^期間|(?<!権利の)更新/u },
  { topic: "中途解約", heading: /中途解約|任意解約|解約/u },
  { topic: "契約解除", heading: /解除/u },
  {
    topic: "反社会的勢力の排除",
    heading: /反社会的勢力|反社|暴力団/u,
    body: /反社会的勢力/u,
  },
  { topic: "契約終了後の措置", heading: /終了(?:後|時)の(?:措置|処理|取扱い?)|返還|データの(?:削除|消去)/u },
  { topic: "協議事項", heading: /協議|疑義/u },
  {
    topic: "合意管轄",
    heading: /管轄|裁判所|紛争(?:の)?解決/u,
    body: /合意管轄|管轄(?:する)?(?:地方)?裁判所/u,
  },
  { topic: "準拠法", heading: /準拠法/u },
];

const KNOWN_TOPICS: ReadonlySet<string> = new Set(CUES.map((cue) => cue.topic));

/** Whether the topic is one this file recognises by its usual headings and phrases. */
export function isArticleTopic(topic: string): topic is ArticleTopic {
  return KNOWN_TOPICS.has(topic);
}

const WORD_CHARACTER = /[\p{Script=Han}\p{Script=Katakana}]/u;

/**
 * For each code unit, the cues (bit i: CUES[i]) whose heading pattern holds it literally, made
 * once from the patterns themselves. Every alternative of every heading pattern requires kanji or
 * katakana of its own (a lookbehind's or lookahead's only add cues), so a heading can name only
 * the cues of its own characters: it is tried against those few, not all 27 patterns (trying
 * every pattern on every heading was ~5% of a 25-article check).
 */
const CUES_BY_UNIT: ReadonlyMap<number, number> = (() => {
  // One bit per cue in a 32-bit number.
  if (CUES.length > 31) throw new Error("article topics: more cues than bits");
  const byUnit = new Map<number, number>();
  CUES.forEach((cue, i) => {
    for (const character of cue.heading.source) {
      if (!WORD_CHARACTER.test(character)) continue;
      const unit = character.charCodeAt(0);
      byUnit.set(unit, (byUnit.get(unit) ?? 0) | (1 << i));
    }
  });
  return byUnit;
})();

/** The topics a heading names, in the order of the standard contract. */
export function topicsOfHeading(heading: string): ArticleTopic[] {
  let candidates = 0;
  for (let i = 0; i < heading.length; i++) candidates |= CUES_BY_UNIT.get(heading.charCodeAt(i)) ?? 0;
  const topics: ArticleTopic[] = [];
  for (let i = 0; candidates !== 0; i++, candidates >>>= 1) {
    const cue = CUES[i];
    if ((candidates & 1) !== 0 && cue?.heading.test(heading) === true) topics.push(cue.topic);
  }
  return topics;
}

/** The topics the body of an article establishes (used only when its heading names none). */
export function topicsOfBody(lines: readonly string[]): ArticleTopic[] {
  return CUES.filter(
    (cue) => cue.body !== undefined && lines.some((line) => cue.body?.test(line) === true),
  ).map((cue) => cue.topic);
}

export interface ArticleTopics {
  topicsOf(article: Article): readonly ArticleTopic[];
  /** Every article on the topic, in source order. */
  articlesOn(topic: ArticleTopic): readonly Article[];
  /** The first article on the topic. */
  articleOn(topic: ArticleTopic): Article | undefined;
}

/** The prose lines of an article, in source order (the index groups them once). */
export type LinesOf = (article: Article) => readonly ProseLine[];

/** One pass over the articles, and over the lines of those whose heading names no topic. */
export function classifyArticles(articles: readonly Article[], linesOf: LinesOf): ArticleTopics {
  return drain(classifyArticlesInSteps(articles, linesOf));
}

/** The same, ITEMS_PER_STEP articles a step: 50,000 articles took 150 ms in one. */
export function* classifyArticlesInSteps(
  articles: readonly Article[],
  linesOf: LinesOf,
): Steps<ArticleTopics> {
  const topics = new Map<Article, readonly ArticleTopic[]>();
  const byTopic = new Map<ArticleTopic, Article[]>();
  const perStep = ITEMS_PER_STEP;
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i] as Article;
    if (i % perStep === perStep - 1) yield;
    const fromHeading = article.heading.title === null ? [] : topicsOfHeading(article.heading.title);
    // The body is read only when the heading names no topic (most articles' headings do).
    const found =
      fromHeading.length > 0 ? fromHeading : topicsOfBody(linesOf(article).map((line) => line.text));
    topics.set(article, found);
    for (const topic of found) {
      const same = byTopic.get(topic);
      if (same === undefined) byTopic.set(topic, [article]);
      else same.push(article);
    }
  }
  // Methods, not arrow properties: under tsx (the benches and tests) each arrow property is also
  // named through Object.defineProperty, in every check.
  return {
    topicsOf(article) {
      return topics.get(article) ?? [];
    },
    articlesOn(topic) {
      return byTopic.get(topic) ?? [];
    },
    articleOn(topic) {
      return byTopic.get(topic)?.[0];
    },
  };
}
