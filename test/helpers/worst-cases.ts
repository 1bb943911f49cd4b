/**
 * Worst-case inputs, one per way a rule can go quadratic: many references on one line, many terms
 * defined and used on one line, many findings in many articles, one giant line, many values. Each
 * takes a size n and grows linearly with it. The linearity test and the fuzz run share them.
 */

const TITLE = "契約書「テスト契約書」\n\n";

export interface WorstCase {
  readonly name: string;
  /** A contract whose length grows linearly with n. */
  build(n: number): string;
  /** A size at which the whole check takes some tens of milliseconds. */
  readonly n: number;
}

function repeat(n: number, piece: (i: number) => string, separator = ""): string {
  return Array.from({ length: n }, (_, i) => piece(i)).join(separator);
}

export const WORST_CASES: readonly WorstCase[] = [
  {
    name: "references on one line",
    n: 3000,
    build: (n) => `前文\n${"{x}".repeat(n)}\n`,
  },
  {
    name: "terms defined and used on one line",
    n: 1000,
    build: (n) =>
      `${TITLE}第1条（定義）\n${repeat(n, (i) => `（以下「用語${i}」という。）`)}${repeat(n, (i) => `用語${i}と本件`)}\n`,
  },
  {
    name: "undefined values in many articles",
    n: 400,
    build: (n) =>
      `${TITLE}条件\n  期間：1年\n\n${repeat(n, (i) => `第${i + 1}条（報酬）\n甲は{月額報酬}と{値${i}}を払う。\n`, "\n")}`,
  },
  {
    name: "one giant line",
    n: 2000,
    build: (n) => `${TITLE}第1条（目的）\n${"甲は乙に{期間}本契約の第1条を守る。".repeat(n)}\n`,
  },
  {
    name: "many values and references",
    n: 1000,
    build: (n) =>
      `${TITLE}条件\n${repeat(n, (i) => `  値${i}：${i + 1}円`, "\n")}\n\n第1条（目的）\n${repeat(n, (i) => `{値${i}}{値${i}.金額}{乙.欄${i}}`)}\n`,
  },
  {
    name: "many articles cross-referencing",
    n: 400,
    build: (n) =>
      `${TITLE}${repeat(n, (i) => `第${i + 1}条（条${i}）\n前条及び第${n - i}条第2項による。\n`, "\n")}`,
  },
  {
    name: "many lines of bidi and invisible characters",
    n: 1000,
    build: (n) => `${TITLE}第1条（目的）\n${repeat(n, () => "甲\u202Eは\u200B乙\u0000に", "\n")}\n`,
  },
];
