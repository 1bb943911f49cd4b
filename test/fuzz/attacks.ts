/**
 * Generators for each class of attack in issue 14, so that none can come back unnoticed: worst-case
 * shapes per rule, hover fence breakers, Markdown block syntax inside unreadable blocks, invisible
 * and control characters, and party names that only look alike.
 */
import fc from "fast-check";
import { WORST_CASES } from "../helpers/worst-cases";

/** A worst-case shape (see worst-cases.ts) at a small random size. */
export const worstCase = fc
  .tuple(fc.constantFrom(...WORST_CASES), fc.integer({ min: 1, max: 300 }))
  .map(([shape, n]) => shape.build(n));

const FENCE_BREAKERS = [
  "```",
  "````",
  "`".repeat(12),
  "~~~",
  "```text",
  "![x](https://tracker.invalid/p.png)",
  "[ここ](https://phish.invalid/)",
  "<img src=x>",
  "**太字**",
  "`code`",
];

/** An article whose prose and values hold lines that would close a code fence or load an image. */
export const fenceBreaker = fc
  .array(fc.constantFrom(...FENCE_BREAKERS), { minLength: 1, maxLength: 6 })
  .map((lines) => `条件\n  備考：${lines.join("")}\n\n第1条（目的）\n{備考}\n${lines.join("\n")}\n`);

const BLOCK_SYNTAX = [
  "===",
  "---",
  "- 項目",
  "* 項目",
  "1. 番号",
  "    字下げ",
  "末尾  ",
  "> 引用",
  "# 見出し",
  "```",
  "| a | b |",
];

/** An unreadable block (当事者 甲（ without its ）) whose later lines are Markdown block syntax. */
export const errorBlockSyntax = fc
  .array(fc.constantFrom(...BLOCK_SYNTAX), { minLength: 1, maxLength: 8 })
  .map((lines) => `前文\n本文\n\n当事者 甲（\n${lines.join("\n")}\n`);

/** One of every class of character a reader cannot see (see bidi.ts). */
export const INVISIBLES = [
  "\u202E",
  "\u2066",
  "\u200E",
  "\u061C",
  "\u0000",
  "\u0001",
  "\u000B",
  "\u000C",
  "\u001F",
  "\u007F",
  "\u0085",
  "\u009F",
  "\u200B",
  "\u200C",
  "\u200D",
  "\u2060",
  "\uFEFF",
  "\u00AD",
  "\u180E",
  "\u034F",
  "\u3164",
  "\u115F",
  "\uFFF9",
  "\uFFFB",
  "\u{E0041}",
];

/** The filled-in shape of a contract with invisible characters at random places. */
export const invisibleText = fc
  .array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLES)), { minLength: 1, maxLength: 8 })
  .map((inserts) =>
    inserts.reduce((text, [at, char]) => {
      const i = 1 + (at % (text.length - 1));
      return text.slice(0, i) + char + text.slice(i);
    }, "契約書「業務委託契約書」\n\n当事者 甲（委託者）\n  会社名：株式会社アルファ\n\n条件\n  備考：値\n\n第1条（目的）\n甲は乙に{備考}を払う。\n"),
  );

const SUBSTITUTIONS: readonly (readonly [string, string])[] = [
  ["A", "\u0410"],
  ["B", "\u0392"],
  ["C", "\u0421"],
  ["o", "\u043E"],
  ["会", "會"],
];

/** Two parties whose names differ only by look-alike letters or invisible characters. */
export const lookAlikeParties = fc
  .tuple(
    fc.constantFrom("ABC株式会社", "株式会社Cobalt", "合同会社BOA", "会社アルファ"),
    fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    fc.constantFrom("", "\u200B", "\u00AD", "\u2060"),
  )
  .map(([name, picks, invisible]) => {
    const usable = SUBSTITUTIONS.filter(([from]) => name.includes(from));
    const disguised = picks.reduce((n: string, pick) => {
      const [from, to] = usable[pick % Math.max(1, usable.length)] ?? ["", ""];
      return from === "" ? n : n.replace(from, to);
    }, name);
    const withInvisible = `${disguised.slice(0, 2)}${invisible}${disguised.slice(2)}`;
    const party = (symbol: string, role: string, company: string) =>
      `当事者 ${symbol}（${role}）\n  会社名：${company}\n`;
    return party("甲", "委託者", name) + party("乙", "受託者", withInvisible);
  });
