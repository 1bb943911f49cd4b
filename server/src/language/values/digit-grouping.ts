/**
 * 300000 → "300,000": ASCII digits grouped by three. Written out rather than with
 * `toLocaleString`, whose first call loads ICU's number formatting (~20 ms of every start-up
 * when a module-level message used it).
 */
export function groupDigits(n: number): string {
  return String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
