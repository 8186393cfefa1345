/* global describe, test */ // vitest (globals: true) and jest both provide them
import assert from 'node:assert/strict';
import { formatCsvLine, parseCsvLine } from '../src/csv.js';

describe('parseCsvLine', () => {
  test('plain and quoted fields', () => {
    assert.deepEqual(parseCsvLine('a,"b,c","say ""hi"""'), ['a', 'b,c', 'say "hi"']);
  });

  test('an unterminated quote is an error', () => {
    assert.throws(() => parseCsvLine('"open'), SyntaxError);
  });
});

describe('formatCsvLine', () => {
  test('quotes only where needed', () => {
    assert.equal(formatCsvLine(['a', 'b,c', 'x"y']), 'a,"b,c","x""y"');
  });
});
