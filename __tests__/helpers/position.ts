import { expect } from 'vitest';

/** Line and column (1-based) of the first `tag` in the ASCII text `xml`: the tests' own oracle. */
export function positionOf(xml: string, tag: string): { line: number; column: number } {
  const at = xml.indexOf(tag);
  expect(at).toBeGreaterThanOrEqual(0);
  const before = xml.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}
