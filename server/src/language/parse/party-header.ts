/**
 * The rest of a party header line after its symbol and role: normally nothing. Text there
 * (当事者 甲 委託者, 当事者 甲（委託者） 株式会社アルファ) is one syntax.party-heading, and the header
 * is still read, so the party's fields are read too and nothing else is reported in a chain.
 */
import type { ReportProblem } from "./parse-problem";

const LEADING_LAYOUT = /^[ \t\u3000]+/u;
const TRAILING_LAYOUT = /[ \t\u3000]+$/u;

/** `rest` starts at offset `start` in the file; `hasRole` says whether a role was read before it. */
export function checkPartyRest(rest: string, start: number, hasRole: boolean, report: ReportProblem): void {
  const lead = rest.length - rest.replace(LEADING_LAYOUT, "").length;
  const extra = rest.slice(lead).replace(TRAILING_LAYOUT, "");
  if (extra.length === 0) return;
  const hint = hasRole
    ? "役割の「）」の後には何も書けません。"
    : "役割は「当事者 甲（委託者）」のように括弧で囲んでください。";
  report({
    id: "syntax.party-heading",
    message: `当事者の見出しの後に「${extra}」があります。${hint}`,
    span: { start: start + lead, end: start + lead + extra.length },
  });
}
