/** How numbers are shown, in one place: percentages to two decimals, unrounded everywhere else. */

export function pct(n: number | null): string {
  return n === null ? 'n/a' : `${n.toFixed(2)} %`;
}

/** Percentage points, signed when asked. */
export function pp(n: number | null, signed = false): string {
  if (n === null) return 'n/a';
  const s = n.toFixed(2);
  return `${signed && n >= 0 ? '+' : ''}${s === '-0.00' ? '0.00' : s} pp`;
}

/** For outputs and machine-facing text: two decimals, no unit; empty when unknown. */
export function fixed2(n: number | null | undefined): string {
  if (n === null || n === undefined) return '';
  const s = n.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
}

export function seconds(n: number | null): string {
  if (n === null) return 'n/a';
  if (n === 0) return '0 ms';
  // pytest and node record sub-millisecond tests: keep two significant digits rather than "0 ms".
  if (n < 0.001) return `${(n * 1000).toPrecision(2)} ms`;
  return n < 1 ? `${(n * 1000).toFixed(n < 0.01 ? 1 : 0)} ms` : `${n.toFixed(2)} s`;
}

/** A rate of percentage points per 30 days (the pace), always signed. */
export function ppPer30Days(n: number | null): string {
  return n === null ? 'n/a' : `${pp(n, true)}/30 d`;
}

/** A share 0..1 as a percentage. */
export function share(n: number | null): string {
  return n === null ? 'n/a' : pct(n * 100);
}
