import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUARANTINE_FILE,
  globToRegExp,
  parseQuarantine,
  quarantineMatcher,
} from '../../src/analysis/quarantine.js';
import { judgeTests } from '../../src/gates/tests.js';
import { InputError, InputErrors } from '../../src/model/errors.js';
import type { Outcome, TestCase, TestTotals } from '../../src/model/tests.js';

const FILE = '.github/test-ladder-quarantine.yml';

/** The messages of the InputErrors a parse throws, each with its file:line:col. */
function problems(text: string): string[] {
  try {
    parseQuarantine(text, FILE);
  } catch (e) {
    if (e instanceof InputErrors) return e.errors.map((x) => x.message);
    if (e instanceof InputError) return [e.message];
    throw e;
  }
  throw new Error('expected the quarantine file to be refused');
}

const EXAMPLE = `# known failures, each owned and due
quarantine:
  - test: tests/test_net.py::TestNet::test_timeout
    owner: '@alice'
    reason: 'times out on the shared DNS, see #123' # quoted: a # after a space starts a comment
    expires: 2026-12-31
  - test: 'tests/e2e/**'
    owner: '@web-team'
    reason: staging is down
    expires: 2026-06-30
`;

describe('parseQuarantine', () => {
  it('reads the entries with their line', () => {
    expect(parseQuarantine(EXAMPLE, FILE)).toEqual({
      file: FILE,
      entries: [
        {
          test: 'tests/test_net.py::TestNet::test_timeout',
          owner: '@alice',
          reason: 'times out on the shared DNS, see #123',
          expires: '2026-12-31',
          line: 3,
        },
        {
          test: 'tests/e2e/**',
          owner: '@web-team',
          reason: 'staging is down',
          expires: '2026-06-30',
          line: 7,
        },
      ],
    });
    expect(DEFAULT_QUARANTINE_FILE).toBe(FILE);
  });

  it('an empty file, a comment, `quarantine: []` or `quarantine:` is an empty quarantine', () => {
    for (const text of ['', '# nothing yet\n', 'quarantine: []\n', 'quarantine:\n', 'version: 1\n'])
      expect(parseQuarantine(text, FILE)).toEqual({ file: FILE, entries: [] });
  });

  it('an unknown key is an error at its line and column, with the allowed keys', () => {
    expect(
      problems(`quarantine:
  - test: a
    owner: b
    reason: c
    expires: 2026-01-01
    ticket: JIRA-1
`),
    ).toEqual([`${FILE}:6:5: quarantine[0].ticket: unknown key; allowed: test, owner, reason, expires`]);
    expect(problems('quarantne: []\n')).toEqual([
      `${FILE}:1:1: quarantne: unknown key; allowed: version, quarantine`,
    ]);
    expect(problems('__proto__: 1\n')).toEqual([
      `${FILE}:1:1: __proto__: unknown key; allowed: version, quarantine`,
    ]);
  });

  it('a date that is not YYYY-MM-DD, or not a real day, is an error at the value', () => {
    expect(
      problems(`quarantine:
  - {test: a, owner: b, reason: c, expires: 2026-02-30}
  - {test: a, owner: b, reason: c, expires: next week}
  - {test: a, owner: b, reason: c, expires: 20261231}
`),
    ).toEqual([
      `${FILE}:2:45: quarantine[0].expires: expected a date written YYYY-MM-DD; found the string "2026-02-30", which is not a real date`,
      `${FILE}:3:45: quarantine[1].expires: expected a date written YYYY-MM-DD; found the string "next week"`,
      `${FILE}:4:45: quarantine[2].expires: expected a date written YYYY-MM-DD; found number 20261231`,
    ]);
  });

  it('missing keys, empty values, a wrong shape, duplicate keys: every problem at once, in file order', () => {
    expect(
      problems(`version: 2
quarantine:
  - test: a
    owner: ''
  - just a string
  - test: '**'
    owner: o
    reason: r
    reason: r2
    expires: 2026-01-01
`),
    ).toEqual([
      `${FILE}:1:10: version: expected 1; found number 2`,
      `${FILE}:3:5: quarantine[0]: missing keys reason, expires; every entry needs test, owner, reason, expires`,
      `${FILE}:4:12: quarantine[0].owner: expected a non-empty string; found the string ""`,
      `${FILE}:5:5: quarantine[1]: expected a mapping with keys test, owner, reason, expires; found the string "just a string"`,
      `${FILE}:6:11: quarantine[2].test: "**" would quarantine every test; name the tests or a narrower glob`,
      `${FILE}:9:5: quarantine[2].reason: duplicate key`,
    ]);
    expect(problems('quarantine: {test: a}\n')).toEqual([
      `${FILE}:1:13: quarantine: expected a list of entries (test, owner, reason, expires); found a mapping`,
    ]);
    expect(problems('- a\n')).toEqual([
      `${FILE}:1:1: expected a mapping with the key quarantine (a list of entries); found a list`,
    ]);
  });

  it('YAML that does not parse is an error with its position; a second document too', () => {
    expect(problems('quarantine: [\n')[0]).toMatch(
      new RegExp(`^${FILE.replace(/\./g, '\\.')}:\\d+:\\d+: invalid YAML: `),
    );
    expect(problems('quarantine: []\n---\nquarantine: []\n')).toEqual([
      `${FILE}:3:1: expected one YAML document; found a second one`,
    ]);
  });
});

describe('globs over test ids', () => {
  const table: [string, string, boolean][] = [
    ['tests/e2e/**', 'tests/e2e/login/test_a.py::test_ok', true],
    ['tests/e2e/*', 'tests/e2e/login/test_a.py::test_ok', false],
    ['tests/e2e/*', 'tests/e2e/test_a.py::K::test_ok', true],
    ['tests/test_a.py::*', 'tests/test_a.py::K::t[1-2]', true],
    ['K::t[1-2]', 'K::t[1-2]', true],
    ['K::t[1-2]', 'K::t1', false],
    ['K::t?', 'K::t1', true],
    ['K::t?', 'K::t12', false],
    ['K::(a|b)', 'K::a', false],
    ['**::test_flaky_*', 'a/b.py::K::test_flaky_net', true],
    ['a.b', 'axb', false],
  ];
  for (const [glob, id, match] of table)
    it(`${glob} ${match ? 'matches' : 'does not match'} ${id}`, () => {
      expect(globToRegExp(glob).test(id)).toBe(match);
    });
});

describe('quarantineMatcher', () => {
  const q = parseQuarantine(
    `quarantine:
  - {test: 'K::exact', owner: '@a', reason: r, expires: 2026-06-30}
  - {test: 'K::glob*', owner: '@b', reason: r, expires: 2026-01-31}
  - {test: 'K::glob*', owner: '@c', reason: r, expires: 2026-12-31}
  - {test: '__proto__', owner: '@d', reason: r, expires: 2026-12-31}
`,
    FILE,
  );

  it('holds through the expiry day, expires the day after', () => {
    expect(quarantineMatcher(q, '2026-06-30').match('K::exact')).toMatchObject({
      expired: false,
      entry: { owner: '@a' },
    });
    expect(quarantineMatcher(q, '2026-07-01').match('K::exact')).toMatchObject({
      expired: true,
      entry: { owner: '@a' },
    });
  });

  it('an active entry wins over an expired one for the same test', () => {
    const m = quarantineMatcher(q, '2026-03-01');
    expect(m.match('K::globby')).toMatchObject({ expired: false, entry: { owner: '@c' } });
    expect([m.active.length, m.expired.map((e) => e.owner)]).toEqual([3, ['@b']]);
  });

  it('prototype names are ids like any other; an unlisted test has no entry', () => {
    const m = quarantineMatcher(q, '2026-03-01');
    expect(m.match('__proto__')).toMatchObject({ entry: { owner: '@d' } });
    expect(m.match('constructor')).toBeNull();
    expect(m.match('toString')).toBeNull();
  });
});

describe('judgeTests with a quarantine', () => {
  const tc = (id: string, outcome: Outcome): TestCase => ({
    id,
    name: id,
    classname: 'K',
    outcome,
    duration: 1,
  });
  const totals = (cases: TestCase[]): TestTotals => ({
    total: cases.length,
    passed: cases.filter((c) => c.outcome === 'passed').length,
    failed: cases.filter((c) => c.outcome === 'failed').length,
    errors: cases.filter((c) => c.outcome === 'error').length,
    skipped: cases.filter((c) => c.outcome === 'skipped').length,
    flaky: 0,
  });
  const q = parseQuarantine(
    `quarantine:
  - {test: 'K::net', owner: '@alice', reason: DNS, expires: 2026-12-31}
  - {test: 'K::e2e_*', owner: '@web', reason: staging, expires: 2026-12-31}
  - {test: 'K::old', owner: '@bob', reason: legacy, expires: 2026-01-31}
`,
    FILE,
  );
  const date = '2026-03-01';
  const expired = {
    code: 'QUARANTINE_EXPIRED',
    message: `the quarantine of K::old (@bob: legacy) expired on 2026-01-31; its failures count again: fix the test, or extend the entry in ${FILE} line 4`,
    evidence: { test: 'K::old', owner: '@bob', expires: '2026-01-31', file: FILE, line: 4 },
  };

  it('quarantined failures do not fail the gate, and are reported with their owners; the expired entry warns', () => {
    const cases = [
      tc('K::ok', 'passed'),
      tc('K::net', 'failed'),
      tc('K::e2e_login', 'error'),
      tc('K::e2e_x', 'passed'),
    ];
    expect(judgeTests(totals(cases), { cases, quarantine: q, date })).toEqual({
      gate: 'tests',
      status: 'warn',
      reasons: [
        {
          code: 'QUARANTINED_FAILURES',
          message: `2 quarantined tests failed; the quarantine in ${FILE} keeps them from failing the gate: K::net (@alice, until 2026-12-31); K::e2e_login (@web, until 2026-12-31)`,
          evidence: { quarantined: 2, owners: '@alice, @web', file: FILE },
        },
        expired,
      ],
    });
  });

  it('an unquarantined failure still fails, and says how many quarantined ones were left out', () => {
    const cases = [
      tc('K::ok', 'passed'),
      tc('K::net', 'failed'),
      tc('K::new', 'failed'),
      tc('K::old', 'error'),
    ];
    const v = judgeTests(totals(cases), { cases, quarantine: q, date });
    expect(v.status).toBe('fail');
    expect(v.reasons[0]).toEqual({
      code: 'TESTS_FAILED',
      message:
        '1 failed and 1 errored of 4 tests (and 1 quarantined failures, not counted); coverage measured in this run is a lower bound',
      evidence: { failed: 1, errors: 1, total: 4, quarantined: 1 },
    });
    expect(v.reasons.map((r) => r.code)).toEqual([
      'TESTS_FAILED',
      'QUARANTINED_FAILURES',
      'QUARANTINE_EXPIRED',
    ]);
  });

  it('nothing failed and nothing expired: pass with no reasons; an expired entry alone warns', () => {
    const cases = [tc('K::ok', 'passed'), tc('K::net', 'passed')];
    expect(judgeTests(totals(cases), { cases, quarantine: q, date: '2026-01-15' })).toEqual({
      gate: 'tests',
      status: 'pass',
      reasons: [],
    });
    expect(judgeTests(totals(cases), { cases, quarantine: q, date })).toEqual({
      gate: 'tests',
      status: 'warn',
      reasons: [expired],
    });
  });

  it('names at most 10 quarantined tests, and counts the rest', () => {
    const cases = [
      tc('K::ok', 'passed'),
      ...Array.from({ length: 12 }, (_, i) => tc(`K::e2e_${i}`, 'failed')),
    ];
    const v = judgeTests(totals(cases), { cases, quarantine: q, date: '2026-01-01' });
    expect(v.status).toBe('warn');
    expect(v.reasons[0]!.message.endsWith('K::e2e_9 (@web, until 2026-12-31); and 2 more')).toBe(true);
  });

  it('without a quarantine file the gate is as before', () => {
    const cases = [tc('K::ok', 'passed'), tc('K::net', 'failed')];
    expect(judgeTests(totals(cases), { cases, quarantine: null, date })).toEqual(judgeTests(totals(cases)));
  });
});
