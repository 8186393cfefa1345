/**
 * Deterministic JSON: the bytes an embedded sha256 is computed over. Object keys are sorted by UTF-16
 * code unit order (plain `<` on strings), recursively; arrays keep their order; numbers and strings
 * follow JSON.stringify. Anything JSON.stringify would silently drop or distort inside an array, or
 * cannot represent at all, is refused: an artifact that hashes something other than what it says is
 * worse than a crash, and such a value is always a bug in the caller, never user input.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, null);
}

/** The same key order as `canonicalJson`, indented two spaces, newline-terminated: for files people read. */
export function prettyJson(value: unknown): string {
  return `${serialize(value, '  ')}\n`;
}

/** Code unit order, as the spec for canonical JSON (RFC 8785) sorts keys; not locale order. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function serialize(root: unknown, indent: string | null): string {
  const parts: string[] = [];
  // Only the current path counts as a cycle: the same object reached twice by different keys is fine.
  const path = new Set<object>();

  const write = (value: unknown, where: string, depth: number): void => {
    switch (typeof value) {
      case 'string':
        parts.push(JSON.stringify(value));
        return;
      case 'boolean':
        parts.push(value ? 'true' : 'false');
        return;
      case 'number':
        if (!Number.isFinite(value))
          throw new Error(`canonicalJson: ${String(value)} at ${where} has no JSON form`);
        parts.push(JSON.stringify(value));
        return;
      case 'object':
        break;
      default:
        throw new Error(`canonicalJson: a ${typeof value} at ${where} has no JSON form`);
    }
    if (value === null) {
      parts.push('null');
      return;
    }
    if (path.has(value)) throw new Error(`canonicalJson: cycle at ${where}`);
    const obj = toPlain(value, where);
    if (obj !== value) {
      // toJSON (Date) replaced the object; serialize what it returned.
      write(obj, where, depth);
      return;
    }
    path.add(value);
    const inner = indent === null ? '' : `\n${indent.repeat(depth + 1)}`;
    const outer = indent === null ? '' : `\n${indent.repeat(depth)}`;
    const colon = indent === null ? ':' : ': ';
    if (Array.isArray(value)) {
      if (value.length === 0) parts.push('[]');
      else {
        parts.push('[');
        for (let i = 0; i < value.length; i++) {
          if (i > 0) parts.push(',');
          parts.push(inner);
          const item: unknown = value[i];
          if (item === undefined)
            throw new Error(`canonicalJson: undefined at ${where}[${i}] has no JSON form`);
          write(item, `${where}[${i}]`, depth + 1);
        }
        parts.push(outer, ']');
      }
    } else {
      const record = value as Record<string, unknown>;
      // Like JSON.stringify, a property whose value is undefined is absent.
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort(compareCodeUnits);
      if (keys.length === 0) parts.push('{}');
      else {
        parts.push('{');
        keys.forEach((k, i) => {
          if (i > 0) parts.push(',');
          parts.push(inner, JSON.stringify(k), colon);
          write(record[k], `${where}.${k}`, depth + 1);
        });
        parts.push(outer, '}');
      }
    }
    path.delete(value);
  };

  write(root, '$', 0);
  return parts.join('');
}

/**
 * Arrays and plain objects are serialized as they are; an object with a toJSON method (Date) is
 * replaced by its result, as JSON.stringify does. Other objects (Map, Set, class instances) would
 * serialize as `{}` or as a partial view, so they are refused.
 */
function toPlain(value: object, where: string): unknown {
  if (Array.isArray(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return value;
  const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    const replaced: unknown = (toJSON as () => unknown).call(value);
    if (replaced === value) throw new Error(`canonicalJson: toJSON at ${where} returned its own object`);
    return replaced;
  }
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  throw new Error(
    `canonicalJson: a ${typeof name === 'string' ? name : 'non-plain object'} at ${where} has no JSON form`,
  );
}
