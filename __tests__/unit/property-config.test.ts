import { describe, expect, it } from 'vitest';
import schema from '../../schema/test-ladder.schema.json' with { type: 'json' };
import { parseConfig } from '../../src/config/load.js';
import {
  DEFAULT_TESTS,
  MAX_DECLARED_MARKERS,
  MAX_PROPERTY_PATTERNS,
  testsSchema,
  toTestsConfig,
} from '../../src/config/tests.js';
import { InputError, InputErrors } from '../../src/model/errors.js';

const FILE = 'test-ladder.yml';

function problems(text: string): string[] {
  try {
    parseConfig(text, FILE);
  } catch (e) {
    if (e instanceof InputErrors) return e.errors.map((error) => error.message);
    if (e instanceof InputError) return [e.message];
    throw e;
  }
  throw new Error('parseConfig accepted the input');
}

describe('config: tests.property and tests.markers', () => {
  it('ships exactly the tests schema the code validates with', () => {
    expect(schema.properties.tests).toStrictEqual(JSON.parse(JSON.stringify(testsSchema)));
    expect(Object.keys(schema.properties.tests.properties)).toContain('property');
    expect(Object.keys(schema.properties.tests.properties)).toContain('markers');
  });

  it('defaults to none of either', () => {
    expect(DEFAULT_TESTS.property).toEqual([]);
    expect(DEFAULT_TESTS.markers).toEqual([]);
    expect(toTestsConfig(null).property).toEqual([]);
    expect(parseConfig('tests:\n  history-depth: 30\n', FILE).tests).toMatchObject({
      property: [],
      markers: [],
    });
  });

  it('reads ids, globs and marker names from the file, in order', () => {
    const c = parseConfig(
      [
        'tests:',
        '  property:',
        "    - 'tests/test_props.py::**'",
        '    - pkg::TestCodec::test_round_trip',
        '  markers: [property, slow, codec]',
        '',
      ].join('\n'),
      FILE,
    );
    expect(c.tests.property).toEqual(['tests/test_props.py::**', 'pkg::TestCodec::test_round_trip']);
    expect(c.tests.markers).toEqual(['property', 'slow', 'codec']);
  });

  it('refuses unknown keys and malformed values, each with its line and column', () => {
    expect(problems('tests:\n  properties: [a]\n')).toEqual([
      expect.stringMatching(
        /^test-ladder\.yml:2:3: tests\.properties: unknown key; allowed: .*property, markers/,
      ),
    ]);
    expect(problems('tests:\n  property: a::b\n')).toEqual([
      `${FILE}:2:13: tests.property: expected a list of test ids or globs over test ids (at most ${MAX_PROPERTY_PATTERNS}, each once); found the string "a::b"; write it as a list: ['a::b']`,
    ]);
    expect(problems("tests:\n  property: ['  ']\n")).toEqual([
      `${FILE}:2:14: tests.property[0]: expected a test id or a glob over test ids (not blank, at most 1000 characters); found the string "  "`,
    ]);
    expect(problems('tests:\n  markers:\n    - slow\n    - has space\n    - 7\n')).toEqual([
      `${FILE}:4:7: tests.markers[1]: expected a marker name without whitespace or commas (at most 200 characters); found the string "has space"`,
      `${FILE}:5:7: tests.markers[2]: expected a marker name without whitespace or commas (at most 200 characters); found 7`,
    ]);
    expect(problems('tests:\n  markers: [a, a]\n')).toEqual([
      `${FILE}:2:12: tests.markers: expected a list of marker names (at most ${MAX_DECLARED_MARKERS}, each once); found a list`,
    ]);
  });

  it('prototype names are data, not keys', () => {
    const c = parseConfig("tests:\n  markers: [__proto__, constructor]\n  property: ['__proto__']\n", FILE);
    expect(c.tests.markers).toEqual(['__proto__', 'constructor']);
    expect(c.tests.property).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(c.tests)).toBe(Object.prototype);
  });
});
