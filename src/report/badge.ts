import type { RunResult } from '../analysis/run-result.js';
import type { GateStatus } from '../model/verdict.js';
import { xmlText } from './escape.js';
import { pct } from './format.js';

/** shields.io's named colours for each verdict, and the hex values its flat badges draw them with. */
const COLOR: Record<GateStatus, { name: string; hex: string }> = {
  pass: { name: 'brightgreen', hex: '#4c1' },
  warn: { name: 'yellow', hex: '#dfb317' },
  fail: { name: 'red', hex: '#e05d44' },
  skipped: { name: 'lightgrey', hex: '#9f9f9f' },
};

/** Verdana 11 px averages about 7 px a character; 10 px of padding each side of a text. */
const CHAR_WIDTH = 7;
const PADDING = 10;
/** A label or message longer than this is cut: a badge is a glance, not a report. */
const MAX_CHARS = 64;

export interface BadgeText {
  readonly label: string;
  readonly message: string;
  readonly status: GateStatus;
}

export interface BadgeOptions {
  readonly label?: string;
}

/** What the badge says: the ladder's coverage figure and the run's verdict. */
export function badgeText(r: RunResult, opts: BadgeOptions = {}): BadgeText {
  return {
    label: opts.label ?? 'coverage',
    message: `${pct(r.ladder.current)} · ${r.status}`,
    status: r.status,
  };
}

/**
 * The shields.io endpoint document (https://shields.io/badges/endpoint-badge). shields refuses any
 * key outside its schema, so this file cannot embed its own sha256 as the other JSON artifacts do:
 * SHA256SUMS alone vouches for it.
 */
export function badgeEndpoint(b: BadgeText): {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
} {
  return {
    schemaVersion: 1,
    label: clip(b.label),
    message: clip(b.message) || 'n/a',
    color: COLOR[b.status].name,
  };
}

export function badgeEndpointJson(b: BadgeText): string {
  return `${JSON.stringify(badgeEndpoint(b), null, 2)}\n`;
}

/** A flat, shields-style SVG badge. Widths come from a fixed per-character estimate, not from fonts. */
export function badgeSvg(b: BadgeText): string {
  const label = clip(b.label);
  const message = clip(b.message) || 'n/a';
  const lw = textWidth(label);
  const mw = textWidth(message);
  const w = lw + mw;
  const color = COLOR[b.status].hex;
  const title = xmlText(`${label}: ${message}`);
  const text = (s: string, x: number) =>
    `<text x="${x}" y="15" fill="#010101" fill-opacity=".3">${xmlText(s)}</text><text x="${x}" y="14">${xmlText(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${mw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="11">${text(label, lw / 2)}${text(message, lw + mw / 2)}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

export function textWidth(s: string): number {
  return [...s].length * CHAR_WIDTH + PADDING;
}

function clip(s: string): string {
  // eslint-disable-next-line no-control-regex
  const chars = [...s.replace(/[\u0000-\u001F\u007F]/g, ' ')];
  return chars.length > MAX_CHARS ? `${chars.slice(0, MAX_CHARS - 1).join('')}…` : chars.join('');
}
