import type { Trend } from '../analysis/pace.js';
import { fenced } from './escape.js';
import { pct } from './format.js';

/**
 * Colours of the three lines, in the order they are drawn, and the emoji squares the legend uses
 * for them: xychart-beta draws no legend of its own.
 */
const MAX_DATE_LABELS = 12;

const PALETTE = [
  { color: '#2563eb', square: '🟦' },
  { color: '#ea580c', square: '🟧' },
  { color: '#16a34a', square: '🟩' },
] as const;

/**
 * Coverage over the history window with the floor and the target, as a Mermaid `xychart-beta`
 * block (GitHub renders it in comments and job summaries); one line instead when there is no
 * history to draw.
 */
export function renderCoverageChart(trend: Trend | null | undefined): string[] {
  const points = (trend?.points ?? []).filter((p) => p.coverage !== null);
  if (!trend || points.length < 2)
    return [
      `📈 No coverage history yet${points.length === 1 ? ': this run is the first point' : ''}. The chart appears when a later run continues this run’s \`history.json\`.`,
      '',
    ];
  const coverage = points.map((p) => p.coverage!);
  const floors = points.every((p) => p.floor !== null) ? points.map((p) => p.floor!) : null;
  const target = trend.target;
  const values = [...coverage, ...(floors ?? []), ...(target !== null ? [target] : [])];
  const { lo, hi } = axisRange(Math.min(...values), Math.max(...values));
  const series: { label: string; values: number[] }[] = [
    { label: `${trend.metric} coverage`, values: coverage },
  ];
  if (floors) series.push({ label: 'floor', values: floors });
  if (target !== null) series.push({ label: `target ${pct(target)}`, values: points.map(() => target) });
  const palette = PALETTE.slice(0, series.length);
  // Past a dozen dates the labels overlap: the axis then counts runs and the title gives the span.
  const dated = points.length <= MAX_DATE_LABELS;
  const span = `${clean(points[0]!.date)} to ${clean(points[points.length - 1]!.date)}`;
  const body = [
    `%%{init: {"xyChart": {"height": 320}, "themeVariables": {"xyChart": {"plotColorPalette": "${palette.map((p) => p.color).join(', ')}"}}}}%%`,
    'xychart-beta',
    `  title "${trend.metric === 'line' ? 'Line' : 'Branch'} coverage, last ${points.length} runs${dated ? '' : `, ${span}`}"`,
    dated
      ? `  x-axis [${labels(points.map((p) => p.date)).join(', ')}]`
      : `  x-axis "run, oldest first" 1 --> ${points.length}`,
    `  y-axis "%" ${lo} --> ${hi}`,
    ...series.map((s) => `  line [${s.values.map((v) => v.toFixed(2)).join(', ')}]`),
  ].join('\n');
  const legend = series.map((s, i) => `${palette[i]!.square} ${s.label}`).join(' · ');
  return [fenced(body, 'mermaid'), '', `<sub>${legend}</sub>`, ''];
}

function clean(date: string): string {
  return date.replace(/[^0-9-]/g, '').slice(0, 10) || '?';
}

/** Whole multiples of 5 around the values, with room so no line sits on the frame. */
function axisRange(min: number, max: number): { lo: number; hi: number } {
  let lo = Math.max(0, Math.floor((min - 1) / 5) * 5);
  let hi = Math.min(100, Math.ceil((max + 1) / 5) * 5);
  if (hi - lo < 10) {
    if (hi + 5 <= 100) hi += 5;
    if (hi - lo < 10) lo = Math.max(0, lo - 5);
  }
  return { lo, hi };
}

/**
 * Short unique category labels: Mermaid's band scale merges equal categories, which would draw two
 * runs of one day as one point. Only digits and dashes survive from a date read from history.
 */
function labels(dates: readonly string[]): string[] {
  const all = dates.map(clean);
  const years = new Set(all.map((d) => d.slice(0, 4)));
  const short = years.size === 1 ? all.map((d) => d.slice(5) || d) : all;
  const seen = new Map<string, number>();
  return short.map((d) => {
    const n = (seen.get(d) ?? 0) + 1;
    seen.set(d, n);
    return `"${n === 1 ? d : `${d} #${n}`}"`;
  });
}
