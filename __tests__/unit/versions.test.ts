import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coerceVersion,
  compareVersions,
  formatVersion,
  isPrerelease,
  minorChanged,
  minorPin,
  parseRange,
  parseVersion,
  satisfies,
} from '../../src/analysis/versions.js';

describe('parseVersion', () => {
  it('reads full versions with a v, a prerelease and build metadata', () => {
    expect(parseVersion('1.2.3')).toEqual({ major: 1, minor: 2, patch: 3, prerelease: [] });
    expect(parseVersion('v24.1.0')).toEqual({ major: 24, minor: 1, patch: 0, prerelease: [] });
    expect(parseVersion(' 3.13.0-rc.1+build.5 ')).toEqual({
      major: 3,
      minor: 13,
      patch: 0,
      prerelease: ['rc', 1],
    });
  });

  it.each([
    '',
    '1',
    '1.2',
    '01.2.3',
    '1.2.3-',
    '1.2.3-01',
    'v',
    'abc',
    '1.2.3.4',
    '1.2.3 4',
    '1234567890123456.0.0',
  ])('refuses %j', (text) => expect(parseVersion(text)).toBeNull());

  it('formats back without build metadata', () => {
    expect(formatVersion(parseVersion('v1.2.3-beta.2+x')!)).toBe('1.2.3-beta.2');
  });
});

describe('compareVersions: semantic-version precedence', () => {
  const ordered = [
    '1.0.0-0',
    '1.0.0-1',
    '1.0.0-2',
    '1.0.0-10',
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.1',
    '1.1.0',
    '2.0.0',
  ];
  it('orders the semver.org example chain', () => {
    for (let i = 0; i + 1 < ordered.length; i++) {
      const a = parseVersion(ordered[i]!)!;
      const b = parseVersion(ordered[i + 1]!)!;
      expect(compareVersions(a, b), `${ordered[i]} < ${ordered[i + 1]}`).toBe(-1);
      expect(compareVersions(b, a)).toBe(1);
      expect(compareVersions(a, a)).toBe(0);
    }
  });
  it('ignores build metadata', () => {
    expect(compareVersions(parseVersion('1.0.0+a')!, parseVersion('1.0.0+b')!)).toBe(0);
  });
});

describe('satisfies: pins and ranges', () => {
  const cases: [string, string, boolean][] = [
    // Python-style minor pins and Node-style major pins
    ['3.11.7', '3.11', true],
    ['3.11.0', '3.11', true],
    ['3.12.0', '3.11', false],
    ['3.1.0', '3.11', false],
    ['24.1.0', '24', true],
    ['25.0.0', '24', false],
    ['3.11.7', '3.11.7', true],
    ['3.11.8', '3.11.7', false],
    ['3.11.7', '3.11.x', true],
    ['3.11.7', '3.x', true],
    ['3.11.7', '*', true],
    // v and = prefixes
    ['v24.1.0', '24', true],
    ['24.1.0', 'v24', true],
    ['24.1.0', '=24.1.0', true],
    ['24.1.0', 'v24.1.0', true],
    // comparators and sets
    ['8.3.2', '>=8', true],
    ['7.4.4', '>=8', false],
    ['8.0.0', '>7', true],
    ['7.9.9', '>7', false],
    ['7.0.0', '<=7', true],
    ['7.99.0', '<=7', true],
    ['8.0.0', '<=7', false],
    ['20.11.0', '>=20 <23', true],
    ['23.0.0', '>=20 <23', false],
    ['22.1.0', '>= 20 < 23', true],
    ['18.0.0', '18 || 20 || 22', true],
    ['19.0.0', '18 || 20 || 22', false],
    // tilde and caret
    ['3.11.9', '~3.11', true],
    ['3.12.0', '~3.11', false],
    ['3.11.2', '~3.11.3', false],
    ['1.9.0', '^1.2.3', true],
    ['2.0.0', '^1.2.3', false],
    ['0.2.9', '^0.2.3', true],
    ['0.3.0', '^0.2.3', false],
    ['0.0.3', '^0.0.3', true],
    ['0.0.4', '^0.0.3', false],
    ['3.3.5', '~> 3.3', true],
    // hyphen ranges
    ['1.3.0', '1.2 - 1.4', true],
    ['1.4.9', '1.2 - 1.4', true],
    ['1.5.0', '1.2 - 1.4', false],
    ['1.4.0', '1.2.3 - 1.4.0', true],
    ['1.4.1', '1.2.3 - 1.4.0', false],
    // Python specifiers
    ['3.12.4', '>=3.9,<3.13', true],
    ['3.13.0', '>=3.9,<3.13', false],
    ['3.8.10', '>=3.9, <3.13', false],
    ['3.11.4', '==3.11.*', true],
    ['3.12.0', '==3.11.*', false],
    ['3.11.0', '==3.11', true],
    ['3.11.1', '==3.11', false],
    ['3.15.0', '~=3.11', true],
    ['4.0.0', '~=3.11', false],
    ['3.11.9', '~=3.11.2', true],
    ['3.12.0', '~=3.11.2', false],
    // prereleases: only against a comparator naming a prerelease of the same version
    ['3.13.0-rc.1', '3.13', false],
    ['3.13.0-rc.1', '>=3.12', false],
    ['3.13.0-rc.2', '>=3.13.0-rc.1', true],
    ['3.14.0-rc.1', '>=3.13.0-rc.1', false],
    ['1.2.3-beta.4', '^1.2.3-beta.2', true],
    ['1.2.3-beta.1', '^1.2.3-beta.2', false],
    ['1.2.3-beta.1', '1.2.3-beta.1', true],
    // garbage on either side
    ['not a version', '>=1', false],
    ['1.2', '>=1', false],
    ['1.2.3', 'banana', false],
    ['1.2.3', '', false],
    ['1.2.3', '>=1 ||', false],
  ];
  it.each(cases)('%s in %j: %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });
});

describe('parseRange: what cannot be read says why', () => {
  const problem = (spec: string) => {
    const r = parseRange(spec);
    return 'problem' in r ? r.problem : null;
  };
  it.each([
    ['', 'empty; write a version such as "3.11" or a range such as ">=8"'],
    ['   ', 'empty; write a version such as "3.11" or a range such as ">=8"'],
    [
      'banana',
      '"banana" is not a version range; write a version ("3.11"), a comparison (">=8") or a semver range ("^1.8")',
    ],
    [
      '>=',
      '">=" is not a version range; write a version ("3.11"), a comparison (">=8") or a semver range ("^1.8")',
    ],
    [
      '1.x.3',
      '"1.x.3" is not a version range; write a version ("3.11"), a comparison (">=8") or a semver range ("^1.8")',
    ],
    ['1 ||', 'an empty alternative around "||"'],
    [
      '1.2 - 1.4 <2',
      '"1.2 - 1.4 <2" is not a version range; write a version ("3.11"), a comparison (">=8") or a semver range ("^1.8")',
    ],
    ['!=3.11', '"!=3.11": != and === are not supported; list the versions allowed instead'],
    ['>=3.9,,<4', 'an empty clause between commas'],
    [
      '1.2-beta',
      '"1.2-beta" is not a version range; write a version ("3.11"), a comparison (">=8") or a semver range ("^1.8")',
    ],
    ['x'.repeat(300), 'longer than 256 characters'],
  ])('%j: %s', (spec, message) => expect(problem(spec)).toBe(message));
});

describe('coerceVersion: the version token in what a tool printed', () => {
  it.each([
    ['Python 3.11.7', '3.11.7'],
    ['Python 3.13.0rc1', '3.13.0-rc.1'],
    ['Python 3.12.0a7', '3.12.0-a.7'],
    ['Python 3.14.0b2+', '3.14.0-b.2'],
    ['go version go1.22.3 linux/amd64', '1.22.3'],
    ['go1.22', '1.22.0'],
    ['go1.21rc2', '1.21.0-rc.2'],
    ['ruby 3.3.0 (2023-12-25 revision 5124f9ac75) [x86_64-linux]', '3.3.0'],
    ['ruby 3.4.0preview1 (2024-05-16 master 9d69619623) [x86_64-linux]', '3.4.0-preview.1'],
    ['rustc 1.80.0-nightly (abc 2024-05-01)', '1.80.0-nightly'],
    ['pytest 8.3.2', '8.3.2'],
    ['Poetry (version 1.8.3)', '1.8.3'],
    ['mypy 1.10.0 (compiled: yes)', '1.10.0'],
    ['gcc (Ubuntu 13.2.0-23ubuntu4) 13.2.0', '13.2.0'],
    ['v20.11.1', '20.11.1'],
    ['tool 1.2.3.4', '1.2.3'],
    ['x86_64 build 7 then 2.5', '2.5.0'],
  ])('%j → %s', (text, version) => expect(coerceVersion(text)).toBe(version));

  it.each(['', 'garbage', 'Segmentation fault (core dumped)', 'version 12', '\u0000\u0001\u00ff'])(
    'finds nothing in %j',
    (text) => expect(coerceVersion(text)).toBeNull(),
  );

  it('always yields a full version when it yields anything', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const v = coerceVersion(text);
        expect(v === null || parseVersion(v) !== null).toBe(true);
      }),
    );
  });
});

describe('minor pins and drift helpers', () => {
  it('pins a recorded version to its major.minor', () => {
    expect(minorPin('3.11.7')).toBe('3.11');
    expect(minorPin('v24.1.0')).toBe('24.1');
    expect(minorPin('garbage')).toBeNull();
    expect(satisfies('3.11.9', minorPin('3.11.7')!)).toBe(true);
  });
  it('a patch or prerelease move is not a minor change; anything else is', () => {
    expect(minorChanged('3.11.7', '3.11.9')).toBe(false);
    expect(minorChanged('3.13.0-rc.1', '3.13.0')).toBe(false);
    expect(minorChanged('3.11.7', '3.12.0')).toBe(true);
    expect(minorChanged('20.1.0', '22.1.0')).toBe(true);
    expect(minorChanged('odd', 'odd')).toBe(false);
    expect(minorChanged('odd', 'other')).toBe(true);
  });
  it('isPrerelease', () => {
    expect(isPrerelease('1.0.0-rc.1')).toBe(true);
    expect(isPrerelease('1.0.0')).toBe(false);
    expect(isPrerelease('junk')).toBe(false);
  });
});

/**
 * Everything this module reads as a range must mean what node-semver means, so swapping to the
 * `semver` package changes no verdict. semver is only a transitive dev dependency here; when it is
 * absent the comparison is skipped rather than faked.
 */
describe('agreement with node-semver', async () => {
  const name = 'semver';
  const semver = (await import(name).catch(() => null)) as {
    satisfies(v: string, r: string): boolean;
    validRange(r: string): string | null;
  } | null;

  const num = fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.integer({ min: 0, max: 30 }));
  const pre = fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom('-0', '-rc.1', '-rc.2', '-alpha', '-beta.3', '-1') },
  );
  const full = fc.tuple(num, num, num, pre).map(([a, b, c, p]) => `${a}.${b}.${c}${p}`);
  const xr = fc.oneof(num.map(String), fc.constantFrom('x', 'X', '*'));
  const partial = fc.oneof(
    full,
    fc.tuple(num, num).map(([a, b]) => `${a}.${b}`),
    num.map(String),
    fc.tuple(num, xr).map(([a, b]) => `${a}.${b}`),
    fc.tuple(num, num, xr).map(([a, b, c]) => `${a}.${b}.${c}`),
    fc.constantFrom('*', 'x'),
  );
  const prefix = fc.constantFrom('', '', '', 'v', '=');
  const op = fc.constantFrom('', '', '<', '<=', '>', '>=', '=', '~', '^', '~>', '>= ', '^ ');
  const simple = fc
    .tuple(op, prefix, partial)
    .map(([o, p, v]) => `${o}${o.endsWith('=') || o === '' ? '' : p}${v}`);
  const alternative = fc.oneof(
    fc.array(simple, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(' ')),
    fc.tuple(partial, partial).map(([a, b]) => `${a} - ${b}`),
  );
  const range = fc.array(alternative, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(' || '));

  it.skipIf(semver === null)('every range read here is read by semver and admits the same versions', () => {
    fc.assert(
      fc.property(range, fc.array(full, { minLength: 1, maxLength: 8 }), (r, versions) => {
        // Python's spellings are translated before matching, and stay translated with semver.
        if ('problem' in parseRange(r) || /~=|==|,/.test(r)) return;
        expect(semver!.validRange(r), r).not.toBeNull();
        for (const v of versions) expect(satisfies(v, r), `${v} in ${r}`).toBe(semver!.satisfies(v, r));
      }),
      { numRuns: 2000 },
    );
  });

  it.skipIf(semver === null)('the hand-picked cases agree too', () => {
    for (const [v, r] of [
      ['3.11.7', '3.11'],
      ['1.2.3-beta.4', '^1.2.3-beta.2'],
      ['3.13.0-rc.1', '>=3.12'],
      ['0.0.3', '^0.0.3'],
      ['1.4.9', '1.2 - 1.4'],
      ['0.0.0', '<*'],
      ['5.0.0', '>=*'],
    ] as const)
      expect(satisfies(v, r), `${v} in ${r}`).toBe(semver!.satisfies(v, r));
  });
});
