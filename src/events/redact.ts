/**
 * Redaction for event context: presence is recorded, never content. A value is hidden when it is (or
 * contains) the value of an environment variable, when it looks like a credential, or when its key
 * names one. The environment's values are passed in; this module reads no environment.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export const REDACTED = '[redacted]';

export interface RedactionSecrets {
  /** Values of the environment's variables; those shorter than MIN_ENV_VALUE_LENGTH are ignored. */
  readonly envValues: readonly string[];
}

/** Shorter values ("1", "true", "x64") would redact half of every message and hide nothing. */
export const MIN_ENV_VALUE_LENGTH = 4;

interface SecretPattern {
  readonly name: string;
  /** Global, with indices; the group `secret`, when present, is the part hidden (else the whole match). */
  readonly regex: RegExp;
}

/** What a credential looks like. The names are for tests and for reading, not for output. */
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { name: 'github-token', regex: /gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,}/dg },
  { name: 'jwt', regex: /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/dg },
  { name: 'bearer', regex: /\bBearer\s+(?<secret>[A-Za-z0-9._~+/-]+=*)/dgi },
  { name: 'authorization-header', regex: /\bauthorization\s*[:=]\s*(?<secret>[^\r\n"']+)/dgi },
  { name: 'aws-access-key', regex: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/dg },
  { name: 'npm-token', regex: /\bnpm_[A-Za-z0-9]{36}\b/dg },
  { name: 'slack-token', regex: /\bxox[abposr]-[A-Za-z0-9-]{10,}/dg },
  { name: 'google-api-key', regex: /\bAIza[0-9A-Za-z_-]{35}/dg },
  {
    name: 'assignment',
    // The prefix is bounded so that a long identifier cannot make matching quadratic.
    regex:
      /\b[A-Za-z0-9_.-]{0,64}?(?:password|passwd|passphrase|token|secret|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)["']?\s*[:=]\s*(?<secret>"[^"\r\n]*"|'[^'\r\n]*'|[^\s&;,"'}\]]+)/dgi,
  },
  {
    name: 'url-credentials',
    regex: /\b[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s/?#@:]*:(?<secret>[^\s/?#@]+)@/dg,
  },
  {
    name: 'pem-private-key',
    // An unterminated key (a truncated message) is hidden to the end of the string.
    regex:
      /-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----|$)/dg,
  },
];

// Substrings of a key, lowercased with separators removed, that mark its value as a secret.
const SECRET_KEY_PARTS = [
  'token',
  'password',
  'passwd',
  'passphrase',
  'secret',
  'authorization',
  'apikey',
  'privatekey',
  'accesskey',
  'credential',
];

/**
 * Whether a key names a secret: token, password, secret, authorization, api_key, apikey, private_key,
 * credential* in any case and separator style (GITHUB_TOKEN, apiKey, x-api-key, dbPassword). Broad on
 * purpose: `token_count` is hidden too, which costs a number and can never leak a credential.
 */
export function isSecretKey(key: string): boolean {
  const squashed = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SECRET_KEY_PARTS.some((part) => squashed.includes(part));
}

/** A redactor with the environment's values prepared once (EventLog builds one per log). */
export function createRedactor(secrets: RedactionSecrets): {
  readonly value: (value: unknown) => JsonValue;
  readonly text: (text: string) => string;
} {
  // Longest first only matters for readability of the code below: overlaps are merged anyway.
  const envValues = [...new Set(secrets.envValues)]
    .filter((v) => typeof v === 'string' && v.length >= MIN_ENV_VALUE_LENGTH)
    .sort((a, b) => b.length - a.length);
  const text = (s: string): string => redactText(s, envValues);
  return { value: (v) => redactValue(v, text, new Set()), text };
}

/** Deep-copy a context value into plain JSON with secrets replaced by `[redacted]`. */
export function redact(value: unknown, secrets: RedactionSecrets): JsonValue {
  return createRedactor(secrets).value(value);
}

function redactText(text: string, envValues: readonly string[]): string {
  // Collect every span to hide on the original text, then replace merged spans once: replacing one
  // secret at a time could cut another in two and leave half of it readable.
  const spans: [number, number][] = [];
  for (const value of envValues) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
      spans.push([at, at + value.length]);
    }
  }
  for (const { regex } of SECRET_PATTERNS) {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      const span = match.indices?.groups?.['secret'] ?? match.indices?.[0];
      if (span !== undefined && span[1] > span[0]) spans.push([span[0], span[1]]);
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let cursor = 0;
  let open: [number, number] | null = null;
  for (const [start, end] of spans) {
    if (open !== null && start <= open[1]) {
      open[1] = Math.max(open[1], end);
      continue;
    }
    if (open !== null) {
      out += REDACTED;
      cursor = open[1];
    }
    out += text.slice(cursor, start);
    open = [start, end];
  }
  if (open !== null) {
    out += REDACTED;
    cursor = open[1];
  }
  return out + text.slice(cursor);
}

function redactValue(value: unknown, text: (s: string) => string, path: Set<object>): JsonValue {
  switch (typeof value) {
    case 'string':
      return text(value);
    case 'boolean':
      return value;
    case 'number':
      // JSON has no NaN or Infinity; their names say more than JSON.stringify's null.
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return text(value.toString());
    case 'object':
      break;
    default:
      // undefined, functions and symbols: absent, as in JSON.stringify (arrays turn them into null).
      return null;
  }
  if (value === null) return null;
  if (path.has(value)) return '[circular]';
  path.add(value);
  try {
    return redactObject(value, text, path);
  } finally {
    path.delete(value);
  }
}

function redactObject(value: object, text: (s: string) => string, path: Set<object>): JsonValue {
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    for (let i = 0; i < value.length; i++) out.push(redactValue(value[i], text, path));
    return out;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (value instanceof Set) return [...value].map((v) => redactValue(v, text, path));
  if (value instanceof Map)
    return redactEntries(
      [...value].map(([k, v]) => [String(k), v]),
      text,
      path,
    );
  if (value instanceof Error) {
    const fields: [string, unknown][] = [
      ['name', value.name],
      ['message', value.message],
    ];
    return redactEntries([...fields, ...ownEntries(value)], text, path);
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') {
      const replaced: unknown = (toJSON as () => unknown).call(value);
      if (replaced !== value) return redactValue(replaced, text, path);
    }
  }
  return redactEntries(ownEntries(value), text, path);
}

/** Own enumerable string keys; never `hasOwnProperty` or `in`, which a null-prototype object lacks. */
function ownEntries(value: object): [string, unknown][] {
  return Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
}

function redactEntries(
  entries: readonly [string, unknown][],
  text: (s: string) => string,
  path: Set<object>,
): JsonValue {
  const out: { [key: string]: JsonValue } = {};
  for (const [rawKey, raw] of entries) {
    if (raw === undefined || typeof raw === 'function' || typeof raw === 'symbol') continue;
    let key = text(rawKey);
    // Two keys that redact to the same text are both kept.
    for (let n = 2; Object.hasOwn(out, key); n++) key = `${text(rawKey)}#${n}`;
    const hidden = isSecretKey(rawKey) && raw !== null && typeof raw !== 'boolean';
    const redacted = hidden ? REDACTED : redactValue(raw, text, path);
    // defineProperty: a `__proto__` key is data, never the copy's prototype.
    Object.defineProperty(out, key, {
      value: redacted,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
