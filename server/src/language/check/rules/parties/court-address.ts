/**
 * consistency.court-address-blank: 合意管轄 at 「甲の本店所在地」 while 甲's 所在地 is blank. Until
 * the address is filled in, no one can tell which court the parties agreed to. The party may be
 * named by any of its names (「委託者の本店所在地」, 「アルファの本店所在地」).
 */
import type { PartyBlock } from "../../../ast";
import type { ProseLine } from "../../../model/prose-line";
import type { RelatedLocation } from "../../../diagnostic";
import { partyField } from "../../../model/value-scope";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import type { PartyNames } from "../../support/party-names";
import { partyLabel } from "../../support/party-roles";

export const COURT_ADDRESS_BLANK: DiagnosticKind = {
  id: "consistency.court-address-blank",
  severity: "information",
  title: "合意管轄の基準となる当事者の所在地が空欄です。",
  summary: "The agreed court is fixed by a party's head office (甲の本店所在地) whose 所在地 is blank.",
  fix: "その当事者の所在地を記入してください。",
  example: {
    bad: "当事者 甲（委託者）\n  所在地：＿\n第25条（合意管轄）\n甲の本店所在地を管轄する地方裁判所を第一審の専属的合意管轄裁判所とする。",
    good: "当事者 甲（委託者）\n  所在地：東京都千代田区丸の内1-1-1\n第25条（合意管轄）\n甲の本店所在地を管轄する地方裁判所を第一審の専属的合意管轄裁判所とする。",
  },
};

const COURT = /管轄/u;
const ADDRESS = "の(?:本店|本社|主たる事務所の)?(?:所在地|住所地?)";

/** Where the blank is: the blank 所在地, or the party header when 所在地 is not written at all. */
function blankAddress(party: PartyBlock): RelatedLocation | null {
  const address = partyField(party, "所在地");
  if (address === undefined) {
    return { span: party.headerSpan, message: `${partyLabel(party)}には所在地が書かれていません。` };
  }
  if (address.value.type !== "blank") return null;
  const span = address.valueSpan.end > address.valueSpan.start ? address.valueSpan : address.nameSpan;
  return { span, message: `${partyLabel(party)}の所在地は空欄です。` };
}

interface AddressMention {
  readonly symbol: string;
  readonly start: number;
  readonly text: string;
}

// 「甲の本店所在地」「委託者の本店所在地」「アルファの本店所在地」: by any name of the party.
function writtenAddresses(line: ProseLine, names: PartyNames): AddressMention[] {
  const pattern = new RegExp(`(${names.pattern})${ADDRESS}`, "gu");
  return [...line.text.matchAll(pattern)].flatMap((match) => {
    const party = names.parties.get(match[1] ?? "");
    return party === undefined
      ? []
      : [{ symbol: party.symbol, start: line.start + match.index, text: match[0] }];
  });
}

function referencedAddresses(line: ProseLine): AddressMention[] {
  return line.prose.inlines.flatMap((inline) => {
    if (inline.kind !== "ref" || inline.path.length !== 2 || inline.path[1] !== "所在地") return [];
    const text = line.text.slice(inline.span.start - line.start, inline.span.end - line.start);
    return [{ symbol: inline.path[0] ?? "", start: inline.span.start, text }];
  });
}

/** 「甲の本店所在地」 written out, or {甲.所在地} referenced. */
function mentionsIn(line: ProseLine, names: PartyNames): AddressMention[] {
  return [...writtenAddresses(line, names), ...referencedAddresses(line)].sort((a, b) => a.start - b.start);
}

function checkLine(line: ProseLine, names: PartyNames, { analysis, report }: RuleContext): void {
  for (const mention of mentionsIn(line, names)) {
    const party = analysis.scope.parties.get(mention.symbol);
    const blank = party === undefined ? null : blankAddress(party);
    if (party === undefined || blank === null) continue;
    report(COURT_ADDRESS_BLANK, {
      span: { start: mention.start, end: mention.start + mention.text.length },
      message: `合意管轄は「${mention.text}」を基準にしていますが、${partyLabel(party)}の所在地が空欄のため、管轄裁判所が決まりません。署名の前に${party.symbol}の所在地を記入してください。`,
      related: [blank],
    });
  }
}

export const courtAddressRule: Rule = {
  name: "parties/court-address",
  kinds: [COURT_ADDRESS_BLANK],
  check(context) {
    const lines = context.index.proseLines.filter((line) => COURT.test(line.text));
    if (lines.length === 0) return;
    const names = context.views.partyNames;
    for (const line of lines) checkLine(line, names, context);
  },
};
