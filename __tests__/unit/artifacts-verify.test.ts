import { describe, expect, it } from 'vitest';
import { ArtifactSet } from '../../src/artifacts/artifact-set.js';
import { sha256Hex } from '../../src/artifacts/hash.js';
import { verifyArtifacts } from '../../src/artifacts/verify.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A directory as verify sees it: every file ArtifactSet produced plus SHA256SUMS. */
function directory(): Map<string, Uint8Array> {
  const set = new ArtifactSet();
  set.addJson('flake.report.json', { flaky: ['a', 'b'], rate: 0.25 });
  set.addJson('durations.json', { p50: 1.5 });
  set.addText('foundation.checkpoint.md', '# Checkpoint\n');
  const files = new Map(set.files().map((f) => [f.name, f.bytes]));
  files.set('SHA256SUMS', utf8(set.manifest().text));
  return files;
}

function relist(files: Map<string, Uint8Array>): void {
  const names = [...files.keys()].filter((n) => n !== 'SHA256SUMS').sort();
  const text = names.map((n) => `${sha256Hex(files.get(n) ?? new Uint8Array())}  ${n}\n`).join('');
  files.set('SHA256SUMS', utf8(text));
}

describe('verifyArtifacts', () => {
  it('passes an untouched directory', () => {
    expect(verifyArtifacts(directory())).toEqual({ ok: true, checked: 3, problems: [] });
  });

  it('reports MANIFEST_MISSING and still checks embedded hashes', () => {
    const files = directory();
    files.delete('SHA256SUMS');
    files.set('durations.json', utf8('{"p50":1.5}'));
    const result = verifyArtifacts(files);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.file, p.code])).toEqual([
      ['SHA256SUMS', 'MANIFEST_MISSING'],
      ['durations.json', 'EMBEDDED_HASH_MISSING'],
    ]);
  });

  it('reports MANIFEST_INVALID with the line, and for bytes that are not UTF-8', () => {
    const files = directory();
    files.set('SHA256SUMS', utf8(`${'0'.repeat(64)}  ok.md\nnonsense\n`));
    expect(verifyArtifacts(files).problems).toEqual([
      {
        file: 'SHA256SUMS',
        code: 'MANIFEST_INVALID',
        message: expect.stringMatching(/^SHA256SUMS:2: expected/),
      },
    ]);
    files.set('SHA256SUMS', new Uint8Array([0xff, 0xfe]));
    expect(verifyArtifacts(files).problems).toEqual([
      { file: 'SHA256SUMS', code: 'MANIFEST_INVALID', message: 'SHA256SUMS: not UTF-8' },
    ]);
  });

  it('reports a manifest edited into another valid form, and still checks its entries', () => {
    const files = directory();
    const text = new TextDecoder().decode(files.get('SHA256SUMS'));
    const variants = [
      text.replace(/^[0-9a-f]{64}/, (h) => h.toUpperCase()),
      text.replace('  durations.json', ' *durations.json'),
      text.replace(/\n/g, '\r\n'),
      text.split('\n').reverse().join('\n').slice(1) + '\n',
    ];
    for (const variant of variants) {
      files.set('SHA256SUMS', utf8(variant));
      expect(verifyArtifacts(files).problems).toEqual([
        {
          file: 'SHA256SUMS',
          code: 'MANIFEST_INVALID',
          message:
            'SHA256SUMS is not in the form test-ladder writes (lower-case hex, two spaces, sorted by name, LF endings)',
        },
      ]);
    }
    files.delete('durations.json');
    expect(verifyArtifacts(files).problems.map((p) => p.code)).toEqual(['MANIFEST_INVALID', 'MISSING']);
  });

  it('reports a hostile name in the manifest as MANIFEST_INVALID', () => {
    const files = directory();
    files.set('SHA256SUMS', utf8(`${'0'.repeat(64)}  ../../etc/passwd\n`));
    expect(verifyArtifacts(files).problems.map((p) => p.code)).toEqual(['MANIFEST_INVALID']);
  });

  it('reports MISSING and UNLISTED', () => {
    const files = directory();
    files.delete('foundation.checkpoint.md');
    files.set('stray.txt', utf8('hello'));
    const result = verifyArtifacts(files);
    expect(result.checked).toBe(3);
    expect(result.problems).toEqual([
      {
        file: 'foundation.checkpoint.md',
        code: 'MISSING',
        message: 'foundation.checkpoint.md is listed in SHA256SUMS but missing',
      },
      { file: 'stray.txt', code: 'UNLISTED', message: 'stray.txt is not listed in SHA256SUMS' },
    ]);
  });

  it('reports HASH_MISMATCH with the expected and actual hash', () => {
    const files = directory();
    const before = sha256Hex(files.get('foundation.checkpoint.md') ?? new Uint8Array());
    files.set('foundation.checkpoint.md', utf8('# Checkpoint!\n'));
    expect(verifyArtifacts(files).problems).toEqual([
      {
        file: 'foundation.checkpoint.md',
        code: 'HASH_MISMATCH',
        message: `foundation.checkpoint.md: sha256 mismatch: expected ${before} (SHA256SUMS), actual ${sha256Hex('# Checkpoint!\n')}`,
      },
    ]);
  });

  it('reports EMBEDDED_HASH_MISMATCH even when the manifest was rewritten to match', () => {
    const files = directory();
    const text = new TextDecoder().decode(files.get('flake.report.json'));
    files.set('flake.report.json', utf8(text.replace('0.25', '0.5')));
    relist(files);
    const result = verifyArtifacts(files);
    expect(result.problems).toEqual([
      {
        file: 'flake.report.json',
        code: 'EMBEDDED_HASH_MISMATCH',
        message: expect.stringMatching(
          /^flake\.report\.json: embedded sha256 mismatch: expected [0-9a-f]{64}, actual [0-9a-f]{64}$/,
        ),
      },
    ]);
  });

  it('reports EMBEDDED_HASH_MISSING for a JSON file without a hash, not JSON, or not UTF-8', () => {
    const files = directory();
    files.set('plain.json', utf8('{"a":1}'));
    files.set('broken.json', utf8('{"a":'));
    files.set('binary.json', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]));
    relist(files);
    const problems = verifyArtifacts(files).problems;
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      ['binary.json', 'EMBEDDED_HASH_MISSING'],
      ['broken.json', 'EMBEDDED_HASH_MISSING'],
      ['plain.json', 'EMBEDDED_HASH_MISSING'],
    ]);
    expect(problems[0]?.message).toBe('binary.json: not UTF-8, so no embedded sha256 to check');
    expect(problems[1]?.message).toMatch(/^broken\.json: not JSON/);
    expect(problems[2]?.message).toBe('plain.json: no "sha256" field');
  });

  it('reports every problem of one file, manifest first', () => {
    const files = directory();
    files.set('durations.json', utf8('{"p50":2}'));
    expect(verifyArtifacts(files).problems.map((p) => [p.file, p.code])).toEqual([
      ['durations.json', 'HASH_MISMATCH'],
      ['durations.json', 'EMBEDDED_HASH_MISSING'],
    ]);
  });

  it('checks nothing in an empty directory but says the manifest is missing', () => {
    expect(verifyArtifacts(new Map())).toEqual({
      ok: false,
      checked: 0,
      problems: [{ file: 'SHA256SUMS', code: 'MANIFEST_MISSING', message: 'SHA256SUMS is missing' }],
    });
  });
});
