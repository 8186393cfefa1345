import { describe, expect, it } from 'vitest';
import { progressLine, renderTerminal } from '../../src/report/terminal.js';
import { failingFloor, hostileNames, passingFirstRun } from '../golden/report/scenarios.js';

describe('renderTerminal', () => {
  it('prints the headline, the ladder line and every gate; colour only when asked', () => {
    const plainText = renderTerminal(passingFirstRun().result, { color: false });
    expect(plainText.split('\n')[0]).toBe('✅ test-ladder pass: line coverage 77.38 % (floor 77.10 %)');
    expect(plainText).toContain('  77.38 % line coverage · baseline 75.30 %');
    expect(plainText).toMatch(/^ {2}tiers +skipped +NO_TIERS: no coverage tiers are configured$/m);
    // eslint-disable-next-line no-control-regex
    expect(plainText).not.toMatch(/\x1b/);
    const colour = renderTerminal(failingFloor().result, { color: true });
    expect(colour.startsWith('\x1b[1m\x1b[31m❌ test-ladder fail')).toBe(true);
  });

  it('drops control characters from report text: no escape sequence reaches the terminal', () => {
    const r = hostileNames().result;
    const evil = {
      ...r,
      verdicts: [
        {
          gate: 'x\x1b[2J',
          status: 'fail' as const,
          reasons: [{ code: 'C', message: 'a\x1b]0;title\x07b', evidence: {} }],
        },
      ],
    };
    // eslint-disable-next-line no-control-regex
    expect(renderTerminal(evil, { color: false })).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
  });
});

describe('progressLine', () => {
  it('says what is read, how far, how long and how fast', () => {
    expect(
      progressLine({
        file: 'coverage.xml',
        bytesRead: 12 * 1024 * 1024,
        totalBytes: 48 * 1024 * 1024,
        elapsedMs: 1500,
      }),
    ).toBe('reading coverage.xml: 12.0 MiB of 48.0 MiB (25 %), 1.50 s, 8.0 MiB/s');
    expect(progressLine({ file: 'a\nb', bytesRead: 500, totalBytes: null, elapsedMs: 0 })).toBe(
      'reading a b: 500 B, 0 ms',
    );
  });
});
