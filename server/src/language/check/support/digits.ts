/**
 * A fix writes numbers the way the drafter wrote the text it replaces, so that correcting
 * ２０２５年 does not leave one ASCII date in a contract written in full-width digits.
 */
const FULL_WIDTH_DIGIT = /[０-９]/u;

export function inDigitsOf(original: string, text: string): string {
  if (!FULL_WIDTH_DIGIT.test(original)) return text;
  return text.replace(/[0-9]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}
