import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeFailure, signatureOf } from '../../src/analysis/signatures.js';

// ---------------------------------------------------------------------------------------------
// Failure texts built from the pieces real ones are made of: words, code names, numbers, addresses,
// ids, times, machine paths, stack frames of several languages, and arbitrary characters between.

const hex = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: min, maxLength: max });
const int = fc.integer({ min: 0, max: 99999 });
const word = fc.constantFrom(
  'expected',
  'but',
  'was',
  'AssertionError',
  'java.lang.IllegalStateException',
  'TypeError:',
  'Connection refused',
  'E',
  '>',
  'at',
  'in',
  'line',
  'port',
  'goroutine',
  'Traceback (most recent call last):',
  '... 12 more',
  'utf8',
  'test_case_2',
  'Foo::bar',
  'java.io.File',
);
const repoPath = fc.constantFrom(
  'src/app/client.py',
  'tests/test_x.py',
  'pkg/band.go',
  'test/sum.test.js',
  'Ledger.java',
);
const token = fc.oneof(
  word,
  int.map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((d) => d.toFixed(3)),
  hex(1, 12).map((h) => `0x${h}`),
  hex(32, 32),
  hex(40, 40),
  fc.uuid(),
  fc
    .date({ min: new Date(2000, 0, 1), max: new Date(2099, 0, 1), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.tuple(int, fc.constantFrom('ms', 's', 'm', 'h', 'us', 'ns', ' seconds')).map(([n, u]) => `${n}${u}`),
  fc.tuple(int, int, int, int).map((p) => p.map((n) => n % 256).join('.')),
  fc.tuple(int, int).map(([a, b]) => `localhost:${a % 65536} api.example.com:${b % 65536}`),
  fc.emailAddress(),
  fc.webUrl(),
  fc.tuple(repoPath, int).map(([p, n]) => `/home/runner/work/r/r/${p}:${n}`),
  fc.tuple(repoPath, int, int).map(([p, a, b]) => `    at Object.<anonymous> (/__w/r/r/${p}:${a}:${b})`),
  fc.tuple(repoPath, int).map(([p, n]) => `  File "/home/runner/work/r/r/${p}", line ${n}, in test_a`),
  fc.tuple(repoPath, int).map(([p, n]) => `${p}:${n}: in get`),
  int.map((n) => `\tat com.acme.Foo.bar(Foo.java:${n})`),
  int.map((n) => `\tat org.junit.Assert.fail(Assert.java:${n})`),
  int.map((n) => `  File "/usr/lib/python3.11/unittest/case.py", line ${n}, in run`),
  fc.tuple(int, hex(1, 6)).map(([n, h]) => `\t/home/runner/work/r/r/pkg/band.go:${n} +0x${h}`),
  fc
    .tuple(hex(1, 8), int)
    .map(([h, n]) => `example.com/ladder/band.Band(0x${h})\n\t/__w/r/r/band/band.go:${n} +0x1d`),
  fc
    .tuple(hex(1, 8), int)
    .map(([h, n]) => `testing.tRunner(0x${h})\n\t/usr/local/go/src/testing/testing.go:${n}`),
  int.map((n) => `/tmp/pytest-of-runner/pytest-${n}/test_a0/x.txt`),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
);
const text = fc
  .array(fc.tuple(token, fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', ', ', ': ', '')), { maxLength: 40 })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(''));

describe('normalizeFailure (properties)', () => {
  it('is idempotent: a normalized text normalizes to itself', () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = normalizeFailure(t);
        expect(normalizeFailure(once)).toBe(once);
      }),
    );
  });

  it('is idempotent with any number of frames kept', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (t, frames) => {
        const once = normalizeFailure(t, { frames });
        expect(normalizeFailure(once, { frames })).toBe(once);
      }),
    );
  });

  it('gives folded lines: no empty line, no line starting or ending with whitespace, no control character', () => {
    fc.assert(
      fc.property(text, (t) => {
        const out = normalizeFailure(t);
        if (out === '') return;
        for (const line of out.split('\n')) {
          expect(line).not.toBe('');
          expect(line).toBe(line.trim());
          // eslint-disable-next-line no-control-regex
          expect(line).not.toMatch(/[\u0000-\u001f\u007f]/);
        }
      }),
    );
  });

  // One failure written with different run-to-run values in every masked place: the same signature.
  const variable = fc.record({
    n: int,
    line: int,
    col: int,
    addr: hex(4, 12),
    java: hex(6, 8),
    uuid: fc.uuid(),
    sha: hex(40, 40),
    date: fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 0, 1), noInvalidDate: true }),
    ms: int,
    port: fc.integer({ min: 1, max: 65535 }),
    ip: fc.tuple(int, int, int, int),
    repo: fc.constantFrom('app', 'my-repo', 'r2'),
    tmp: int,
    goroutine: int,
    user: fc.constantFrom('alice', 'bob.smith', 'ci+bot'),
  });

  it('is stable under the masked variations: numbers, addresses, ids, hashes, dates, durations, hosts, ports, paths, line numbers', () => {
    fc.assert(
      fc.property(variable, variable, (a, b) => {
        const render = (v: typeof a) =>
          [
            `AssertionError: expected ${v.n} rows in ${v.ms}ms at ${v.date.toISOString()}`,
            `request ${v.uuid} for commit ${v.sha} by ${v.user}@example.com failed: connect ECONNREFUSED ${v.ip.map((x) => x % 256).join('.')}:${v.port}`,
            `object Foo@${v.java} at 0x${v.addr}, goroutine ${v.goroutine}`,
            `wrote /tmp/pytest-of-runner/pytest-${v.tmp}/test_a0/out.txt`,
            `    at Object.<anonymous> (/home/runner/work/${v.repo}/${v.repo}/test/sum.test.js:${v.line}:${v.col})`,
            `\tat com.acme.Ledger.post(Ledger.java:${v.line})`,
            `\tat org.junit.Assert.fail(Assert.java:${v.n})`,
          ].join('\n');
        const sa = signatureOf(render(a));
        const sb = signatureOf(render(b));
        expect(sa.normalized).toBe(sb.normalized);
        expect(sa.hash).toBe(sb.hash);
        expect(sa.hash).toMatch(/^[0-9a-f]{32}$/);
      }),
    );
  });

  it('tells different messages apart: a changed word changes the signature', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('KeyError', 'ValueError', 'TimeoutError'),
        fc.constantFrom('KeyError', 'ValueError', 'TimeoutError'),
        int,
        (x, y, n) => {
          const a = signatureOf(`${x}: item ${n}`).hash;
          const b = signatureOf(`${y}: item ${n + 1}`).hash;
          expect(a === b).toBe(x === y);
        },
      ),
    );
  });
});
