/**
 * Executes the 改め文 of a 変更覚書 as a reader would, on a plain model of the amended contract,
 * independently of the code that drafted them: it knows only the sentence forms the drafter
 * documents (docs/comparison.md) and throws on anything else or on an ambiguity (a quotation that
 * is not found exactly once, two articles given one number).
 */
export interface ModelArticle {
  label: string;
  title: string | null;
  lines: string[];
}

export interface ModelPart {
  /** An annex's heading line; null for 前文 and 後文. */
  heading: string | null;
  lines: string[];
}

export interface ContractModel {
  title: string;
  /** 前文, 後文, 別紙N. */
  parts: Map<string, ModelPart>;
  articles: ModelArticle[];
}

const KANJI = "〇一二三四五六七八九十";

function count(text: string): number {
  const k = KANJI.indexOf(text);
  return text.length === 1 && k !== -1 ? k : Number(text);
}

const HEADING = /^(第[0-9]+条(?:の[0-9]+)?)(?:（(.*)）)?$/u;

function parseHeading(line: string): { label: string; title: string | null } {
  const match = HEADING.exec(line);
  if (match === null) throw new Error(`not a heading: ${line}`);
  return { label: match[1] ?? "", title: match[2] ?? null };
}

function articleAt(model: ContractModel, label: string): ModelArticle {
  const found = model.articles.filter((a) => a.label === label);
  if (found.length !== 1) throw new Error(`${label}: ${found.length} articles`);
  return found[0] as ModelArticle;
}

/** The first 「…」 of `text` from `at` (balanced), and where it ends. */
function quoted(text: string, at: number): { value: string; end: number } {
  if (text[at] !== "「") throw new Error(`no quotation at ${at}: ${text}`);
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === "「") depth++;
    else if (text[i] === "」" && --depth === 0) return { value: text.slice(at + 1, i), end: i + 1 };
  }
  throw new Error(`unclosed quotation: ${text}`);
}

function pairsOf(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  let at = 0;
  while (at < text.length) {
    const from = quoted(text, at);
    if (text[from.end] !== "を") throw new Error(`expected を: ${text}`);
    const to = quoted(text, from.end + 1);
    if (text[to.end] !== "に") throw new Error(`expected に: ${text}`);
    pairs.push([from.value, to.value]);
    at = to.end + 1;
    if (text[at] === "、") at++;
  }
  return pairs;
}

function replaceUnique(lines: string[], from: string, to: string): string[] {
  const joined = lines.join("\n");
  const first = joined.indexOf(from);
  if (first === -1 || joined.indexOf(from, first + 1) !== -1)
    throw new Error(`「${from}」 is not in one place`);
  return `${joined.slice(0, first)}${to}${joined.slice(first + from.length)}`.split("\n");
}

/** The line that 第2項, 第3号 or 第2項第1号 names (items belong to the paragraph before them). */
function lineIndex(lines: readonly string[], location: string): number {
  const match = /^(?:第([0-9]+)項)?(?:第([0-9]+)号)?$/u.exec(location);
  if (match === null || location === "") throw new Error(`location ${location}`);
  const [paragraph, item] = [
    match[1] === undefined ? 1 : Number(match[1]),
    match[2] === undefined ? null : Number(match[2]),
  ];
  let p = 0;
  let i = 0;
  for (const [index, line] of lines.entries()) {
    const isItem = /^（[0-9０-９]+）/u.test(line);
    if (!isItem || p === 0) {
      p++;
      i = 0;
      if (!isItem && p === paragraph && item === null) return index;
      if (!isItem) continue;
    }
    i++;
    if (p === paragraph && i === item) return index;
  }
  throw new Error(`no ${location}`);
}

function articlesOf(lines: readonly string[]): ModelArticle[] {
  const articles: ModelArticle[] = [];
  for (const line of lines) {
    if (HEADING.test(line)) articles.push({ ...parseHeading(line), lines: [] });
    else articles[articles.length - 1]?.lines.push(line);
  }
  return articles;
}

function numberOf(label: string): number {
  return Number(/^第([0-9]+)条$/u.exec(label)?.[1] ?? Number.NaN);
}

function rename(model: ContractModel, from: string, to: string): void {
  if (model.articles.some((a) => a.label === to)) throw new Error(`${to} already exists`);
  articleAt(model, from).label = to;
}

function applyClause(model: ContractModel, clause: string, quotedLines: readonly string[]): void {
  let m: RegExpExecArray | null;
  if ((m = /^(第[0-9]+条(?:の[0-9]+)?)を(第[0-9]+条(?:の[0-9]+)?)と(?:し|する)$/u.exec(clause)) !== null) {
    rename(model, m[1] ?? "", m[2] ?? "");
  } else if (
    (m = /^第([0-9]+)条から第([0-9]+)条までを(\S+?)条ずつ繰り(下げ|上げ)る?$/u.exec(clause)) !== null
  ) {
    const [low, high, k] = [Number(m[1]), Number(m[2]), count(m[3] ?? "")];
    const shift = m[4] === "下げ" ? k : -k;
    const moving = model.articles.filter((a) => numberOf(a.label) >= low && numberOf(a.label) <= high);
    if (moving.length !== high - low + 1) throw new Error(`range ${clause}`);
    for (const a of shift > 0 ? [...moving].reverse() : moving)
      rename(model, a.label, `第${numberOf(a.label) + shift}条`);
  } else if ((m = /^(?:(第\S+?条)の(次|前)|の末尾)に次の(\S+?)条を加える$/u.exec(clause)) !== null) {
    const added = articlesOf(quotedLines);
    if (added.length !== count(m[3] ?? "")) throw new Error(`count ${clause}`);
    for (const a of added)
      if (model.articles.some((b) => b.label === a.label)) throw new Error(`${a.label} exists`);
    const anchor =
      m[1] === undefined ? model.articles.length : model.articles.indexOf(articleAt(model, m[1]));
    const at = m[1] === undefined ? anchor : m[2] === "次" ? anchor + 1 : anchor;
    model.articles.splice(at, 0, ...added);
  } else {
    throw new Error(`unknown clause: ${clause}`);
  }
}

function applySentence(model: ContractModel, sentence: string, quotedLines: readonly string[]): void {
  if (!sentence.startsWith("原契約") || !sentence.endsWith("。"))
    throw new Error(`not an amendment: ${sentence}`);
  const body = sentence.slice("原契約".length, -1);
  let m: RegExpExecArray | null;
  if ((m = /^の題名を「(.*)」に改める$/u.exec(body)) !== null) {
    model.title = m[1] ?? "";
  } else if ((m = /^(第[0-9]+条(?:の[0-9]+)?)の見出しを「（(.*)）」に改める$/u.exec(body)) !== null) {
    articleAt(model, m[1] ?? "").title = m[2] ?? "";
  } else if (
    (m = /^(第[0-9]+条(?:の[0-9]+)?)((?:第[0-9]+[項号])*)を次のように改める$/u.exec(body)) !== null
  ) {
    const article = articleAt(model, m[1] ?? "");
    if (m[2] === "") {
      const [heading = "", ...lines] = quotedLines;
      const parsed = parseHeading(heading);
      if (parsed.label !== article.label) throw new Error(`heading ${heading} for ${article.label}`);
      article.title = parsed.title;
      article.lines = lines;
    } else {
      if (quotedLines.length !== 1) throw new Error(`one line expected: ${sentence}`);
      article.lines[lineIndex(article.lines, m[2] ?? "")] = quotedLines[0] ?? "";
    }
  } else if ((m = /^(前文|後文|別紙[0-9]*)を次のように改める$/u.exec(body)) !== null) {
    const label = m[1] ?? "";
    const [heading = "", ...lines] = quotedLines;
    model.parts.set(
      label,
      label.startsWith("別紙") ? { heading, lines } : { heading: null, lines: [...quotedLines] },
    );
  } else if ((m = /^(第[0-9]+条(?:の[0-9]+)?|前文|後文|別紙[0-9]*)中(「.*)改める$/u.exec(body)) !== null) {
    const label = m[1] ?? "";
    const article = label.startsWith("第") ? articleAt(model, label) : null;
    const part = model.parts.get(label);
    if (article === null && part === undefined) throw new Error(`no ${label}`);
    let lines = article?.lines ?? [...(part?.lines ?? [])];
    for (const [from, to] of pairsOf(m[2] ?? "")) lines = replaceUnique(lines, from, to);
    if (article !== null) article.lines = lines;
    else model.parts.set(label, { heading: part?.heading ?? null, lines });
  } else if ((m = /^(第[0-9]+条(?:の[0-9]+)?)を削る$/u.exec(body)) !== null) {
    model.articles.splice(model.articles.indexOf(articleAt(model, m[1] ?? "")), 1);
  } else {
    for (const clause of body.split("、")) applyClause(model, clause, quotedLines);
  }
}

/** The sentences of the memorandum's first article, each with the quoted lines after it. */
export function amendmentSentences(renderedMemorandum: string): { text: string; quoted: string[] }[] {
  const lines = renderedMemorandum.split("\n");
  const start = lines.indexOf("第1条（原契約の変更）");
  const sentences: { text: string; quoted: string[] }[] = [];
  for (const line of lines.slice(start + 2)) {
    if (line === "" || line.startsWith("第2条")) break;
    const item = /^（[0-9]+）(.*)$/u.exec(line);
    if (item !== null) sentences.push({ text: item[1] ?? "", quoted: [] });
    else if (line.startsWith("「") && line.endsWith("」"))
      sentences[sentences.length - 1]?.quoted.push(line.slice(1, -1));
    else throw new Error(`unexpected line: ${line}`);
  }
  return sentences;
}

export function applyAmendment(
  model: ContractModel,
  sentences: readonly { text: string; quoted: string[] }[],
): ContractModel {
  const copy: ContractModel = {
    title: model.title,
    parts: new Map([...model.parts].map(([k, v]) => [k, { heading: v.heading, lines: [...v.lines] }])),
    articles: model.articles.map((a) => ({ ...a, lines: [...a.lines] })),
  };
  for (const s of sentences) applySentence(copy, s.text, s.quoted);
  return copy;
}
