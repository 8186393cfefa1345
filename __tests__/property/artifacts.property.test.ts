import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArtifactSet } from '../../src/artifacts/artifact-set.js';
import { canonicalJson, prettyJson } from '../../src/artifacts/canonical.js';
import { checkEmbeddedHash, sealJson } from '../../src/artifacts/json-artifact.js';
import { parseManifest, renderManifest } from '../../src/artifacts/manifest.js';
import { verifyArtifacts } from '../../src/artifacts/verify.js';

/** The same JSON value with every object's keys inserted in another order. */
function reorder(value: unknown, picks: Iterator<number>): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, picks));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  const shuffled: string[] = [];
  while (keys.length > 0) {
    const at = (picks.next().value as number) % keys.length;
    shuffled.push(...keys.splice(at, 1));
  }
  const out: Record<string, unknown> = {};
  for (const k of shuffled) {
    const v = reorder((value as Record<string, unknown>)[k], picks);
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const jsonObject = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });

describe('canonical JSON (properties)', () => {
  it('is a fixed point of parse ∘ canonicalJson', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        const once = canonicalJson(x);
        expect(canonicalJson(JSON.parse(once))).toBe(once);
      }),
    );
  });

  it('does not depend on key insertion order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.infiniteStream(fc.nat()), (x, picks) => {
        expect(canonicalJson(reorder(x, picks[Symbol.iterator]()))).toBe(canonicalJson(x));
      }),
    );
  });

  it('prettyJson is canonicalJson with whitespace between tokens, plus a final newline', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        const pretty = prettyJson(x);
        expect(pretty.endsWith('\n')).toBe(true);
        expect(minify(pretty)).toBe(canonicalJson(x));
      }),
    );
  });
});

/** Drop whitespace outside JSON strings. */
function minify(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (!/\s/.test(c)) {
      out += c;
      if (c === '"') inString = true;
    }
  }
  return out;
}

describe('sealed artifacts (properties)', () => {
  it('sealJson output always passes checkEmbeddedHash, and resealing is stable', () => {
    fc.assert(
      fc.property(jsonObject, (obj) => {
        const sealed = sealJson(obj);
        expect(checkEmbeddedHash(sealed.text)).toEqual({ ok: true, sha256: sealed.sha256 });
        expect(sealJson(JSON.parse(sealed.text) as Record<string, unknown>).text).toBe(sealed.text);
      }),
    );
  });

  it('verify detects any single-byte change in any file', () => {
    const directory = fc
      .record({
        json: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 5 }),
        markdown: fc.string({ minLength: 1 }),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
      })
      .map(({ json, markdown, bytes }) => {
        const set = new ArtifactSet();
        set.addJson('flake.report.json', json);
        set.addText('foundation.checkpoint.md', markdown);
        set.addBytes('baseline.metrics.hash', bytes);
        const files = new Map(set.files().map((f) => [f.name, f.bytes]));
        files.set('SHA256SUMS', new TextEncoder().encode(set.manifest().text));
        return files;
      });

    fc.assert(
      fc.property(
        directory,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (files, which, offset, delta) => {
          expect(verifyArtifacts(files).ok).toBe(true);
          const names = [...files.keys()];
          const name = names[which % names.length] ?? '';
          const original = files.get(name) ?? new Uint8Array();
          const changed = Uint8Array.from(original);
          const at = offset % changed.length;
          changed[at] = ((changed[at] ?? 0) + delta) % 256;
          const tampered = new Map(files);
          tampered.set(name, changed);
          const result = verifyArtifacts(tampered);
          expect(result.ok).toBe(false);
          expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('manifest (properties)', () => {
  it('verify detects any single-byte change in SHA256SUMS, to any other value', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9.-]{0,12}$/), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        (names, offset, value) => {
          const set = new ArtifactSet();
          for (const n of names) if (!n.endsWith('.json') && !n.includes('..')) set.addText(n, n);
          const manifest = new TextEncoder().encode(set.manifest().text);
          const files = new Map(set.files().map((f) => [f.name, f.bytes]));
          fc.pre(manifest.length > 0);
          const at = offset % manifest.length;
          fc.pre(manifest[at] !== value);
          const changed = Uint8Array.from(manifest);
          changed[at] = value;
          files.set('SHA256SUMS', changed);
          expect(verifyArtifacts(files).ok).toBe(false);
        },
      ),
    );
  });

  const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._ -]{0,30}$/).filter((n) => !n.includes('..'));
  const hex = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));

  it('parseManifest inverts renderManifest', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ name, sha256: hex }), { selector: (e) => e.name }),
        (entries) => {
          const parsed = parseManifest(renderManifest(entries), 'SHA256SUMS');
          expect(parsed).toEqual(new Map(entries.map((e) => [e.name, e.sha256])));
        },
      ),
    );
  });

  it('parseManifest throws nothing but InputError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        try {
          parseManifest(text, 'SHA256SUMS');
        } catch (e) {
          expect((e as Error).name).toBe('InputError');
        }
      }),
    );
  });
});
