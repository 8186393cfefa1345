import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePath } from '../../src/analysis/paths.js';

// normalizePath returns most paths untouched without splitting them; the answer must be the one
// the full normalisation gives. `reference` is that normalisation, written out here.
function reference(p: string): string {
  let s = p.trim().replace(/\\/g, '/');
  if (s.startsWith('file://')) s = s.slice('file://'.length);
  if (/^\/[A-Za-z]:\//.test(s)) s = s.slice(1);
  const absolute = s.startsWith('/');
  const drive = /^[A-Za-z]:\//.exec(s)?.[0] ?? '';
  const body = drive ? s.slice(drive.length) : s;
  const out: string[] = [];
  for (const seg of body.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute && !drive) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  return drive ? drive + joined : absolute ? '/' + joined : joined;
}

describe('normalizePath (properties)', () => {
  it('equals the full normalisation on path-like strings', () => {
    const piece = fc.constantFrom(
      'a',
      'src',
      'x.py',
      '.',
      '..',
      '...',
      '.a',
      'a.',
      '/',
      '//',
      '\\',
      'C:',
      'file://',
      ' ',
      '\t',
      '-',
      '+',
      '@',
      '~',
      'é',
      ':',
      '=',
      ',',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const p = parts.join('');
        expect(normalizePath(p)).toBe(reference(p));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals the full normalisation on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (p) => {
        expect(normalizePath(p)).toBe(reference(p));
      }),
      { numRuns: 3000 },
    );
  });
});
