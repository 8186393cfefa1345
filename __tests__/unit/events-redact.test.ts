import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSecretKey, redact, REDACTED, type JsonValue } from '../../src/events/redact.js';

const none = { envValues: [] };
const text = (s: string, envValues: readonly string[] = []): JsonValue => redact(s, { envValues });

// Shaped like real credentials, valid for nothing.
const GHP = `ghp_${'a1B2'.repeat(9)}`;
const PAT = `github_pat_11ABCDEFG0${'x'.repeat(12)}_${'Y'.repeat(59)}`;
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('redact: environment values', () => {
  it('replaces a string equal to or containing an env value, and ignores values shorter than 4', () => {
    const envValues = ['s3cr3t-value', 'abc', ''];
    expect(text('s3cr3t-value', envValues)).toBe(REDACTED);
    expect(text('pre s3cr3t-value and s3cr3t-value post', envValues)).toBe(
      `pre ${REDACTED} and ${REDACTED} post`,
    );
    expect(text('abc is short', envValues)).toBe('abc is short');
  });

  it('hides overlapping values as one span, so no part of either is left', () => {
    expect(text('xxabcdefghiyy', ['abcdef', 'defghi'])).toBe(`xx${REDACTED}yy`);
    expect(text('aaaaaa', ['aaaa'])).toBe(REDACTED);
  });

  it('redacts env values inside keys, deep in arrays and objects', () => {
    const envValues = ['hunter22'];
    expect(redact({ a: [[{ b: ['x hunter22 y'] }]], 'key-hunter22': 1 }, { envValues })).toEqual({
      a: [[{ b: [`x ${REDACTED} y`] }]],
      [`key-${REDACTED}`]: 1,
    });
  });

  it('never lets an env value through, whatever the context (property)', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{4,12}$/);
    fc.assert(
      fc.property(secret, fc.jsonValue(), (s, value) => {
        const seeded = JSON.parse(
          JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? `${v}${s}${v}` : v)),
        );
        const out = redact({ [`k${s}`]: seeded, v: s }, { envValues: [s] });
        const strings: string[] = [];
        JSON.stringify(out, (k, v: unknown) => {
          strings.push(k);
          if (typeof v === 'string') strings.push(v);
          return v;
        });
        for (const str of strings) expect(str).not.toContain(s);
      }),
    );
  });
});

describe('redact: values that look like secrets', () => {
  it.each([
    ['a classic GitHub token', `token ${GHP} used`, `token ${REDACTED} used`],
    ['a GitHub app token', `ghs_${'Z9'.repeat(18)}`, REDACTED],
    ['a fine-grained GitHub token', `x ${PAT}`, `x ${REDACTED}`],
    ['a JWT', `jwt=${JWT}.`, `jwt=${REDACTED}.`],
    ['a Bearer token', 'sent Bearer abc123.def== to the api', `sent Bearer ${REDACTED} to the api`],
    ['an Authorization header', 'Authorization: token abc123\nnext', `Authorization: ${REDACTED}\nnext`],
    ['an AWS access key id', 'key AKIAIOSFODNN7EXAMPLE!', `key ${REDACTED}!`],
    [
      'an npm token',
      `//registry.npmjs.org/:_authToken=npm_${'a'.repeat(36)}`,
      `//registry.npmjs.org/:_authToken=${REDACTED}`,
    ],
    ['password=', 'password=hunter2&user=bob', `password=${REDACTED}&user=bob`],
    ['token=', 'https://x.test/?access_token=abc.def&y=1', `https://x.test/?access_token=${REDACTED}&y=1`],
    ['secret:', 'CLIENT_SECRET: s0me-thing', `CLIENT_SECRET: ${REDACTED}`],
    ['a quoted JSON secret', '{"api_key": "a b c", "n": 1}', `{"api_key": ${REDACTED}, "n": 1}`],
    ['URL credentials', 'postgres://app:pa55w0rd@db:5432/x', `postgres://app:${REDACTED}@db:5432/x`],
    [
      'a PEM private key',
      'key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nIBAAK=\n-----END RSA PRIVATE KEY-----\ndone',
      `key:\n${REDACTED}\ndone`,
    ],
    ['a truncated PEM private key', 'x -----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN', `x ${REDACTED}`],
  ])('%s', (_label, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('leaves ordinary text alone', () => {
    for (const s of [
      'tests: 42 passed',
      'src/token/parse.ts',
      'tokens: 5',
      'ghp_short',
      'coverage 81.5%',
      'eyJ',
    ]) {
      expect(text(s)).toBe(s);
    }
  });
});

describe('redact: keys named like secrets', () => {
  it('keeps the key and hides the value', () => {
    expect(
      redact(
        {
          token: 'abc',
          GITHUB_TOKEN: 'x',
          apiKey: 'k',
          'x-api-key': 'k',
          api_key: 7,
          apikey: 'k',
          private_key: { pem: 'x' },
          credentials: ['a', 'b'],
          credential_helper: 'store',
          Authorization: 'Basic eA==',
          db_password: 'p',
          client_secret: 's',
          password: null,
          has_token: true,
          count: 3,
          name: 'token',
        },
        none,
      ),
    ).toEqual({
      token: REDACTED,
      GITHUB_TOKEN: REDACTED,
      apiKey: REDACTED,
      'x-api-key': REDACTED,
      api_key: REDACTED,
      apikey: REDACTED,
      private_key: REDACTED,
      credentials: REDACTED,
      credential_helper: REDACTED,
      Authorization: REDACTED,
      db_password: REDACTED,
      client_secret: REDACTED,
      // null and booleans say only whether there is one, which is what presence means.
      password: null,
      has_token: true,
      count: 3,
      name: 'token',
    });
  });

  it('recognises secret key names in any style', () => {
    for (const k of [
      'TOKEN',
      'npmToken',
      'AWS_SECRET_ACCESS_KEY',
      'passwd',
      'PRIVATE-KEY',
      'Credentials',
      'auth.password',
    ]) {
      expect(isSecretKey(k)).toBe(true);
    }
    for (const k of ['name', 'flake_rate', 'missing_event', 'key', 'path', 'author'])
      expect(isSecretKey(k)).toBe(false);
  });

  it('applies inside arrays of objects', () => {
    expect(redact([[{ headers: { authorization: 'x' } }]], none)).toEqual([
      [{ headers: { authorization: REDACTED } }],
    ]);
  });
});

describe('redact: structure', () => {
  it('deep-copies without touching the input', () => {
    const input = { a: { token: 's' }, b: [GHP] };
    const out = redact(input, none);
    expect(input).toEqual({ a: { token: 's' }, b: [GHP] });
    expect(out).not.toBe(input);
  });

  it('treats __proto__ keys as data and reads null-prototype objects', () => {
    const hostile = JSON.parse('{"__proto__":{"token":"x","polluted":true},"ok":1}') as Record<
      string,
      unknown
    >;
    const out = redact(hostile, none) as Record<string, JsonValue>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'ok']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({
      token: REDACTED,
      polluted: true,
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"token":"[redacted]","polluted":true},"ok":1}');

    const bare = Object.create(null) as Record<string, unknown>;
    bare['password'] = 'p';
    bare['hasOwnProperty'] = 'not a function';
    expect(redact(bare, none)).toEqual({ password: REDACTED, hasOwnProperty: 'not a function' });
  });

  it('turns values JSON cannot hold into JSON', () => {
    const cyclic: Record<string, unknown> = { n: 1 };
    cyclic['self'] = cyclic;
    const error = Object.assign(new Error(`failed with ${GHP}`), { code: 'E1' });
    expect(
      redact(
        {
          when: new Date(Date.UTC(2026, 0, 1)),
          big: 12n,
          nan: NaN,
          inf: -Infinity,
          gone: undefined,
          fn: () => 1,
          list: [undefined, () => 1],
          set: new Set(['a']),
          map: new Map([['token', 'x']]),
          bytes: new Uint8Array(3),
          error,
          cyclic,
        },
        none,
      ),
    ).toEqual({
      when: '2026-01-01T00:00:00.000Z',
      big: '12',
      nan: 'NaN',
      inf: '-Infinity',
      list: [null, null],
      set: ['a'],
      map: { token: REDACTED },
      bytes: '[3 bytes]',
      error: { name: 'Error', message: `failed with ${REDACTED}`, code: 'E1' },
      cyclic: { n: 1, self: '[circular]' },
    });
  });

  it('keeps both keys when two redact to the same text', () => {
    expect(redact({ [GHP]: 1, [`ghp_${'Q'.repeat(36)}`]: 2 }, none)).toEqual({
      [REDACTED]: 1,
      [`${REDACTED}#2`]: 2,
    });
  });
});
