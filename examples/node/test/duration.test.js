/* global describe, test */ // vitest (globals: true) and jest both provide them
import assert from 'node:assert/strict';
import { formatDuration, parseDuration } from '../src/duration.js';

describe('formatDuration', () => {
  test('milliseconds, seconds, minutes, hours', () => {
    assert.equal(formatDuration(850), '850 ms');
    assert.equal(formatDuration(3400), '3.4 s');
    assert.equal(formatDuration(125_000), '2m 05s');
    assert.equal(formatDuration(3_720_000), '1h 02m');
  });

  test('refuses what is not a duration', () => {
    assert.throws(() => formatDuration(-1), RangeError);
  });
});

describe('parseDuration', () => {
  test('reads every unit', () => {
    assert.equal(parseDuration('250ms'), 250);
    assert.equal(parseDuration('2m30s'), 150_000);
  });
});
