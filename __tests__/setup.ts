import fc from 'fast-check';
import { expect } from 'vitest';

const seed = Number(process.env['FC_SEED'] ?? 20261122);
fc.configureGlobal({ seed, numRuns: Number(process.env['FC_RUNS'] ?? 200) });

// The coverage model keeps lines and hits in typed arrays (src/model/coverage.ts); a test states
// them as plain lists. Equal when they hold the same numbers in the same order. Which typed array
// a reader builds is tested where it is chosen (__tests__/property/stream-build.test.ts).
const modelArray = (x: unknown): x is Uint32Array | Float64Array =>
  x instanceof Uint32Array || x instanceof Float64Array;
expect.addEqualityTesters([
  function sameNumbers(a: unknown, b: unknown): boolean | undefined {
    const [typed, plain] =
      modelArray(a) && Array.isArray(b) ? [a, b] : modelArray(b) && Array.isArray(a) ? [b, a] : [];
    if (!typed || !plain) return undefined;
    return typed.length === plain.length && plain.every((v, i) => v === typed[i]);
  },
]);
