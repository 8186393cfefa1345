import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArtifactSet } from '../../src/artifacts/artifact-set.js';
import { sha256Hex } from '../../src/artifacts/hash.js';
import { checkEmbeddedHash, sealJson } from '../../src/artifacts/json-artifact.js';
import { parseManifest, renderManifest } from '../../src/artifacts/manifest.js';
import { InputError } from '../../src/model/errors.js';

const HASH_A = 'cdab067e9f3beb32d1252cfd63e492592fecbf591b0d08cadb24bb17f3864246';
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('sealJson / checkEmbeddedHash', () => {
  it('embeds the sha256 of the canonical content without the field, in a pretty sorted file', () => {
    const sealed = sealJson({ b: 1, a: 'x' });
    // printf '{"a":"x","b":1}' | sha256sum
    expect(sealed.sha256).toBe(HASH_A);
    expect(sealed.text).toBe(`{\n  "a": "x",\n  "b": 1,\n  "sha256": "${HASH_A}"\n}\n`);
    expect(checkEmbeddedHash(sealed.text)).toEqual({ ok: true, sha256: HASH_A });
  });

  it('replaces a sha256 already present, so resealing is stable', () => {
    const first = sealJson({ a: 'x', b: 1 });
    const again = sealJson(JSON.parse(first.text) as Record<string, unknown>);
    expect(again).toEqual(first);
    expect(sealJson({ a: 'x', b: 1, sha256: 'stale' }).text).toBe(first.text);
  });

  it('ignores formatting: only the content is hashed', () => {
    expect(checkEmbeddedHash(`{"sha256":"${HASH_A}","b":1,"a":"x"}`)).toEqual({ ok: true, sha256: HASH_A });
  });

  it('keeps a __proto__ key as data', () => {
    const obj = JSON.parse('{"__proto__":{"polluted":true},"n":1}') as Record<string, unknown>;
    const sealed = sealJson(obj);
    expect(sealed.text).toContain('"__proto__": {');
    expect(checkEmbeddedHash(sealed.text).ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"a":', 'invalid', /^not JSON/],
    ['an array', '[1]', 'invalid', /not a JSON object/],
    ['no sha256', '{"a":"x","b":1}', 'missing', /no "sha256" field/],
    ['a non-hex sha256', '{"a":"x","sha256":"ABC"}', 'missing', /not 64 lowercase hex/],
    ['a number out of range', `{"a":1e400,"sha256":"${HASH_A}"}`, 'invalid', /no canonical form/],
  ])('reports %s', (_label, text, kind, reason) => {
    const check = checkEmbeddedHash(text);
    expect(check).toMatchObject({ ok: false, kind });
    expect(check.ok ? '' : check.reason).toMatch(reason);
  });

  it('reports a mismatch with the expected and actual hash', () => {
    const tampered = sealJson({ a: 'x', b: 1 }).text.replace('"b": 1', '"b": 2');
    expect(checkEmbeddedHash(tampered)).toEqual({
      ok: false,
      kind: 'mismatch',
      reason:
        `embedded sha256 mismatch: expected ${HASH_A}, ` +
        'actual 768ca668c0f84dd39bf269e25c9a3f0af4812e41026b6fead9a2666078ef16f6',
    });
  });
});

describe('renderManifest / parseManifest', () => {
  it('writes the GNU sha256sum format, sorted by name', () => {
    const text = renderManifest([
      { name: 'z.md', sha256: ABC },
      { name: 'B.json', sha256: HASH_A },
      { name: 'a.json', sha256: ABC },
    ]);
    expect(text).toBe(`${HASH_A}  B.json\n${ABC}  a.json\n${ABC}  z.md\n`);
    expect(renderManifest([])).toBe('');
  });

  it('round-trips', () => {
    const text = renderManifest([
      { name: 'a b.txt', sha256: ABC },
      { name: 'sub/c.json', sha256: HASH_A },
    ]);
    expect([...parseManifest(text, 'SHA256SUMS')]).toEqual([
      ['a b.txt', ABC],
      ['sub/c.json', HASH_A],
    ]);
  });

  it('accepts binary mode, upper-case hex, CRLF and a missing final newline', () => {
    const text = `${ABC.toUpperCase()} *a.bin\r\n${HASH_A}  b.txt`;
    expect(parseManifest(text, 'SHA256SUMS')).toEqual(
      new Map([
        ['a.bin', ABC],
        ['b.txt', HASH_A],
      ]),
    );
  });

  it.each([
    ['bad hex', `${ABC.slice(1)}  a\n`, 1, /expected "<64 hex digits> {2}<file name>"/],
    ['one space', `${ABC} a\n`, 1, /expected/],
    ['an empty name', `${ABC}  \n`, 1, /the name is empty/],
    ['no name', `${ABC}\n`, 1, /expected/],
    ['a blank line', `${ABC}  a\n\n${ABC}  b\n`, 2, /blank line/],
    ['an absolute path', `${ABC}  a\n${ABC}  /etc/passwd\n`, 2, /absolute path/],
    ['a drive path', `${ABC}  C:evil\n`, 1, /absolute path/],
    ['..', `${ABC}  ../outside\n`, 1, /contains "\.\."/],
    ['a backslash', `${ABC}  a\\b\n`, 1, /backslash/],
    ['an escaped line', `\\${ABC}  a\\nb\n`, 1, /escaped file names/],
    ['NUL', `${ABC}  a\0b\n`, 1, /NUL/],
    ['a control character', `${ABC}  a\tb\n`, 1, /control character/],
    ['a duplicate', `${ABC}  a\n${HASH_A}  a\n`, 2, /listed twice/],
    ['the BSD tag format', `SHA256 (a) = ${ABC}\n`, 1, /expected/],
  ])('refuses %s with the line number', (_label, text, line, message) => {
    let error: unknown;
    try {
      parseManifest(text, 'out/SHA256SUMS');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toEqual({ file: 'out/SHA256SUMS', line });
    expect((error as InputError).message).toMatch(new RegExp(`^out/SHA256SUMS:${line}: `));
    expect((error as InputError).message).toMatch(message);
  });

  it('refuses to render bad entries (a bug, not input)', () => {
    expect(() => renderManifest([{ name: '../x', sha256: ABC }])).toThrow(/contains "\.\."/);
    expect(() => renderManifest([{ name: 'x', sha256: ABC.toUpperCase() }])).toThrow(
      /not a lowercase sha256/,
    );
    expect(() =>
      renderManifest([
        { name: 'x', sha256: ABC },
        { name: 'x', sha256: ABC },
      ]),
    ).toThrow(/listed twice/);
  });
});

describe('ArtifactSet', () => {
  it('seals JSON, hashes text and bytes, and lists every file in the manifest', () => {
    const set = new ArtifactSet();
    const json = set.addJson('flake.report.json', { b: 1, a: 'x' });
    const md = set.addText('foundation.checkpoint.md', '# Checkpoint\n');
    const bin = set.addBytes('baseline.metrics.hash', new Uint8Array([0x61, 0x62, 0x63]));

    expect(json.embeddedSha256).toBe(HASH_A);
    expect(json.sha256).toBe(sha256Hex(sealJson({ a: 'x', b: 1 }).text));
    expect(md.sha256).toBe(sha256Hex('# Checkpoint\n'));
    expect(bin.sha256).toBe(ABC);
    expect(set.files().map((f) => f.name)).toEqual([
      'baseline.metrics.hash',
      'flake.report.json',
      'foundation.checkpoint.md',
    ]);
    expect(new TextDecoder().decode(set.files()[1]?.bytes)).toBe(sealJson({ a: 'x', b: 1 }).text);
    expect(set.manifest()).toEqual({
      name: 'SHA256SUMS',
      text: `${ABC}  baseline.metrics.hash\n${json.sha256}  flake.report.json\n${md.sha256}  foundation.checkpoint.md\n`,
    });
  });

  it('copies bytes so a reused buffer cannot change a hashed file', () => {
    const set = new ArtifactSet();
    const buffer = new Uint8Array([0x61, 0x62, 0x63]);
    set.addBytes('x.bin', buffer);
    buffer[0] = 0;
    expect(sha256Hex(set.files()[0]?.bytes ?? new Uint8Array())).toBe(ABC);
  });

  it.each([
    ['a directory', 'sub/x.md'],
    ['a leading dot', '.hidden'],
    ['..', 'a..b'],
    ['a space', 'a b.md'],
    ['the manifest', 'SHA256SUMS'],
    ['nothing', ''],
  ])('refuses a name with %s', (_label, name) => {
    expect(() => new ArtifactSet().addText(name, 'x')).toThrow(/ArtifactSet/);
  });

  it('refuses duplicates and unsealed JSON', () => {
    const set = new ArtifactSet();
    set.addText('a.md', 'x');
    expect(() => set.addText('a.md', 'y')).toThrow(/added twice/);
    expect(() => set.addText('a.json', '{}')).toThrow(/addJson/);
    expect(() => set.addBytes('a.json', new Uint8Array())).toThrow(/addJson/);
    expect(() => set.addJson('a.yaml', {})).toThrow(/\*\.json/);
    expect(set.has('a.md')).toBe(true);
  });
});

describe('SHA256SUMS with GNU sha256sum', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const writeSet = (set: ArtifactSet): string => {
    dir = mkdtempSync(join(tmpdir(), 'test-ladder-manifest-'));
    for (const f of set.files()) writeFileSync(join(dir, f.name), f.bytes);
    writeFileSync(join(dir, 'SHA256SUMS'), set.manifest().text);
    return dir;
  };

  const sampleSet = (): ArtifactSet => {
    const set = new ArtifactSet();
    set.addJson('env.signature.json', { node: '20.20.2', tools: { π: 'ünïcode' } });
    set.addText('events.log.jsonl', '{"event":"risk_trigger"}\n');
    set.addText('coverage-ladder.yaml', 'target: 80\n');
    set.addBytes('baseline.metrics.hash', new Uint8Array([0, 255, 10, 13]));
    return set;
  };

  it('passes `sha256sum -c --strict` on what ArtifactSet produces', () => {
    const cwd = writeSet(sampleSet());
    const out = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd, encoding: 'utf8' });
    expect(out.trim().split('\n').sort()).toEqual([
      'baseline.metrics.hash: OK',
      'coverage-ladder.yaml: OK',
      'env.signature.json: OK',
      'events.log.jsonl: OK',
    ]);
  });

  it('fails `sha256sum -c` when a file changes, and parses what sha256sum itself writes', () => {
    const cwd = writeSet(sampleSet());
    const written = execFileSync('sha256sum', ['baseline.metrics.hash', 'env.signature.json'], {
      cwd,
      encoding: 'utf8',
    });
    const parsed = parseManifest(written, 'sha256sum output');
    expect(parsed.get('baseline.metrics.hash')).toBe(sampleSet().files()[0]?.sha256);
    writeFileSync(join(cwd, 'coverage-ladder.yaml'), 'target: 90\n');
    expect(() =>
      execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd, stdio: 'pipe' }),
    ).toThrow();
  });
});
