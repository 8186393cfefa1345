import { describe, expect, it } from 'vitest';
import { canonicalJson, prettyJson } from '../../src/artifacts/canonical.js';
import { sha256Hex } from '../../src/artifacts/hash.js';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code unit, recursively, and keeps array order', () => {
    const value = {
      b: 1,
      a: { d: [3, { z: null, y: true }], c: 'x' },
      é: '\n',
      '€': 1,
      '😀': 2,
      ﬀ: 3,
      '10': 0,
      '9': 0,
      A: 0,
    };
    // '😀' is a surrogate pair (0xD83D…) so it sorts before 'ﬀ' (0xFB00) in code units, although its
    // code point (U+1F600) is the larger; integer-like keys sort as strings, not as JS enumerates them.
    expect(canonicalJson(value)).toBe(
      '{"10":0,"9":0,"A":0,"a":{"c":"x","d":[3,{"y":true,"z":null}]},"b":1,"é":"\\n","€":1,"😀":2,"ﬀ":3}',
    );
  });

  it('writes scalars as JSON does', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson(1e21)).toBe('1e+21');
    expect(canonicalJson(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(canonicalJson('a"b\\c\u0001\ud800')).toBe('"a\\"b\\\\c\\u0001\\ud800"');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('omits undefined properties, serializes Dates by toJSON, keeps __proto__ as data', () => {
    const parsed: unknown = JSON.parse('{"__proto__":{"x":1},"a":2}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":1},"a":2}');
    expect(canonicalJson({ a: undefined, b: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)) })).toBe(
      '{"b":"2026-01-02T03:04:05.006Z"}',
    );
    const bare = Object.create(null) as Record<string, unknown>;
    bare['k'] = 1;
    expect(canonicalJson(bare)).toBe('{"k":1}');
  });

  it('allows the same object twice, but not a cycle', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = { back: cyclic };
    expect(() => canonicalJson(cyclic)).toThrow(/cycle at \$\.self\.back/);
  });

  it.each([
    ['NaN', { a: NaN }, /NaN at \$\.a/],
    ['Infinity', [Infinity], /Infinity at \$\[0\]/],
    ['undefined in an array', [1, undefined], /undefined at \$\[1\]/],
    ['a function', { f: () => 1 }, /function at \$\.f/],
    ['a bigint', { n: 1n }, /bigint at \$\.n/],
    ['a symbol', [Symbol('s')], /symbol/],
    ['a Map', { m: new Map() }, /Map at \$\.m/],
    ['top-level undefined', undefined, /undefined at \$/],
  ])('refuses %s', (_label, value, message) => {
    expect(() => canonicalJson(value)).toThrow(message);
  });
});

describe('prettyJson', () => {
  it('uses the canonical key order, two-space indent and a final newline', () => {
    expect(prettyJson({ b: [1, { d: 2, c: [] }], a: {}, '2': 'x', '10': null })).toBe(
      [
        '{',
        '  "10": null,',
        '  "2": "x",',
        '  "a": {},',
        '  "b": [',
        '    1,',
        '    {',
        '      "c": [],',
        '      "d": 2',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('matches JSON.stringify(…, null, 2) when keys are already sorted', () => {
    const value = { a: [1, 'two', null, { b: true, c: [[]] }], d: { e: 'ü\t' } };
    expect(prettyJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(prettyJson('x')).toBe('"x"\n');
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes strings as UTF-8 and bytes as they are', () => {
    expect(sha256Hex('é')).toBe(sha256Hex(new Uint8Array([0xc3, 0xa9])));
    expect(sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(sha256Hex('abc'));
  });
});
