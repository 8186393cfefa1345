import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArtifactSet } from '../../src/artifacts/artifact-set.js';
import { canonicalJson, prettyJson } from '../../src/artifacts/canonical.js';
import { sha256Hex, sha256Stream } from '../../src/artifacts/hash.js';
import { checkEmbeddedHash, sealJson, sealJsonBytes } from '../../src/artifacts/json-artifact.js';

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

describe('sha256Stream', () => {
  it('gives sha256Hex of the whole, however the input is split (strings as UTF-8)', () => {
    const h = sha256Stream();
    for (const piece of ['ab', new Uint8Array([0x63]), 'é', '😀']) h.update(piece);
    expect(h.digest()).toBe(sha256Hex('abcé😀'));
  });
});

/**
 * The sealing scheme as it was first written, two full serializations: the canonical form of the
 * content for the hash, then the pretty form of the content with the hash in it. Sealing in one
 * walk must give these bytes exactly, or every earlier artifact would stop verifying.
 */
function twoPassSeal(obj: Record<string, unknown>): { text: string; sha256: string } {
  const content: Record<string, unknown> = {};
  for (const k of Object.keys(obj))
    if (k !== 'sha256')
      Object.defineProperty(content, k, { value: obj[k], enumerable: true, writable: true });
  const sha256 = sha256Hex(canonicalJson(content));
  return { text: prettyJson({ ...content, sha256 }), sha256 };
}

/** A history-shaped document over 64 KiB, with non-ASCII and astral characters everywhere. */
function large(n: number): Record<string, unknown> {
  return {
    schema: 'test-ladder/history@2',
    window: 30,
    runs: Array.from({ length: 30 }, (_, i) => ({ run_id: `r${i}`, date: '2026-01-01', failed: i })),
    tests: Array.from({ length: n }, (_, i) => ({
      id: `tests/ünï/test_${i}.py::Klass::test_😀_${'x'.repeat(i % 37)}`,
      outcomes: 'PPFRS-'.repeat(5),
      durations: Array.from({ length: 30 }, (_, j) => (i * j) % 997).join(','),
      ...(i % 3 === 0 ? { signatures: ',,0,,1' } : {}),
    })),
    signatures: ['0'.repeat(32), 'f'.repeat(32)],
  };
}

describe('sealing in one walk', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['the hash field in the middle', { b: 1, a: 'x', z: [1, { y: null }] }],
    ['the hash field first', { t: 1, u: { v: [] } }],
    ['the hash field last', { a: 1, b: 2 }],
    ['only the hash field', {}],
    ['a stale hash replaced', { a: 1, sha256: 'stale', z: 2 }],
    [
      'a Date by toJSON and an undefined member',
      { when: new Date(Date.UTC(2026, 0, 2)), gone: undefined, k: 'v' },
    ],
    ['keys that sort around "sha256"', { sha: 1, sha2560: 2, 'sha256 ': 3, sh: 4, ['__proto__']: 5 }],
    ['a large document with non-ASCII across piece boundaries', large(3000)],
  ];
  for (const [what, obj] of cases)
    it(`${what}: the same text and hash as two serializations`, () => {
      const expected = twoPassSeal(obj);
      const sealed = sealJson(obj);
      expect(sealed).toEqual(expected);
      expect(checkEmbeddedHash(sealed.text)).toEqual({ ok: true, sha256: expected.sha256 });
      const bytes = sealJsonBytes(obj);
      expect(bytes.sha256).toBe(expected.sha256);
      expect(Buffer.from(bytes.bytes).equals(Buffer.from(expected.text, 'utf8'))).toBe(true);
      expect(bytes.fileSha256).toBe(sha256Hex(Buffer.from(expected.text, 'utf8')));
    });

  it('the large case really is larger than one piece and not ASCII', () => {
    const text = sealJson(large(3000)).text;
    expect(text.length).toBeGreaterThan(4 * 64 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThan(text.length);
  });

  it('arbitrary objects: the same bytes as two serializations', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }), (obj) => {
        const expected = twoPassSeal(obj);
        expect(sealJson(obj)).toEqual(expected);
        const b = sealJsonBytes(obj);
        expect(new TextDecoder().decode(b.bytes)).toBe(expected.text);
        expect(b.fileSha256).toBe(sha256Hex(b.bytes));
      }),
    );
  });

  it('ArtifactSet.addJson stores those bytes, with the manifest hash of the bytes', () => {
    const obj = large(500);
    const set = new ArtifactSet();
    const added = set.addJson('history.json', obj);
    const file = set.files()[0]!;
    expect(new TextDecoder().decode(file.bytes)).toBe(twoPassSeal(obj).text);
    expect(added).toEqual({
      name: 'history.json',
      sha256: sha256Hex(file.bytes),
      embeddedSha256: twoPassSeal(obj).sha256,
    });
    expect(file.sha256).toBe(added.sha256);
  });

  it('a value with no JSON form still throws, naming where', () => {
    expect(() => sealJson({ a: [1, { b: NaN }] })).toThrow('NaN at $.a[1].b');
    expect(() => sealJsonBytes({ m: new Map() })).toThrow('Map at $.m');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = [cyclic];
    expect(() => sealJson(cyclic)).toThrow('cycle at $.self[0]');
  });
});
