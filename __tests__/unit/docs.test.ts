import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { INPUT, OUTPUT } from '../../src/inputs.js';
import { TPR_DESCRIPTIONS } from '../../src/config/tpr.js';
import { VERSION } from '../../src/version.js';

/** action.yml, the input/output maps, the schema and README must say the same thing. */

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
const action = load(read('action.yml')) as {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};
const readme = read('README.md');

/** The first column of the markdown table under `## heading`, backticks removed. */
function tableKeys(heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `README has a "## ${heading}" section`).toBeGreaterThan(-1);
  const section = readme.slice(start + 1).split(/\n## /)[0]!;
  return section
    .split('\n')
    .filter((l) => /^\|\s*`/.test(l))
    .map((l) => l.split('|')[1]!.trim().replace(/`/g, ''));
}

describe('action.yml', () => {
  it('runs on node24 from dist/index.js with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
  });

  it('declares exactly the inputs the code reads, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT).sort());
    for (const [name, spec] of Object.entries(action.inputs))
      expect(spec.description.length, name).toBeGreaterThan(20);
  });

  it('declares exactly the outputs the code sets, each described', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUT).sort());
  });
});

describe('README', () => {
  it('documents every input with its default from action.yml', () => {
    expect(tableKeys('Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      const row = readme.split('\n').find((l) => new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`).test(l));
      expect(row, name).toBeDefined();
      expect(row!.split('|')[2]!.trim(), name).toBe(spec.default ? `\`${spec.default}\`` : '');
    }
  });

  it('documents every output', () => {
    expect(tableKeys('Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('documents every config key of the schema', () => {
    const schema = JSON.parse(read('schema/test-ladder.schema.json'));
    const section = (name: string) =>
      Object.keys(
        schema.properties[name].properties ?? schema.properties[name].anyOf?.[0]?.properties ?? {},
      ).map((k) => `${name}.${k}`);
    const keys = [
      ...Object.keys(schema.properties).filter((k) => k !== 'coverage' && k !== 'tests'),
      ...section('coverage'),
      ...section('tests'),
    ];
    expect(keys.length).toBeGreaterThan(5);
    expect(tableKeys('Configuration: `test-ladder.yml`').sort()).toEqual(keys.sort());
  });

  it('documents every artifact the run writes', () => {
    const written = [
      'coverage.xml',
      'coverage-badge.svg',
      'coverage-badge.json',
      'coverage.gaps.json',
      'coverage-ladder.yaml',
      'durations.json',
      'flake.report.json',
      'failfast.summary.json',
      'property.results.json',
      'markers.usage.json',
      'env.signature.json',
      'env.validation.failure.json',
      'history.json',
      'tests.junit.xml',
      'baseline.metrics.json',
      'baseline.metrics.hash',
      'foundation.checkpoint.json',
      'foundation.checkpoint.md',
      'events.log.jsonl',
      'SHA256SUMS',
    ];
    expect(tableKeys('Artifacts').sort()).toEqual(written.sort());
  });

  it('documents every TPR_* variable: default, what it sets and what overrides it, as config/tpr.ts says', () => {
    expect(tableKeys('Environment variables: `TPR_*`')).toEqual(TPR_DESCRIPTIONS.map((d) => d.key));
    const plain = (cell: string) => cell.replace(/`/g, '').trim();
    for (const d of TPR_DESCRIPTIONS) {
      const row = readme.split('\n').find((l) => l.split('|')[1]?.trim() === `\`${d.key}\``);
      expect(row, d.key).toBeDefined();
      const [, , dflt, sets, by] = row!.split('|');
      expect([plain(dflt!), plain(sets!), plain(by!)], d.key).toEqual([
        d.default,
        d.sets,
        d.overriddenBy || '—',
      ]);
    }
  });

  it('names the test command .ci/run runs', () => {
    expect(readme).toContain('npm test ');
    expect(read('.ci/run')).toMatch(/^npm ci\b/m);
    expect(read('.ci/run')).toMatch(/^npm test\b/m);
  });
});

it('the version in the code is the package version', () => {
  expect(VERSION).toBe(JSON.parse(read('package.json')).version);
});
