import { constructFromEvents, EVENT_ID, getScalarValue, SCALAR_STYLE } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';

/**
 * Where things are in a YAML source, so every config error can name a line and column. The loaded
 * value forgets its positions; js-yaml's event stream keeps them as zero-based offsets, and this
 * module turns them into a map from JSON pointer (`/coverage/target`, the same form ajv reports) to
 * the offsets of the key and of its value.
 */

export interface NodePosition {
  /** Offset of the key that names this node; absent for the root and for sequence items. */
  readonly key?: number;
  /** Offset of the value; absent when the value is empty (`target:` with nothing after it). */
  readonly value?: number;
}

export interface DuplicateKey {
  readonly pointer: string;
  readonly offset: number;
  readonly firstOffset: number;
}

export interface PositionIndex {
  readonly nodes: ReadonlyMap<string, NodePosition>;
  /** Pointers of sequence items, so paths render as `tiers[0]` rather than `tiers.0`. */
  readonly sequenceItems: ReadonlySet<string>;
  readonly duplicates: readonly DuplicateKey[];
  /** Collections used as keys (`? [a, b]`), which a config cannot hold: pointer of the mapping, offset. */
  readonly complexKeys: readonly { readonly pointer: string; readonly offset: number }[];
  readonly documents: number;
  /** Where the second document starts, when there is one. */
  readonly secondDocumentOffset?: number;
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function parentPointer(pointer: string): string | undefined {
  if (pointer === '') return undefined;
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

interface Frame {
  readonly kind: 'mapping' | 'sequence';
  /** null when the collection has no addressable path (it is a complex key, or under one). */
  readonly pointer: string | null;
  /** Whether this collection itself sits in a mapping's key slot. */
  readonly isKey: boolean;
  expectKey: boolean;
  key: string | null;
  index: number;
  readonly seen: Map<string, number>;
}

const DOCUMENT_START: Event = {
  type: EVENT_ID.DOCUMENT,
  explicitStart: false,
  explicitEnd: false,
  directives: [],
};
const POP: Event = { type: EVENT_ID.POP };

/** The offset a reader would point at: the anchor, tag or opening quote before the value itself. */
export function nodeOffset(event: Event): number | undefined {
  const candidates: number[] = [];
  switch (event.type) {
    case EVENT_ID.SCALAR:
      if (event.valueStart >= 0) {
        const quoted =
          event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        candidates.push(quoted ? event.valueStart - 1 : event.valueStart);
      }
      break;
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      candidates.push(event.start);
      break;
    case EVENT_ID.ALIAS:
      return event.anchorStart - 1;
    default:
      return undefined;
  }
  if (event.anchorStart >= 0) candidates.push(event.anchorStart - 1);
  if (event.tagStart >= 0) candidates.push(event.tagStart);
  const valid = candidates.filter((c) => c >= 0);
  return valid.length === 0 ? undefined : Math.min(...valid);
}

/**
 * A key as the loader will store it: plain `1.0` and `1` are both the key "1", `~` is "null". Built
 * by the loader itself on a one-scalar stream so the two can never disagree.
 */
function keyString(source: string, event: ScalarEvent): string {
  try {
    const [value] = constructFromEvents([DOCUMENT_START, event, POP], { source });
    return String(value);
  } catch {
    // An unknown tag handle (declared by a %TAG directive in the full stream): the text will do.
    return getScalarValue(source, event);
  }
}

/** Walks the event stream once, without recursion, so nesting depth cannot exhaust the stack. */
export function indexPositions(source: string, events: readonly Event[]): PositionIndex {
  const nodes = new Map<string, { key?: number; value?: number }>();
  const sequenceItems = new Set<string>();
  const duplicates: DuplicateKey[] = [];
  const complexKeys: { pointer: string; offset: number }[] = [];
  const stack: Frame[] = [];
  let documents = 0;
  let firstExplicitStart = false;
  let secondDocumentOffset: number | undefined;

  const entry = (pointer: string): { key?: number; value?: number } => {
    let found = nodes.get(pointer);
    if (found === undefined) {
      found = {};
      nodes.set(pointer, found);
    }
    return found;
  };

  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      if (documents === 1) firstExplicitStart = event.explicitStart;
      continue;
    }
    if (documents > 1) {
      if (secondDocumentOffset === undefined) secondDocumentOffset = nodeOffset(event);
      continue;
    }
    const parent = stack.at(-1);
    if (event.type === EVENT_ID.POP) {
      if (parent === undefined) continue; // closes the document
      stack.pop();
      const owner = stack.at(-1);
      if (owner?.kind === 'mapping') {
        if (parent.isKey) owner.key = null;
        owner.expectKey = !parent.isKey;
      }
      continue;
    }

    const offset = nodeOffset(event);
    if (parent?.kind === 'mapping' && parent.expectKey) {
      parent.expectKey = false;
      parent.key = null;
      if (event.type === EVENT_ID.SCALAR) {
        const key = keyString(source, event);
        parent.key = key;
        if (parent.pointer !== null && offset !== undefined) {
          const pointer = `${parent.pointer}/${escapePointerSegment(key)}`;
          const firstOffset = parent.seen.get(key);
          if (firstOffset === undefined) {
            parent.seen.set(key, offset);
            entry(pointer).key = offset;
          } else {
            duplicates.push({ pointer, offset, firstOffset });
          }
        }
      } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
        if (parent.pointer !== null && offset !== undefined)
          complexKeys.push({ pointer: parent.pointer, offset });
        stack.push(frame(event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', null, true));
      }
      continue;
    }

    let pointer: string | null = null;
    if (parent === undefined) {
      pointer = '';
    } else if (parent.kind === 'sequence') {
      if (parent.pointer !== null) {
        pointer = `${parent.pointer}/${parent.index}`;
        sequenceItems.add(pointer);
      }
      parent.index += 1;
    } else if (parent.pointer !== null && parent.key !== null) {
      pointer = `${parent.pointer}/${escapePointerSegment(parent.key)}`;
    }
    // A duplicate's value must not overwrite where the first one was.
    if (pointer !== null && offset !== undefined && entry(pointer).value === undefined)
      entry(pointer).value = offset;

    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      stack.push(frame(event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', pointer, false));
    } else if (parent?.kind === 'mapping') {
      parent.expectKey = true;
    }
  }

  if (documents > 1 && secondDocumentOffset === undefined) {
    // The second document is empty, so no event carries an offset: point at its `---` line.
    secondDocumentOffset = documentMarkers(source)[firstExplicitStart ? 1 : 0];
  }
  return { nodes, sequenceItems, duplicates, complexKeys, documents, secondDocumentOffset };
}

function documentMarkers(source: string): number[] {
  return [...source.matchAll(/^---(?=[ \t\r\n]|$)/gm)].map((m) => m.index);
}

function frame(kind: 'mapping' | 'sequence', pointer: string | null, isKey: boolean): Frame {
  return { kind, pointer, isKey, expectKey: kind === 'mapping', key: null, index: 0, seen: new Map() };
}

/** Zero-based offset → one-based line and column (UTF-16 units, as editors count). */
export function lineLocator(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo] ?? 0;
    const shift = lo === 0 && offset > 0 ? bom : 0;
    return { line: lo + 1, column: offset - start - shift + 1 };
  };
}
