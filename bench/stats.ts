/** Summaries and formatting shared by the service and language-server benchmarks. */

export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
}

/** Nearest-rank percentile: always a value that was actually measured. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Samples taken in rounds: each round's median too. */
export interface RoundMedians {
  readonly median: number;
  readonly roundMedians?: readonly number[];
}

/**
 * A figure over its baseline: the median of the rounds' ratios, each of two batches timed moments
 * apart, when both were timed in the same rounds; else the ratio of the medians.
 */
export function ratioOfRounds(value: RoundMedians, base: RoundMedians): number {
  const [own, other] = [value.roundMedians ?? [], base.roundMedians ?? []];
  if (own.length < 2 || own.length !== other.length) return value.median / base.median;
  return summarize(own.map((median, i) => median / (other[i] ?? Number.NaN))).median;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (value < 1) return `${value.toFixed(3)} ms`;
  if (value < 100) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(0)} ms`;
}

/** Decimal units throughout (1 MB = 10^6 bytes), as the "~4.5 MB" and "< 1 MB" are meant. */
/** A text's length in UTF-16 code units, as "3.4M chars" or "0.2k chars". */
export function chars(count: number): string {
  return count >= 1e6 ? `${(count / 1e6).toFixed(1)}M chars` : `${(count / 1e3).toFixed(1)}k chars`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1e3).toFixed(1)} kB`;
}

/** A plain-text table: the first column left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // East Asian wide characters take two columns in a terminal.
  const width = (s: string) =>
    [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const pad = (s: string, i: number) => {
    const fill = " ".repeat(Math.max(0, (widths[i] ?? 0) - width(s)));
    return i === 0 ? s + fill : fill + s;
  };
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, i)).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
