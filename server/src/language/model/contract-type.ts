/**
 * The kind of contract a file is, recognised from its title. Requirements that only make sense
 * for a kind (its standard articles, the values it must state) apply only when the kind is
 * known; a file without a recognised title still gets every general check.
 */
import type { ContractDocument } from "../ast";

export interface StandardArticle {
  /** The heading of the reference contract. */
  readonly title: string;
  /** Other headings that cover the same topic. */
  readonly aliases: readonly string[];
  /** Missing it is a real risk (warning), not just a gap against the reference (information). */
  readonly essential: boolean;
  /** A starting text for a drafter who adds the article. */
  readonly skeleton: readonly string[];
}

export interface ContractType {
  readonly name: string;
  readonly titlePattern: RegExp;
  readonly requiredParties: readonly string[];
  readonly requiredValues: readonly string[];
  readonly standardArticles: readonly StandardArticle[];
}

const article = (
  title: string,
  skeleton: readonly string[],
  options: { aliases?: readonly string[]; essential?: boolean } = {},
): StandardArticle => ({
  title,
  aliases: options.aliases ?? [],
  essential: options.essential ?? false,
  skeleton,
});

export const SERVER_MANAGEMENT: ContractType = {
  name: "サーバー管理契約書",
  titlePattern: /サーバー?管理|サーバ保守|サーバー保守/,
  requiredParties: ["甲", "乙"],
  requiredValues: ["月額報酬", "契約締結日"],
  standardArticles: [
    article("目的", ["甲は乙に対し、サーバー環境の管理業務を委託し、乙はこれを受託する。"]),
    article("管理対象", ["本契約の対象となるサーバー環境は、次のとおりとする。", "（1）"]),
    article("業務内容", ["乙は次の業務を行う。", "（1）"], { aliases: ["委託業務", "業務の内容"] }),
    article("業務範囲外", ["次の業務は本契約の対象外とする。", "（1）"], { aliases: ["対象外業務"] }),
    article("再委託", [
      "乙は、甲の事前の書面による承諾を得た場合に限り、業務の全部又は一部を第三者へ再委託することができる。",
    ]),
    article("協力義務", ["甲は乙による業務遂行のため、必要な情報、資料その他必要事項を提供するものとする。"]),
    article("報酬", ["甲は乙に対し、本契約に基づく業務の対価として、月額金{月額報酬}を支払う。"], {
      aliases: ["委託料", "業務委託料"],
      essential: true,
    }),
    article(
      "支払方法",
      ["甲は乙が発行する請求書に基づき、請求月の{支払期日}までに乙指定口座へ振込送金により支払う。"],
      {
        aliases: ["支払条件", "支払"],
      },
    ),
    article("追加作業", ["契約範囲を超える作業が発生した場合、甲乙協議のうえ別途見積り及び契約を行う。"]),
    article("障害対応", ["1．乙はサーバー障害を認識した場合、合理的な範囲で速やかに対応する。"]),
    article("バックアップ", ["1．乙は契約内容に応じてバックアップを実施する。"]),
    article("セキュリティ", [
      "乙は善良なる管理者の注意をもってサーバー管理を行い、合理的なセキュリティ対策を実施する。",
    ]),
    article("緊急対応", ["緊急事態が発生した場合、乙は必要な応急措置を講じることができる。"]),
    article(
      "秘密保持",
      [
        "1．甲及び乙は、本契約に関連して知り得た相手方の非公開情報を秘密として保持し、相手方の事前承諾なく第三者へ開示又は漏えいしてはならない。",
      ],
      { aliases: ["秘密情報", "機密保持"], essential: true },
    ),
    article("個人情報保護", ["乙は業務遂行上取り扱う個人情報について、関係法令を遵守し適切に管理する。"], {
      aliases: ["個人情報", "個人情報の取扱い"],
    }),
    article("知的財産権", [
      "本契約の履行に関連して乙が作成した成果物の知的財産権は、別段の定めがない限り乙に帰属する。",
    ]),
    article("非保証", ["乙は次の事項について保証しない。", "（1）"], { aliases: ["保証の否認"] }),
    article(
      "損害賠償",
      [
        "1．甲又は乙が本契約に違反し相手方へ損害を与えた場合、直接かつ通常の損害に限り賠償責任を負う。",
        "2．乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。",
      ],
      { essential: true },
    ),
    article("不可抗力", [
      "天災地変その他当事者の合理的支配を超える事由による損害について、当事者は責任を負わない。",
    ]),
    article("契約期間", ["本契約の有効期間は、契約締結日から{契約期間}間とする。"], {
      aliases: ["有効期間"],
      essential: true,
    }),
    article(
      "契約解除",
      ["甲又は乙は、相手方が次の各号のいずれかに該当した場合、催告なく直ちに本契約を解除できる。", "（1）"],
      {
        aliases: ["解除"],
      },
    ),
    article(
      "反社会的勢力の排除",
      ["甲及び乙は、自ら及び役員等が反社会的勢力に該当しないことを表明保証する。"],
      {
        aliases: ["反社会的勢力排除", "反社会的勢力の排除等"],
        essential: true,
      },
    ),
    article("契約終了後の措置", ["契約終了時、乙は甲のデータを合理的な範囲で返還又は削除する。"], {
      aliases: ["契約終了時の措置"],
    }),
    article(
      "協議事項",
      ["本契約に定めのない事項又は解釈に疑義が生じた場合は、甲乙誠意をもって協議し解決する。"],
      {
        aliases: ["協議"],
      },
    ),
    article(
      "合意管轄",
      [
        "本契約に関する一切の紛争については、甲の本店所在地を管轄する地方裁判所を第一審の専属的合意管轄裁判所とする。",
      ],
      { aliases: ["管轄裁判所", "管轄"], essential: true },
    ),
  ],
};

const CONTRACT_TYPES: readonly ContractType[] = [SERVER_MANAGEMENT];

export function contractTypeOf(document: ContractDocument): ContractType | null {
  const title = document.blocks.find((b) => b.kind === "title");
  if (title?.kind !== "title") return null;
  return CONTRACT_TYPES.find((type) => type.titlePattern.test(title.title)) ?? null;
}

export function coversTopic(standard: StandardArticle, heading: string | null): boolean {
  return heading !== null && (heading === standard.title || standard.aliases.includes(heading));
}
