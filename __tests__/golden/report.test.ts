/**
 * Golden files for everything a reader sees: the PR comment, the job summary, the checkpoint
 * markdown, the terminal verdict and the badge, per scenario. Regenerate after an intended change
 * with `UPDATE_GOLDEN=1 npx vitest run __tests__/golden/report.test.ts` and read the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderComment, COMMENT_LIMIT } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { judgeAcceptance } from '../../src/analysis/acceptance.js';
import { baselineMetrics } from '../../src/report/baseline.js';
import {
  REQUIRED_EVENTS,
  buildCheckpoint,
  renderCheckpointMarkdown,
  renderCommentFromCheckpoint,
} from '../../src/report/checkpoint.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { badgeEndpointJson, badgeSvg, badgeText } from '../../src/report/badge.js';
import { sealJson } from '../../src/artifacts/index.js';
import type { LoggedEvent } from '../../src/events/index.js';
import { scenarios, type Scenario } from './report/scenarios.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'report');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

function golden(file: string, actual: string): void {
  const p = path.join(DIR, file);
  if (UPDATE || !existsSync(p)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(p, actual);
    if (!UPDATE) throw new Error(`${file} did not exist and was written; check it and commit it`);
    return;
  }
  expect(actual, `${file} differs; UPDATE_GOLDEN=1 regenerates it`).toBe(readFileSync(p, 'utf8'));
}

const EVENTS: LoggedEvent[] = (
  [
    'metrics_capture_start',
    'coverage_ladder_recorded',
    'flake_scan_complete',
    'failfast_mode_applied',
    'property_test_start',
    'property_test_complete',
    'metrics_capture_complete',
  ] as const
).map((event) => ({
  timestamp: '2026-11-22T09:00:00.000Z',
  event,
  run_id: '4242',
  correlation_id: 'c',
  context: {},
}));

/** The criteria as main.ts judges them, from the scenario's own figures (no validate-env step in these runs). */
function acceptance(s: Scenario) {
  const b = s.result.failfast?.benchmark;
  return judgeAcceptance({
    artifacts: s.artifacts,
    seen: EVENTS.map((e) => e.event),
    missing: [],
    baselinePopulated: baselineMetrics(s.result, { signatureSha256: null }).populated.share,
    failfast: b
      ? {
          soft: { reduction: b.soft.reduction_percent, target: b.soft.target_percent },
          hard: { reduction: b.hard.reduction_percent, target: b.hard.target_percent },
        }
      : { reason: s.result.failfast?.benchmarkReason ?? 'the scenario has no fail-fast benchmark' },
    property: s.result.verdicts.find((v) => v.gate === 'property') ?? null,
    validation: null,
    ladder: { baseline: s.result.ladder.baseline, target: s.result.ladder.target },
    gates: s.result.verdicts,
    rollbackFired: (s.result.rollback ?? []).map((t) => t.code),
  });
}

function comment(s: Scenario) {
  return renderComment(s.result, s.artifacts, 'coverage', s.limit ?? COMMENT_LIMIT);
}

describe.each(scenarios().map((s) => [s.name, s] as const))('%s', (name, s) => {
  it('comment', () => {
    const c = comment(s);
    expect(c.body.length).toBeLessThanOrEqual(s.limit ?? COMMENT_LIMIT);
    golden(`${name}.comment.md`, c.body);
  });

  it('job summary', () => {
    golden(`${name}.summary.md`, renderSummary(s.result, s.artifacts));
  });

  it('checkpoint markdown, with the acceptance criteria judged from the scenario', () => {
    golden(
      `${name}.checkpoint.md`,
      renderCheckpointMarkdown(s.result, s.artifacts, [], EVENTS, REQUIRED_EVENTS, acceptance(s)),
    );
  });

  it('terminal, plain and in colour', () => {
    const plainText = renderTerminal(s.result, { color: false });
    // eslint-disable-next-line no-control-regex
    expect(plainText).not.toMatch(/\x1b/);
    golden(`${name}.terminal.txt`, plainText);
    const colour = renderTerminal(s.result, { color: true });
    // eslint-disable-next-line no-control-regex
    expect(colour.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plainText);
  });

  it('badge', () => {
    const b = badgeText(s.result);
    golden(`${name}.badge.svg`, badgeSvg(b));
    golden(`${name}.badge.json`, badgeEndpointJson(b));
  });

  it('re-renders the same comment from its checkpoint alone', () => {
    const cp = sealJson(buildCheckpoint(s.result, s.artifacts, EVENTS, [])).text;
    const again = renderCommentFromCheckpoint(cp, { key: 'coverage', limit: s.limit ?? COMMENT_LIMIT });
    expect(again).toEqual(comment(s));
  });

  it('keeps report text inert', () => {
    const body = comment(s).body;
    expect(body.split('<!-- test-ladder:comment').length).toBe(2);
    expect(body.indexOf('-->')).toBe(body.indexOf('\n') - 3);
    expect(body).not.toMatch(/^::/m);
    // Code spans show text literally (no HTML, no mentions); everything outside them is escaped.
    const prose = body.replace(/(`+)(?!`)[^\n]*?[^`]\1(?!`)/g, '');
    expect(prose).not.toMatch(/<(img|script|b)\b/i);
    expect(prose).not.toMatch(/(^|[^\u200d])@octocat/);
    expect(prose).not.toMatch(/(^|[^\u200d])#123/);
    // Every table row has as many cells as its header: no pipe from a name split a cell.
    const lines = body.split('\n');
    for (let i = 1; i < lines.length; i++) {
      if (!/^\| ---/.test(lines[i]!)) continue;
      const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
      const width = cells(lines[i - 1]!);
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++)
        expect(cells(lines[j]!), lines[j]).toBe(width);
    }
  });
});
