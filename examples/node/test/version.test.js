/* global describe, test */ // vitest (globals: true) and jest both provide them
import assert from 'node:assert/strict';
import { compareVersions, latest, satisfiesCaret } from '../src/version.js';

describe('compareVersions', () => {
  test('numeric parts compare as numbers', () => {
    assert.equal(compareVersions('1.10.0', '1.9.2'), 1);
    assert.equal(compareVersions('2.0', '2.0.0'), 0);
  });

  test('a pre-release sorts before its release', () => {
    assert.equal(compareVersions('1.0.0-rc.1', '1.0.0'), -1);
  });
});

describe('latest', () => {
  test('picks the highest', () => {
    assert.equal(latest(['1.2.0', '1.10.1', '1.9.9']), '1.10.1');
    assert.equal(latest([]), null);
  });
});

describe('satisfiesCaret', () => {
  test('same major, not lower', () => {
    assert.equal(satisfiesCaret('1.5.0', '^1.4'), true);
    assert.equal(satisfiesCaret('2.0.0', '^1.4'), false);
  });
});
