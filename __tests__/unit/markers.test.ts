import { describe, expect, it } from 'vitest';
import { extendHistory, type History } from '../../src/analysis/history.js';
import { MARKERS_USAGE_SCHEMA, markersUsage, markersUsageArtifact } from '../../src/analysis/markers.js';
import {
  hypothesisExamples,
  markerKind,
  MAX_CASE_PROPERTIES,
  MAX_MARKER_NAME,
  MAX_MARKERS,
  MAX_PROPERTY_NAME,
  MAX_PROPERTY_VALUE,
  parseJunit,
  SHARD_EXAMPLES,
  SHARD_MARKER,
  shardProperties,
} from '../../src/formats/tests/junit.js';
import type { Marker, Outcome, TestCase } from '../../src/model/tests.js';

const xml = (cases: string, suite = '<testsuite name="s">') =>
  `<testsuites>${suite}${cases}</testsuite></testsuites>`;
const one = (props: string, extra = '') =>
  parseJunit(
    xml(`<testcase classname="k" name="t"${extra}><properties>${props}</properties></testcase>`),
    'r.xml',
  ).cases[0]!;
const prop = (name: string, value: string) =>
  `<property name="${name}" value="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`;

describe('JUnit: testcase properties and markers', () => {
  it('keeps testcase properties in order; suite properties stay out of the case', () => {
    const r = parseJunit(
      xml(
        `<testcase classname="k" name="t"><properties>${prop('markers', 'slow,property')}${prop('owner', 'me')}</properties></testcase><testcase classname="k" name="u"/>`,
        `<testsuite name="s"><properties>${prop('java.version', '21')}</properties>`,
      ),
      'r.xml',
    );
    expect(r.cases[0]).toEqual({
      id: 'k::t',
      name: 't',
      classname: 'k',
      outcome: 'passed',
      duration: null,
      properties: [
        { name: 'markers', value: 'slow,property' },
        { name: 'owner', value: 'me' },
      ],
      markers: [
        { name: 'slow', kind: 'property' },
        { name: 'property', kind: 'property' },
      ],
    });
    expect(r.cases[1]).toEqual({ id: 'k::u', name: 'u', classname: 'k', outcome: 'passed', duration: null });
  });

  it('marker, markers, tag, tags, category, categories and build tags, split on commas and whitespace, without case', () => {
    const c = one(
      prop('Marker', 'a') +
        prop('markers', ' b ,c  d') +
        prop('TAG', 'fast') +
        prop('tags', 'fast,net') +
        prop('category', 'Unit') +
        prop('categories', 'Unit Slow') +
        prop('build-tags', 'linux,integration') +
        prop('not-a-marker', 'zzz'),
    );
    expect(c.markers).toEqual<Marker[]>([
      { name: 'a', kind: 'property' },
      { name: 'b', kind: 'property' },
      { name: 'c', kind: 'property' },
      { name: 'd', kind: 'property' },
      { name: 'fast', kind: 'tag' },
      { name: 'net', kind: 'tag' },
      { name: 'Unit', kind: 'category' },
      { name: 'Slow', kind: 'category' },
      { name: 'linux', kind: 'build-tag' },
      { name: 'integration', kind: 'build-tag' },
    ]);
    expect(markerKind('go.buildtags')).toBe('build-tag');
    expect(markerKind('__proto__')).toBeNull();
    expect(markerKind('constructor')).toBeNull();
    expect(markerKind('toString')).toBeNull();
  });

  it('a suite-level build-tags property gives its tests the tags, nested suites included', () => {
    const r = parseJunit(
      `<testsuites><testsuite name="p"><properties>${prop('go.buildtags', 'integration')}</properties><testsuite name="q"><testcase classname="k" name="t"/></testsuite></testsuite><testsuite name="r"><testcase classname="k" name="u"/></testsuite></testsuites>`,
      'r.xml',
    );
    expect(r.cases.map((c) => c.markers)).toEqual([[{ name: 'integration', kind: 'build-tag' }], undefined]);
  });

  it('hostile names are data: __proto__, huge values, control characters, too many properties', () => {
    const c = one(
      prop('__proto__', 'x') +
        prop('markers', '__proto__ constructor') +
        prop('tags', `ok\u200bjoined\u0085next`) +
        prop('category', 'y'.repeat(5000)) +
        prop('n'.repeat(5000), 'v'.repeat(50_000)),
    );
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(c.properties![0]).toEqual({ name: '__proto__', value: 'x' });
    expect(Object.keys(c.properties![0]!)).toEqual(['name', 'value']);
    expect(c.markers!.map((m) => m.name)).toEqual([
      '__proto__',
      'constructor',
      'ok joined next',
      `${'y'.repeat(MAX_MARKER_NAME - 1)}…`,
    ]);
    const huge = c.properties![4]!;
    expect(huge.name).toHaveLength(MAX_PROPERTY_NAME);
    expect(huge.value).toHaveLength(MAX_PROPERTY_VALUE);

    const many = one(Array.from({ length: 100 }, (_, i) => prop('tags', `t${i} u${i}`)).join(''));
    expect(many.properties).toHaveLength(MAX_CASE_PROPERTIES);
    expect(many.markers).toHaveLength(MAX_MARKERS);
  });

  it('properties of a retry element or deeper are not the testcase’s', () => {
    const r = parseJunit(
      xml(
        `<testcase classname="k" name="t"><flakyFailure message="m"><properties>${prop('tags', 'inner')}</properties></flakyFailure></testcase>`,
      ),
      'r.xml',
    );
    expect(r.cases[0]!.properties).toBeUndefined();
    expect(r.cases[0]!.markers).toBeUndefined();
  });

  it('describe paths: vitest (every ancestor of `a > b > title`) and jest-junit (the suite name, when the classname starts with it)', () => {
    const vitest = parseJunit(
      `<testsuites name="vitest tests"><testsuite name="f.test.js"><testcase classname="f.test.js" name="a &gt; b &gt; title"/><testcase classname="f.test.js" name="plain"/></testsuite></testsuites>`,
      'v.xml',
    );
    expect(vitest.producer).toBe('vitest');
    expect(vitest.cases.map((c) => c.markers)).toEqual([
      [
        { name: 'a', kind: 'describe' },
        { name: 'a > b', kind: 'describe' },
      ],
      undefined,
    ]);
    const jest = parseJunit(
      `<testsuites name="jest tests"><testsuite name="outer" tests="2"><testcase classname="outer inner title" name="outer inner title"/><testcase classname="other title" name="other title"/></testsuite><testsuite name="undefined" tests="1"><testcase classname=" t" name=" t"/></testsuite></testsuites>`,
      'j.xml',
    );
    expect(jest.producer).toBe('jest-junit');
    expect(jest.cases.map((c) => c.markers)).toEqual([
      [{ name: 'outer', kind: 'describe' }],
      undefined,
      undefined,
    ]);
  });

  it('Hypothesis statistics: a suite property per node id, matched to the testcase pytest derives from it', () => {
    const stats = (text: string) => Buffer.from(text).toString('base64');
    const body = (p: number, f: number, i: number) =>
      `  - ${p} passing examples, ${f} failing examples, ${i} invalid examples\n`;
    const r = parseJunit(
      xml(
        '<testcase classname="tests.test_a.TestK" name="test_x[1-2]"/><testcase classname="tests.test_a" name="test_y"/><testcase classname="tests.test_a" name="test_z"/>',
        `<testsuite name="pytest"><properties>${prop('hypothesis-statistics-tests/test_a.py::TestK::test_x[1-2]', stats(`gen\n${body(10, 1, 2)}shrink\n${body(3, 4, 5)}`))}${prop('hypothesis-statistics-tests/test_a.py::test_y', 'not base64!')}${prop('hypothesis-statistics-tests/test_a.py::test_z', stats('no figures'))}</properties>`,
      ),
      'p.xml',
    );
    expect(r.cases.map((c) => c.examples ?? null)).toEqual([
      { run: 25, passing: 13, failing: 5, invalid: 7, source: 'hypothesis-statistics' },
      null,
      null,
    ]);
    expect(hypothesisExamples('')).toBeNull();
    expect(hypothesisExamples('abc')).toBeNull();
  });
});

describe('tests.junit.xml: markers and examples written back', () => {
  it('shardProperties: the case’s own properties, then one test-ladder.marker per marker, then the examples', () => {
    const c: TestCase = {
      id: 'k::t',
      name: 't',
      classname: 'k',
      outcome: 'passed',
      duration: null,
      properties: [{ name: 'markers', value: 'slow' }],
      markers: [
        { name: 'slow', kind: 'property' },
        { name: 'a > b', kind: 'describe' },
      ],
      examples: { run: 3, passing: 1, failing: 1, invalid: 1, source: 'hypothesis-statistics' },
    };
    expect(shardProperties(c)).toEqual([
      { name: 'markers', value: 'slow' },
      { name: SHARD_MARKER, value: 'property:slow' },
      { name: SHARD_MARKER, value: 'describe:a > b' },
      { name: SHARD_EXAMPLES, value: '3,1,1,1' },
    ]);
    const back = parseJunit(
      xml(
        `<testcase classname="k" name="t"><properties>${shardProperties(c)
          .map((p) => prop(p.name, p.value))
          .join('')}</properties></testcase>`,
      ),
      'tests.junit.xml',
    ).cases[0];
    expect(back).toEqual(c);
  });

  it('test-ladder.marker decides the markers; malformed ones and examples are dropped, never guessed', () => {
    const c = one(
      prop('tags', 'ignored') +
        prop(SHARD_MARKER, 'tag:kept') +
        prop(SHARD_MARKER, 'nokind') +
        prop(SHARD_MARKER, '__proto__:x') +
        prop(SHARD_MARKER, 'describe:') +
        prop(SHARD_MARKER, 'tag:kept') +
        prop(SHARD_EXAMPLES, '1,2,3'),
    );
    expect(c.markers).toEqual([{ name: 'kept', kind: 'tag' }]);
    expect(c.examples).toBeUndefined();
    expect(c.properties).toEqual([{ name: 'tags', value: 'ignored' }]);
  });
});

const tc = (id: string, outcome: Outcome, markers: Marker[] = []): TestCase => ({
  id,
  name: id,
  classname: 'K',
  outcome,
  duration: 0.1,
  ...(markers.length > 0 ? { markers } : {}),
});
const m = (name: string, kind: Marker['kind'] = 'property'): Marker => ({ name, kind });

describe('markersUsage', () => {
  /** Three runs: `a` ran in all, `b` only in the last, `c` was skipped in the last. */
  function threeRuns(): { history: History; cases: TestCase[] } {
    let h: History | null = null;
    const runs: TestCase[][] = [
      [tc('a', 'passed'), tc('c', 'failed')],
      [tc('a', 'failed'), tc('c', 'passed')],
      [
        tc('a', 'passed', [m('slow'), m('property')]),
        tc('b', 'passed', [m('slow'), m('net', 'tag'), m('floor', 'describe')]),
        tc('c', 'skipped', [m('net', 'tag'), m('slow', 'category')]),
        tc('d', 'passed', [m('floor', 'describe')]),
      ],
    ];
    runs.forEach((cases, i) => {
      h = extendHistory(h, {
        runId: `${i}`,
        attempt: 1,
        commit: null,
        date: '2026-01-01',
        cases,
        flakyIds: [],
      });
    });
    return { history: h!, cases: runs[2]! };
  }

  it('per marker: its kinds, the tests carrying it now, and the runs those tests ran in', () => {
    const { history, cases } = threeRuns();
    const u = markersUsage(cases, history, []);
    expect(u.markers).toEqual([
      { name: 'floor', kinds: ['describe'], tests: 2, runs: 1, declared: false },
      { name: 'net', kinds: ['tag'], tests: 2, runs: 3, declared: false },
      { name: 'property', kinds: ['property'], tests: 1, runs: 3, declared: false },
      { name: 'slow', kinds: ['property', 'category'], tests: 3, runs: 3, declared: false },
    ]);
    expect(u.counts).toEqual({
      markers: 4,
      tests_with_markers: 4,
      tests: 4,
      declared: 0,
      declared_unused: 0,
    });
    expect(u.window_runs).toBe(3);
    expect(u.declared_unused).toEqual([]);
    expect(u).not.toHaveProperty('undeclared');
    expect(u.method).toContain("counted for the tests that carry the marker in this run's reports");
  });

  it('declared markers: unused ones listed; undeclared listed only when any is declared, describe blocks never', () => {
    const { history, cases } = threeRuns();
    const u = markersUsage(cases, history, ['slow', 'unused', '__proto__']);
    expect(u.markers.map((x) => [x.name, x.declared])).toEqual([
      ['floor', false],
      ['net', false],
      ['property', false],
      ['slow', true],
    ]);
    expect(u.declared_unused).toEqual(['__proto__', 'unused']);
    expect(u.undeclared).toEqual(['net', 'property']);
    expect(u.counts).toMatchObject({ declared: 3, declared_unused: 2 });
  });

  it('without a history, runs count this run only, and only for tests that ran', () => {
    const u = markersUsage([tc('a', 'passed', [m('x')]), tc('b', 'skipped', [m('y')])], null, []);
    expect(u.markers.map((x) => [x.name, x.runs])).toEqual([
      ['x', 1],
      ['y', 0],
    ]);
  });

  it('deterministic: the same markers in any case order give the same body, under its schema id', () => {
    const { history, cases } = threeRuns();
    const a = markersUsageArtifact(markersUsage(cases, history, ['b', 'a']));
    const b = markersUsageArtifact(markersUsage([...cases].reverse(), history, ['a', 'b']));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a['schema']).toBe(MARKERS_USAGE_SCHEMA);
  });
});
