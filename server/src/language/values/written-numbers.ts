/** A number a pattern found in a value, by the name of its capture group and its value. */
export interface WrittenNumber {
  readonly group: string;
  readonly value: number;
}

/**
 * The matched text with each numeral group replaced by its ASCII digits and everything else as
 * written, so that 請求書受領後三十日以内 renders as 請求書受領後30日以内, as 三十日 renders as 30日.
 * The match must come from a pattern with the `d` flag.
 */
export function withAsciiNumbers(match: RegExpExecArray, numbers: readonly WrittenNumber[]): string {
  const text = match[0];
  const groups = match.indices?.groups ?? {};
  const spans = numbers
    .map(({ group, value }) => ({ span: groups[group], value }))
    .filter((n): n is { span: [number, number]; value: number } => n.span !== undefined)
    .sort((a, b) => a.span[0] - b.span[0]);
  let result = "";
  let at = match.index;
  for (const { span, value } of spans) {
    result += text.slice(at - match.index, span[0] - match.index) + String(value);
    at = span[1];
  }
  return result + text.slice(at - match.index);
}
