import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJunit } from '../../src/formats/tests/junit.js';
import { SHARD_JUNIT, writeShardJunit } from '../../src/github/shard-junit.js';
import type { Attempt, TestCase } from '../../src/model/tests.js';

/** The tests a shard carries to the merge job must come back exactly as they were read. */

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/junit');

function roundTrip(cases: readonly TestCase[]) {
  return parseJunit(writeShardJunit(cases), SHARD_JUNIT);
}

function junitFixtures(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.xml')) out.push(p);
    }
  };
  walk(FIXTURES);
  return out.sort();
}

describe('tests.junit.xml', () => {
  it('gives back the cases of every real report in the fixtures: ids, outcomes, durations, messages, attempts', () => {
    const files = junitFixtures();
    expect(files.length).toBeGreaterThan(10);
    let compared = 0;
    for (const file of files) {
      let original;
      try {
        original = parseJunit(readFileSync(file, 'utf8'), path.basename(file));
      } catch {
        continue; // fixtures of malformed reports
      }
      const back = roundTrip(original.cases);
      expect(back.cases, file).toEqual(original.cases);
      expect(back.flakyIds, file).toEqual(original.flakyIds);
      expect(back.producer, file).toBeNull();
      expect(back.warnings, file).toEqual([]);
      compared += original.cases.length;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('round-trips arbitrary names, messages and attempts', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const outcome = fc.constantFrom('passed', 'failed', 'error', 'skipped' as const);
    const attempt = fc.record({
      outcome,
      duration: fc.option(fc.double({ min: 0, max: 1e5, noNaN: true }), { nil: null }),
      message: text,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            classname: fc.stringMatching(/^[a-z][a-z.]{0,10}$/),
            name: fc.stringMatching(/^[a-z][a-z0-9_[\]<>&"' ]{0,20}[a-z]$/),
            file: fc.option(fc.stringMatching(/^[a-z]{1,5}\/[a-z]{1,5}\.py$/), { nil: undefined }),
            attempts: fc.array(attempt, { minLength: 1, maxLength: 3 }),
          }),
          { selector: (c) => `${c.file}::${c.classname}::${c.name}` },
        ),
        (specs) => {
          // Build the cases the way the reader would from one attempt per testcase.
          const xml = specs
            .flatMap((s) =>
              s.attempts.map((a) => {
                const attrs = `classname="${s.classname}" name="${esc(s.name)}"${s.file ? ` file="${s.file}"` : ''}${a.duration === null ? '' : ` time="${a.duration}"`}`;
                const el = { failed: 'failure', error: 'error', skipped: 'skipped', passed: '' }[a.outcome];
                return el
                  ? `<testcase ${attrs}><${el}>${esc(a.message)}</${el}></testcase>`
                  : `<testcase ${attrs}/>`;
              }),
            )
            .join('');
          const original = parseJunit(
            `<testsuites><testsuite name="x">${xml}</testsuite></testsuites>`,
            'x.xml',
          );
          expect(roundTrip(original.cases).cases).toEqual(original.cases);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps a flaky pass after a failure as two attempts', () => {
    const attempts: Attempt[] = [
      { outcome: 'failed', duration: 0.5, message: 'boom\r\nline two' },
      { outcome: 'passed', duration: 0.25 },
    ];
    const c: TestCase = {
      id: 't.py::T::a',
      name: 'a',
      classname: 'T',
      file: 't.py',
      outcome: 'passed',
      duration: 0.75,
      attempts,
    };
    const back = roundTrip([c]);
    expect(back.cases).toEqual([c]);
    expect(back.flakyIds).toEqual(['t.py::T::a']);
  });
});

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
