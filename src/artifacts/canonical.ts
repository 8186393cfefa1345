/**
 * Deterministic JSON: the bytes an embedded sha256 is computed over. Object keys are sorted by UTF-16
 * code unit order (plain `<` on strings), recursively; arrays keep their order; numbers and strings
 * follow JSON.stringify. Anything JSON.stringify would silently drop or distort inside an array, or
 * cannot represent at all, is refused: an artifact that hashes something other than what it says is
 * worse than a crash, and such a value is always a bug in the caller, never user input.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  walk(value, { token: (s) => void parts.push(s), layout: () => {} }, null);
  return parts.join('');
}

/** The same key order as `canonicalJson`, indented two spaces, newline-terminated: for files people read. */
export function prettyJson(value: unknown): string {
  const parts: string[] = [];
  const push = (s: string) => void parts.push(s);
  walk(value, { token: push, layout: push }, null);
  parts.push('\n');
  return parts.join('');
}

/** Code unit order, as the spec for canonical JSON (RFC 8785) sorts keys; not locale order. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where a walk writes. `token` is text of the canonical form (and of the pretty one); `layout` is
 * text only the pretty form has: line breaks, indentation, the space after a colon, and the member
 * `extra` adds. One walk can so feed both forms at once (sealing needs both).
 */
export interface JsonWriter {
  token(text: string): void;
  layout(text: string): void;
}

/**
 * A member of the root object that only the pretty form has (the embedded hash: the canonical form
 * is what it is the hash of). The walk writes its key in sorted place and the separators around it
 * as layout, then calls `value` to write the value: the writer knows it only once the walk is over.
 */
export interface ExtraMember {
  readonly key: string;
  readonly value: () => void;
}

/** A line break and the indentation of each depth, built once: a large document repeats a few. */
const BREAK: string[] = ['\n'];
function breakAt(depth: number): string {
  while (BREAK.length <= depth) BREAK.push(`${BREAK[BREAK.length - 1]!}  `);
  return BREAK[depth]!;
}

/**
 * Serializes `root` into `w`: the canonical form as tokens, the pretty form as tokens and layout
 * together. `extra` (root objects only) is written into the pretty form alone; a key of the root
 * equal to its key must have been taken out by the caller.
 */
export function walk(root: unknown, w: JsonWriter, extra: ExtraMember | null): void {
  // Only the current path counts as a cycle: the same object reached twice by different keys is fine.
  const path = new Set<object>();
  // Where the walk is, for error messages only: built into `$.a[0].b` when one is thrown.
  const trail: (string | number)[] = [];
  const where = () => `$${trail.map((t) => (typeof t === 'number' ? `[${t}]` : `.${t}`)).join('')}`;
  // `"key":` per key: a document of many like objects repeats a few keys.
  const keyTokens = new Map<string, string>();
  const keyToken = (k: string): string => {
    let t = keyTokens.get(k);
    if (t === undefined) {
      t = `${JSON.stringify(k)}:`;
      keyTokens.set(k, t);
    }
    return t;
  };

  const write = (value: unknown, depth: number, member: ExtraMember | null): void => {
    switch (typeof value) {
      case 'string':
        w.token(JSON.stringify(value));
        return;
      case 'boolean':
        w.token(value ? 'true' : 'false');
        return;
      case 'number':
        if (!Number.isFinite(value))
          throw new Error(`canonicalJson: ${String(value)} at ${where()} has no JSON form`);
        w.token(JSON.stringify(value));
        return;
      case 'object':
        break;
      default:
        throw new Error(`canonicalJson: a ${typeof value} at ${where()} has no JSON form`);
    }
    if (value === null) {
      w.token('null');
      return;
    }
    if (path.has(value)) throw new Error(`canonicalJson: cycle at ${where()}`);
    const obj = toPlain(value, where);
    if (obj !== value) {
      // toJSON (Date) replaced the object; serialize what it returned.
      write(obj, depth, member);
      return;
    }
    path.add(value);
    const inner = breakAt(depth + 1);
    const outer = breakAt(depth);
    if (Array.isArray(value)) {
      if (member !== null)
        throw new Error(`canonicalJson: ${where()} is an array; "${member.key}" needs an object`);
      w.token('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) w.token(',');
        w.layout(inner);
        const item: unknown = value[i];
        trail.push(i);
        if (item === undefined) throw new Error(`canonicalJson: undefined at ${where()} has no JSON form`);
        write(item, depth + 1, null);
        trail.pop();
      }
      if (value.length > 0) w.layout(outer);
      w.token(']');
    } else {
      const record = value as Record<string, unknown>;
      // Like JSON.stringify, a property whose value is undefined is absent.
      const keys = Object.keys(record).filter((k) => record[k] !== undefined);
      if (member !== null) {
        if (keys.includes(member.key))
          throw new Error(`canonicalJson: ${where()} already has "${member.key}"`);
        keys.push(member.key);
      }
      keys.sort(compareCodeUnits);
      w.token('{');
      // Members written so far: the canonical form's, and the pretty form's (one more after extra).
      let canonical = 0;
      let pretty = 0;
      for (const k of keys) {
        if (member !== null && k === member.key) {
          if (pretty > 0) w.layout(',');
          w.layout(`${inner}${JSON.stringify(k)}: `);
          member.value();
          pretty++;
          continue;
        }
        if (canonical > 0) w.token(',');
        else if (pretty > 0) w.layout(',');
        w.layout(inner);
        w.token(keyToken(k));
        w.layout(' ');
        trail.push(k);
        write(record[k], depth + 1, null);
        trail.pop();
        canonical++;
        pretty++;
      }
      if (pretty > 0) w.layout(outer);
      w.token('}');
    }
    path.delete(value);
  };

  write(root, 0, extra);
}

/**
 * Arrays and plain objects are serialized as they are; an object with a toJSON method (Date) is
 * replaced by its result, as JSON.stringify does. Other objects (Map, Set, class instances) would
 * serialize as `{}` or as a partial view, so they are refused.
 */
function toPlain(value: object, where: () => string): unknown {
  if (Array.isArray(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return value;
  const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    const replaced: unknown = (toJSON as () => unknown).call(value);
    if (replaced === value) throw new Error(`canonicalJson: toJSON at ${where()} returned its own object`);
    return replaced;
  }
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  throw new Error(
    `canonicalJson: a ${typeof name === 'string' ? name : 'non-plain object'} at ${where()} has no JSON form`,
  );
}
