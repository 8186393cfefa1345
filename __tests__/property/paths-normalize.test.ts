import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePath, normalizePathFully } from '../../src/analysis/paths.js';

// normalizePath returns most paths untouched without splitting them; the answer must be the one
// the full normalisation gives.
const reference = normalizePathFully;

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
