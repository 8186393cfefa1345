import { describe, expect, it } from 'vitest';
import { parseJunit, type JunitReport } from '../../src/formats/tests/junit.js';
import { testTotals } from '../../src/analysis/tests.js';
import type { Outcome, TestCase } from '../../src/model/tests.js';
import { read } from './helpers.js';

/**
 * JUnit XML written by tools that cannot run here (crates.io, Maven Central and the Gradle plugin
 * portal are unreachable), copied verbatim from public repositories: see the README.md next to
 * each report. What the tool "printed" is what it wrote into the report's own attributes; every
 * expected figure below is computed from the XML text with regular expressions, never by the
 * reader under test.
 */

const J = '__tests__/fixtures/junit';

const parse = (rel: string): JunitReport => parseJunit(read(rel), rel);

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
}

function num(attrs: string, name: string): number | undefined {
  const v = attr(attrs, name);
  return v === undefined ? undefined : Number(v);
}

/** The five XML entities, as the reports use them. */
function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

interface Element {
  kind: string;
  attrs: string;
  outcome: Outcome;
}

interface WrittenCase {
  attrs: string;
  body: string;
  classname: string;
  name: string;
  /** The testcase's own run (its `<failure>`/`<error>`/`<skipped>`, else passed). */
  own: Element;
  /** flakyFailure, flakyError, rerunFailure, rerunError children, in document order. */
  retries: Element[];
}

const RETRY_OUTCOME: Readonly<Record<string, Outcome>> = {
  flakyFailure: 'failed',
  rerunFailure: 'failed',
  flakyError: 'error',
  rerunError: 'error',
};

/** Every `<testcase>` of the report, by regex on the text. */
function writtenCases(xml: string): WrittenCase[] {
  return [...xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => {
    const attrs = m[1]!;
    const body = m[2] ?? '';
    const outcome: Outcome = /<error\b/.test(body)
      ? 'error'
      : /<failure\b/.test(body)
        ? 'failed'
        : /<skipped\b/.test(body)
          ? 'skipped'
          : 'passed';
    return {
      attrs,
      body,
      classname: decode(attr(attrs, 'classname')!),
      name: decode(attr(attrs, 'name')!),
      own: { kind: 'testcase', attrs, outcome },
      retries: [...body.matchAll(/<(flakyFailure|flakyError|rerunFailure|rerunError)\b([^>]*)>/g)].map(
        (r) => ({ kind: r[1]!, attrs: r[2]!, outcome: RETRY_OUTCOME[r[1]!]! }),
      ),
    };
  });
}

function attemptsOf(c: TestCase) {
  return c.attempts ?? [{ outcome: c.outcome, duration: c.duration, message: c.message }];
}

const firstLine = (s: string | undefined) => s?.trim().split('\n')[0];

describe('cargo-nextest (retries as flakyFailure / rerunFailure children)', () => {
  const reports = [`${J}/nextest/nextest-tests-junit-2024.xml`, `${J}/nextest/nextest-tests-junit-2022.xml`];

  /** The fix-ups the reader must report, from counts taken off the XML. */
  function expectedFixups(xml: string): string[] {
    const retries = [...xml.matchAll(/<(?:flakyFailure|flakyError|rerunFailure|rerunError)\b/g)].length;
    // Failure elements with no text of their own: self-closed, or only children and whitespace.
    const textless = [
      ...xml.matchAll(
        /<(failure|error|flakyFailure|flakyError|rerunFailure|rerunError)\b[^>]*?(\/)?>([^<]*)/g,
      ),
    ].filter((m) => m[2] === '/' || m[3]!.trim() === '').length;
    const out: string[] = [];
    if (textless > 0)
      out.push(
        `nextest: ${textless} failure${textless === 1 ? '' : 's'} written with no text of ${textless === 1 ? 'its' : 'their'} own read from ${textless === 1 ? 'its' : 'their'} <system-err>, where nextest wrote the panic`,
      );
    out.push(
      `nextest: ${retries} retry elements (flakyFailure, flakyError, rerunFailure, rerunError) read as attempts`,
    );
    return out;
  }

  for (const rel of reports) {
    describe(rel, () => {
      const xml = read(rel);
      const root = /<testsuites\b([^>]*)>/.exec(xml)![1]!;
      const suites = [...xml.matchAll(/<testsuite\b([^>]*)>/g)].map((m) => m[1]!);
      const written = writtenCases(xml);

      it("the report's own totals agree with themselves (root = sum of its suites)", () => {
        for (const key of ['tests', 'failures', 'errors'])
          expect(
            suites.reduce((n, s) => n + num(s, key)!, 0),
            key,
          ).toBe(num(root, key));
        expect(written.length).toBe(num(root, 'tests'));
      });

      it('totals equal the attributes nextest wrote; a pass after flaky failures is passed and flaky', () => {
        const run = parse(rel);
        // nextest names skipped tests `disabled` on each suite and writes no root `skipped`.
        const skipped = num(root, 'skipped') ?? suites.reduce((n, s) => n + (num(s, 'disabled') ?? 0), 0);
        const tests = num(root, 'tests')!;
        const failures = num(root, 'failures')!;
        const errors = num(root, 'errors')!;
        const flaky = written.filter(
          (w) => w.retries.some((r) => r.kind.startsWith('flaky')) && w.own.outcome === 'passed',
        ).length;
        expect(testTotals(run.cases, run.flakyIds)).toEqual({
          total: tests,
          passed: tests - failures - errors - skipped,
          failed: failures,
          errors,
          skipped,
          flaky,
        });
        expect(flaky).toBe(1);
        expect(run.producer).toBe('nextest');
        expect(run.fixups).toEqual(expectedFixups(xml));
        expect(run.warnings).toEqual([
          'nextest leaves skipped tests out of its JUnit report: none is counted as skipped',
        ]);
      });

      it('every run of a test is one attempt of it, in the order the timestamps give', () => {
        const run = parse(rel);
        expect(run.cases.length).toBe(written.length);
        for (const w of written) {
          const c = run.cases.find((x) => x.classname === w.classname && x.name === w.name)!;
          // The runs nextest wrote for this test, ordered by their `timestamp`.
          const runs = [w.own, ...w.retries].sort((a, b) =>
            attr(a.attrs, 'timestamp')!.localeCompare(attr(b.attrs, 'timestamp')!),
          );
          const attempts = attemptsOf(c);
          expect(
            attempts.map((a) => [a.outcome, a.duration]),
            w.name,
          ).toEqual(runs.map((r) => [r.outcome, num(r.attrs, 'time')]));
          expect(c.outcome, w.name).toBe(runs[runs.length - 1]!.outcome);
          expect(run.flakyIds.includes(c.id), w.name).toBe(
            runs[runs.length - 1]!.outcome === 'passed' && runs.some((r) => r.outcome !== 'passed'),
          );
        }
      });

      it('every failed run keeps the panic nextest wrote for it (its text, else its <system-err>)', () => {
        const run = parse(rel);
        for (const w of written) {
          const c = run.cases.find((x) => x.classname === w.classname && x.name === w.name)!;
          // The same element order as the attempts: rerun* after the testcase's own run, flaky* before it.
          const own = /<failure\b[^>]*?(?:\/>|>([\s\S]*?)<\/failure>)/.exec(w.body)?.[1];
          // The testcase's own <system-err>: the one left once the retry elements are taken out.
          const ownBody = w.body.replace(
            /<(flakyFailure|flakyError|rerunFailure|rerunError)\b[\s\S]*?<\/\1>/g,
            '',
          );
          const ownErr = /<system-err>([\s\S]*?)<\/system-err>/.exec(ownBody)?.[1];
          const retryTexts = [
            ...w.body.matchAll(
              /<(flakyFailure|rerunFailure)\b[^>]*>([\s\S]*?)(?:<system-out>[\s\S]*?<\/system-out>\s*)?(?:<system-err>([\s\S]*?)<\/system-err>\s*)?<\/\1>/g,
            ),
          ].map((m) => decode(m[2]!.trim() || m[3]!));
          const ownText =
            w.own.outcome === 'failed' ? decode((own ?? '').trim() || (ownErr ?? '')) : undefined;
          const expected = w.retries.some((r) => r.kind.startsWith('rerun'))
            ? [ownText, ...retryTexts]
            : [...retryTexts, ownText];
          expect(
            attemptsOf(c).map((a) => firstLine(a.message)),
            w.name,
          ).toEqual(expected.map((t) => firstLine(t)));
        }
        const failed = run.cases.find((c) => c.outcome === 'failed')!;
        expect(failed.message).toMatch(/^thread 'test_failure_assert' panicked at /);
      });

      it('ids are classname::name, unique, and do not change with the report path or the order of runs', () => {
        const run = parse(rel);
        expect(run.cases.map((c) => c.id)).toEqual(written.map((w) => `${w.classname}::${w.name}`));
        expect(new Set(run.cases.map((c) => c.id)).size).toBe(run.cases.length);
        const elsewhere = parseJunit(read(rel), 'elsewhere/junit.xml', { root: '/somewhere/else' });
        expect(elsewhere.cases.map((c) => c.id)).toEqual(run.cases.map((c) => c.id));
        expect(elsewhere.flakyIds).toEqual(run.flakyIds);
      });
    });
  }
});
