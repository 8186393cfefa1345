import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extendHistory, type History } from '../../src/analysis/history.js';
import {
  groupSignatures,
  maskLine,
  MAX_LISTED_TESTS,
  normalizeFailure,
  RULES,
  signatureHashes,
  signatureOf,
  signFailures,
} from '../../src/analysis/signatures.js';
import type { Outcome, TestCase } from '../../src/model/tests.js';

describe('maskLine: each rule', () => {
  const table: [string, string, string][] = [
    // [rule, input, normalized]
    ['workspace (Linux runner)', 'open /home/runner/work/app/app/src/x.py', 'open <workspace>/src/x.py'],
    ['workspace (container)', 'at /__w/my-repo/my-repo/lib/a.js', 'at <workspace>/lib/a.js'],
    ['workspace (macOS runner)', '/Users/runner/work/r/r/Sources/A.swift', '<workspace>/Sources/A.swift'],
    ['workspace (Windows runner)', 'D:\\a\\repo\\repo\\src\\X.cs', '<workspace>\\src\\X.cs'],
    ['runner temp', 'wrote /home/runner/work/_temp/abc/out', 'wrote <tmp>/abc/out'],
    ['pytest temp', '/tmp/pytest-of-runner/pytest-12/test_a0/x.txt', '<tmp>/test_a<n>/x.txt'],
    ['temp with a random name', 'cd /tmp/tmpa1b2c3/data', 'cd <tmp>/data'],
    ['plain /tmp name kept', 'cd /tmp/data', 'cd /tmp/data'],
    ['macOS temp', '/var/folders/xy/abc123/T/file', '<tmp>/file'],
    ['Windows temp', 'C:\\Users\\runneradmin\\AppData\\Local\\Temp\\tmp123\\f', '<tmp>\\f'],
    ['e-mail', 'sent to ci+bot@mail.example.org', 'sent to <email>'],
    ['npm spec is not an e-mail', 'lodash@4.17.21', 'lodash@<n>.<n>'],
    ['url', 'GET https://api.example.com/v1/x?id=7 failed', 'GET <url> failed'],
    [
      'file url keeps the path',
      'file:///home/runner/work/r/r/a.mjs:3:1',
      'file://<workspace>/a.mjs:<line>:<col>',
    ],
    ['host', 'resolve db-1.internal and cache.example.com', 'resolve <host> and <host>'],
    ['localhost', 'dial localhost', 'dial <host>'],
    [
      'code names are not hosts',
      'java.io.IOException at org.apache.commons.io.FileUtils',
      'java.io.IOException at org.apache.commons.io.FileUtils',
    ],
    ['ipv4', 'from 10.0.12.7', 'from <ip>'],
    ['ipv6', 'listen [fe80::1]:8080 and ::1', 'listen [<ip>]:<port> and <ip>'],
    ['C++ and Ruby scopes are not ipv6', 'Foo::bar std::vector a::b', 'Foo::bar std::vector a::b'],
    ['port after a host', 'connect localhost:5432', 'connect <host>:<port>'],
    ['port in words', 'Port 8080 in use', 'Port <port> in use'],
    ['uuid', 'job 3F2A9C1E-1111-2222-3333-444455556666 done', 'job <uuid> done'],
    ['sha-1', 'commit da39a3ee5e6b4b0d3255bfef95601890afd80709', 'commit <sha>'],
    ['md5', 'md5 d41d8cd98f00b204e9800998ecf8427e', 'md<n> <sha>'],
    ['sha-256', `digest ${'e3b0c442'.repeat(8)}`, 'digest <sha>'],
    ['iso timestamp', 'at 2026-11-22T10:15:30.123Z', 'at <date>'],
    ['iso timestamp with zone', 'at 2026-11-22 10:15:30+02:00', 'at <date>'],
    ['date alone', 'due 2026-11-22', 'due <date>'],
    ['slashed dates', 'on 2026/11/22 and 11/22/2026', 'on <date> and <date>'],
    ['written date', 'Sun, 22 Nov 2026 and Nov 22, 2026', '<date> and <date>'],
    ['time', 'at 10:15:30.5 and 9:05 PM', 'at <time> and <time>'],
    [
      'durations',
      'took 1.5s, 250ms, 3 seconds, 2 min',
      'took <duration>, <duration>, <duration>, <duration>',
    ],
    ['go duration', 'timed out after 1h2m3.5s', 'timed out after <duration>'],
    ['hex address', 'object at 0x7f3a2b1c4d90', 'object at <addr>'],
    [
      'java identity hash',
      'com.acme.Foo@1b6d3586 and Foo$Bar@7a81197d',
      'com.acme.Foo@<addr> and Foo$Bar@<addr>',
    ],
    ['hex run', 'token a3f9c2e17b', 'token <hex>'],
    ['hex dump', 'bytes de ad be ef 00 11 22 33', 'bytes <hex>'],
    ['base64', 'key c2VjcmV0LXZhbHVlLTE= end', 'key <blob> end'],
    ['goroutine id', 'goroutine 17 [running]:', 'goroutine <id> [running]:'],
    ['line in a frame', 'at a (src/x.ts:12:5)', 'at a (src/x.ts:<line>:<col>)'],
    ['line without column', 'tests/test_x.py:42: AssertionError', 'tests/test_x.py:<line>: AssertionError'],
    ['python line', 'File "x.py", line 42, in f', 'File "x.py", line <line>, in f'],
    ['C# line', 'in X.cs:line 7', 'in X.cs:line <line>'],
    ['numbers', 'expected 3 but got -4.25 (of 1,000)', 'expected <n> but got -<n> (of <n>,<n>)'],
    [
      'digits inside names too',
      "KeyError: 'user_1234' utf8 test_case_2 x86_64",
      "KeyError: 'user_<n>' utf<n> test_case_<n> x<n>_<n>",
    ],
  ];
  for (const [rule, input, normalized] of table) {
    it(`${rule}: ${input}`, () => {
      expect(maskLine(input)).toBe(normalized);
      expect(maskLine(normalized)).toBe(normalized);
    });
  }

  it('the configured workspace, with either slash', () => {
    expect(maskLine('/srv/ci/checkout/src/a.py and \\srv\\ci\\checkout\\b', '/srv/ci/checkout/')).toBe(
      '<workspace>/src/a.py and <workspace>\\b',
    );
  });

  it('every rule is named, and the rules run in the documented order', () => {
    expect(RULES.map((r) => r.name)).toEqual([
      'runner temp',
      'workspace',
      'temp',
      'e-mail',
      'url',
      'host',
      'ipv4',
      'ipv6',
      'port',
      'port',
      'uuid',
      'sha',
      'date',
      'time',
      'duration',
      'address',
      'address',
      'base64',
      'hex',
      'hex',
      'goroutine',
      'line',
      'line',
      'number',
    ]);
  });
});

describe('normalizeFailure: lines and frames', () => {
  it('folds whitespace and control characters, drops empty lines, keeps \\r\\n and \\r as line ends', () => {
    expect(normalizeFailure('  a\t\tb \u0000 c \r\n\r\n\n d\re  ')).toBe('a b c\nd\ne');
  });

  it('Java: library frames and "... N more" dropped, the first in-repository frames kept (3 here, 1 by default)', () => {
    const text = [
      'expected:<1> but was:<2>',
      'java.lang.AssertionError: expected:<1> but was:<2>',
      '\tat org.junit.Assert.fail(Assert.java:89)',
      '\tat com.acme.ledger.LedgerTest.testBalance(LedgerTest.java:42)',
      '\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
      '\tat com.acme.ledger.Helper.check(Helper.java:10)',
      '\tat com.acme.ledger.Other.x(Other.java:1)',
      '\tat com.acme.ledger.Other.y(Other.java:2)',
      '\t... 23 more',
    ].join('\n');
    expect(normalizeFailure(text, { frames: 3 })).toBe(
      [
        'expected:<<n>> but was:<<n>>',
        'java.lang.AssertionError: expected:<<n>> but was:<<n>>',
        'at com.acme.ledger.LedgerTest.testBalance(LedgerTest.java:<line>)',
        'at com.acme.ledger.Helper.check(Helper.java:<line>)',
        'at com.acme.ledger.Other.x(Other.java:<line>)',
      ].join('\n'),
    );
    expect(normalizeFailure(text).split('\n').slice(2)).toEqual([
      'at com.acme.ledger.LedgerTest.testBalance(LedgerTest.java:<line>)',
    ]);
    expect(normalizeFailure(text, { frames: 0 }).split('\n')).toHaveLength(2);
  });

  it('Python: the innermost in-repository frames (the last ones) kept, with their source lines', () => {
    const text = [
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3.11/unittest/case.py", line 57, in testPartExecutor',
      '    yield',
      '  File "/home/runner/work/repo/repo/tests/test_x.py", line 12, in test_a',
      '    self.assertEqual(f(), 3)',
      '  File "/home/runner/work/repo/repo/pkg/a.py", line 3, in f',
      '    return g()',
      '  File "/home/runner/work/repo/repo/pkg/b.py", line 9, in g',
      '    return 4',
      'AssertionError: 4 != 3',
    ].join('\n');
    expect(normalizeFailure(text, { frames: 2 })).toBe(
      [
        'Traceback (most recent call last):',
        'File "<workspace>/pkg/a.py", line <line>, in f',
        'return g()',
        'File "<workspace>/pkg/b.py", line <line>, in g',
        'return <n>',
        'AssertionError: <n> != <n>',
      ].join('\n'),
    );
  });

  it('pytest: only the E lines and the in-repository locations, so each test’s source does not make its own signature', () => {
    const text = [
      'def test_conn(client):',
      '>       r = client.get("/x")',
      '',
      'tests/test_api.py:12: ',
      '_ _ _ _ _ _ _ _ _ _',
      'src/app/client.py:40: in get',
      '    return self._session.get(url)',
      '/usr/lib/python3/dist-packages/requests/sessions.py:600: in get',
      '    return self.request("GET", url)',
      "E   requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8080)",
      '',
      '/usr/lib/python3/dist-packages/requests/adapters.py:519: ConnectionError',
    ].join('\n');
    // The innermost in-repository location is where it failed; the test's own (the first) is not kept.
    expect(normalizeFailure(text)).toBe(
      [
        'src/app/client.py:<line>: in get',
        "E requests.exceptions.ConnectionError: HTTPConnectionPool(host='<host>', port=<n>)",
      ].join('\n'),
    );
    expect(normalizeFailure(text, { frames: 2 }).split('\n').slice(0, 2)).toEqual([
      'tests/test_api.py:<line>:',
      'src/app/client.py:<line>: in get',
    ]);
  });

  it('JavaScript: node internals, node_modules and anonymous frames dropped', () => {
    const text = [
      'Error: expect(received).toBe(expected)',
      'Expected: 3',
      'Received: 4',
      '    at Object.<anonymous> (/home/runner/work/app/app/test/sum.test.js:5:13)',
      '    at Promise.then.completed (/home/runner/work/app/app/node_modules/jest-circus/build/utils.js:298:28)',
      '    at new Promise (<anonymous>)',
      '    at node:internal/process/task_queues:95:5',
      '    at async Promise.all (index 0)',
    ].join('\n');
    expect(normalizeFailure(text)).toBe(
      [
        'Error: expect(received).toBe(expected)',
        'Expected: <n>',
        'Received: <n>',
        'at Object.<anonymous> (<workspace>/test/sum.test.js:<line>:<col>)',
      ].join('\n'),
    );
  });

  it('Go: the test’s own message lines stay; runtime and testing frames go', () => {
    const text = [
      '    band_test.go:23: Band(5) = "low", want "mid"',
      'panic: boom [recovered]',
      'goroutine 7 [running]:',
      'testing.tRunner.func1.2({0x5a2b40, 0xc000012345})',
      '\t/usr/local/go/src/testing/testing.go:1545 +0x238',
      'example.com/ladder/band.Band(0x5)',
      '\t/home/runner/work/ladder/ladder/band/band.go:12 +0x1d',
    ].join('\n');
    expect(normalizeFailure(text)).toBe(
      [
        'band_test.go:<line>: Band(<n>) = "low", want "mid"',
        'panic: boom [recovered]',
        'goroutine <id> [running]:',
        '<host>/ladder/band.Band(<addr>)',
        '<workspace>/band/band.go:<line> +<addr>',
      ].join('\n'),
    );
  });

  it('a message line that starts with "at" is not a frame', () => {
    expect(normalizeFailure('at least 3 items expected\nat most 2 found')).toBe(
      'at least <n> items expected\nat most <n> found',
    );
  });

  it('empty and whitespace-only failures normalize to the empty text', () => {
    expect(normalizeFailure('')).toBe('');
    expect(normalizeFailure(' \n\t\n')).toBe('');
  });
});

describe('signatureOf', () => {
  it('is SHA-256 of the normalized text, its first 16 bytes in hex', () => {
    const s = signatureOf('AssertionError: 4 != 3');
    expect(s).toEqual({
      normalized: 'AssertionError: <n> != <n>',
      hash: createHash('sha256').update('AssertionError: <n> != <n>').digest('hex').slice(0, 32),
    });
    expect(signatureOf('').hash).toBe('e3b0c44298fc1c149afbf4c8996fb924');
  });

  it('the same failure on another runner, at another time, with other numbers: the same signature', () => {
    const a = signatureOf(
      'TimeoutError: no reply from 10.1.0.7:5432 after 30.5s at 2026-01-02T03:04:05Z\n    at connect (/home/runner/work/a/a/src/db.js:10:3)',
    );
    const b = signatureOf(
      'TimeoutError: no reply from 10.9.9.9:6543 after 31s at 2026-12-31T23:59:59Z\n    at connect (/__w/a/a/src/db.js:11:7)',
    );
    expect(a.hash).toBe(b.hash);
    expect(signatureOf('TimeoutError: no reply from db').hash).not.toBe(a.hash);
  });
});

const tc = (id: string, outcome: Outcome, message?: string): TestCase => ({
  id,
  name: id,
  classname: 'K',
  outcome,
  duration: 1,
  ...(message !== undefined ? { message } : {}),
});

describe('signFailures', () => {
  it('signs failed and errored tests only, the first listing of an id, a missing message as the empty text', () => {
    const signed = signFailures([
      tc('a', 'failed', 'x is 1'),
      tc('b', 'passed'),
      tc('c', 'error', 'x is 2'),
      tc('d', 'skipped'),
      tc('a', 'failed', 'other'),
      tc('e', 'failed'),
    ]);
    expect([...signed.keys()]).toEqual(['a', 'c', 'e']);
    expect(signed.get('a')).toEqual(signed.get('c'));
    expect(signed.get('a')!.normalized).toBe('x is <n>');
    expect(signed.get('e')!.normalized).toBe('');
    expect(signatureHashes(signed)).toEqual(
      new Map([
        ['a', signed.get('a')!.hash],
        ['c', signed.get('a')!.hash],
        ['e', signed.get('e')!.hash],
      ]),
    );
  });

  it('masks the given workspace', () => {
    const signed = signFailures([tc('a', 'failed', 'open /srv/w/x.txt')], { workspace: '/srv/w' });
    expect(signed.get('a')!.normalized).toBe('open <workspace>/x.txt');
  });
});

describe('groupSignatures', () => {
  const conn = 'ConnectionError: refused 10.0.0.1:80';
  const assert = 'AssertionError: 1 != 2';
  const timeout = 'Timeout after 5s';
  const run = (n: number, cases: TestCase[], h: History | null) =>
    extendHistory(h, {
      runId: `r${n}`,
      attempt: 1,
      commit: `c${n}`,
      date: `2026-01-0${n}`,
      cases,
      flakyIds: [],
      signatures: signatureHashes(signFailures(cases)),
    });

  it('groups this run’s failures; new or seen in k of the earlier runs, with the earlier tests', () => {
    let h = run(1, [tc('a', 'failed', conn), tc('b', 'passed'), tc('z', 'failed', timeout)], null);
    h = run(2, [tc('a', 'passed'), tc('b', 'failed', 'ConnectionError: refused 10.0.0.2:81')], h);
    const now = [
      tc('a', 'failed', 'ConnectionError: refused 10.0.0.3:82'),
      tc('b', 'failed', conn),
      tc('c', 'error', conn),
      tc('d', 'failed', assert),
    ];
    h = run(3, now, h);
    const groups = groupSignatures(signFailures(now), h);
    expect(groups).toEqual([
      {
        signature: signatureOf(conn).hash,
        normalized: 'ConnectionError: refused <ip>:<port>',
        test_count: 3,
        tests: ['a', 'b', 'c'],
        status: 'seen',
        seen_in_runs: 2,
        of_runs: 2,
        summary: 'seen in 2 of the last 2 runs',
        first_seen: { run_id: 'r1', date: '2026-01-01' },
        earlier_test_count: 2,
        earlier_tests: ['a', 'b'],
      },
      {
        signature: signatureOf(assert).hash,
        normalized: 'AssertionError: <n> != <n>',
        test_count: 1,
        tests: ['d'],
        status: 'new',
        seen_in_runs: 0,
        of_runs: 2,
        summary: 'new in this run (not in the last 2 runs)',
        first_seen: null,
        earlier_test_count: 0,
        earlier_tests: [],
      },
    ]);
  });

  it('without history, or on a first run, every signature is new', () => {
    const now = [tc('a', 'failed', assert)];
    const first = run(1, now, null);
    for (const h of [null, first])
      expect(groupSignatures(signFailures(now), h).map((g) => [g.status, g.of_runs, g.summary])).toEqual([
        ['new', 0, 'new in this run (no earlier run to compare with)'],
      ]);
  });

  it('a signature seen once in one earlier run', () => {
    let h = run(1, [tc('x', 'failed', assert)], null);
    h = run(2, [tc('y', 'failed', assert)], h);
    expect(groupSignatures(signFailures([tc('y', 'failed', assert)]), h)[0]!.summary).toBe(
      'seen in 1 of the last 1 run',
    );
  });

  it('lists at most 50 tests per group but counts them all; ties by signature', () => {
    const cases = Array.from({ length: 60 }, (_, i) => tc(`t${String(i).padStart(2, '0')}`, 'failed', conn));
    const [g] = groupSignatures(signFailures(cases), null);
    expect([g!.test_count, g!.tests.length, g!.tests[49]]).toEqual([60, MAX_LISTED_TESTS, 't49']);
    const two = groupSignatures(signFailures([tc('a', 'failed', 'A'), tc('b', 'failed', 'B')]), null);
    expect(two.map((x) => x.signature)).toEqual([signatureOf('A').hash, signatureOf('B').hash].sort());
  });
});
