import { describe, expect, it } from 'vitest';
import { badgeEndpoint, badgeEndpointJson, badgeSvg, badgeText, textWidth } from '../../src/report/badge.js';
import { failingFloor, passingFirstRun } from '../golden/report/scenarios.js';

describe('badge', () => {
  it('says the ladder figure and the verdict, coloured by the verdict', () => {
    expect(badgeText(passingFirstRun().result)).toEqual({
      label: 'coverage',
      message: '77.38 % · pass',
      status: 'pass',
    });
    const fail = badgeText(failingFloor().result);
    expect(badgeEndpoint(fail)).toEqual({
      schemaVersion: 1,
      label: 'coverage',
      message: '77.38 % · fail',
      color: 'red',
    });
  });

  it('writes a shields.io endpoint document with nothing outside its schema (shields refuses extra keys)', () => {
    const doc = JSON.parse(badgeEndpointJson(badgeText(passingFirstRun().result)));
    expect(Object.keys(doc).sort()).toEqual(['color', 'label', 'message', 'schemaVersion']);
    expect(doc.color).toBe('brightgreen');
  });

  it('sizes each half from its text with a fixed per-character estimate', () => {
    const svg = badgeSvg({ label: 'coverage', message: '77.38 % · pass', status: 'pass' });
    const lw = textWidth('coverage');
    const mw = textWidth('77.38 % · pass');
    expect(lw).toBe(8 * 7 + 10);
    expect(svg).toContain(`<svg xmlns="http://www.w3.org/2000/svg" width="${lw + mw}" height="20"`);
    expect(svg).toContain(`<rect x="${lw}" width="${mw}" height="20" fill="#4c1"/>`);
  });

  it('escapes its text, drops control characters and cuts what would not fit', () => {
    const svg = badgeSvg({ label: '<script>&"\'', message: `a\u0007${'x'.repeat(200)}`, status: 'warn' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;&apos;');
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('…');
    expect(svg).toContain('fill="#dfb317"');
    expect(badgeEndpoint({ label: '', message: '', status: 'skipped' })).toMatchObject({
      message: 'n/a',
      color: 'lightgrey',
    });
  });
});
