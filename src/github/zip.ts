import { inflateRawSync } from 'node:zlib';

/**
 * Reading an artifact zip that came from another run, which is hostile: a zip bomb, a path that
 * climbs out of the directory, a symlink, a duplicate name or a lying directory must not get past
 * here. An artifact set is flat, so only plain names are accepted.
 */
export interface ZipLimits {
  /** At most this many entries (an artifact set has about fifteen). */
  readonly maxEntries: number;
  /** At most this many bytes per file, once inflated. */
  readonly maxFileBytes: number;
  /** At most this many bytes in all, once inflated. */
  readonly maxTotalBytes: number;
}

export const ARTIFACT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 200,
  maxFileBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
};

export type ZipResult = { readonly files: ReadonlyMap<string, Uint8Array> } | { readonly problem: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The files of a flat zip, name → bytes, or the first reason it cannot be trusted. */
export function readArtifactZip(zip: Uint8Array, limits: ZipLimits = ARTIFACT_ZIP_LIMITS): ZipResult {
  try {
    return { files: read(zip, limits) };
  } catch (e) {
    if (e instanceof ZipProblem) return { problem: e.message };
    throw e;
  }
}

class ZipProblem extends Error {}

function read(zip: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => {
    if (at + 2 > zip.length) throw new ZipProblem('truncated');
    return view.getUint16(at, true);
  };
  const u32 = (at: number) => {
    if (at + 4 > zip.length) throw new ZipProblem('truncated');
    return view.getUint32(at, true);
  };
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipProblem('not a zip archive (no end of central directory)');
  const count = u16(eocd + 10);
  if (count === 0xffff || u32(eocd + 16) === 0xffffffff) throw new ZipProblem('ZIP64 archives are not read');
  if (count > limits.maxEntries) throw new ZipProblem(`${count} entries, more than ${limits.maxEntries}`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files = new Map<string, Uint8Array>();
  let total = 0;
  let at = u32(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (u32(at) !== CENTRAL) throw new ZipProblem(`corrupt central directory at byte ${at}`);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const external = u32(at + 38);
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > zip.length) throw new ZipProblem('truncated');
    let name: string;
    try {
      name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    } catch {
      throw new ZipProblem('an entry name is not UTF-8');
    }
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/'))
      throw new ZipProblem(`${JSON.stringify(name)} is a directory; an artifact set is flat`);
    const bad = nameProblem(name);
    if (bad) throw new ZipProblem(`${JSON.stringify(name)}: ${bad}`);
    if (files.has(name)) throw new ZipProblem(`${name} appears twice`);
    // Unix mode in the high half: anything but a regular file (a symlink above all) is refused.
    const mode = external >>> 16;
    if (mode !== 0 && (mode & 0o170000) !== 0o100000 && (mode & 0o170000) !== 0)
      throw new ZipProblem(`${name} is not a regular file`);
    if (flags & 0x1) throw new ZipProblem(`${name} is encrypted`);
    if (size > limits.maxFileBytes)
      throw new ZipProblem(`${name}: ${size} bytes, more than ${limits.maxFileBytes}`);
    total += size;
    if (total > limits.maxTotalBytes)
      throw new ZipProblem(`more than ${limits.maxTotalBytes} bytes once inflated`);
    if (u32(localOffset) !== LOCAL) throw new ZipProblem(`corrupt local header of ${name}`);
    const start = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (start + compressedSize > zip.length) throw new ZipProblem(`${name} is truncated`);
    const raw = zip.subarray(start, start + compressedSize);
    let data: Uint8Array;
    if (method === 0) data = raw.slice();
    else if (method === 8) {
      try {
        // The declared size bounds the output: a bomb that lies about its size stops here.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
      } catch (e) {
        throw new ZipProblem(`${name}: cannot inflate (${(e as Error).message})`);
      }
    } else throw new ZipProblem(`${name}: compression method ${method} is not read`);
    if (data.length !== size)
      throw new ZipProblem(`${name}: ${data.length} bytes, the directory says ${size}`);
    if (crc32(data) !== crc) throw new ZipProblem(`${name}: CRC-32 mismatch`);
    files.set(name, data);
  }
  return files;
}

/** Why an entry name cannot be a file of a flat artifact directory, or null. */
export function nameProblem(name: string): string | null {
  if (name === '' || name === '.' || name === '..') return 'not a file name';
  if (name.includes('/') || name.includes('\\')) return 'a path, not a plain name';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'a control character in the name';
  if (name.length > 200) return 'a name longer than 200 characters';
  return null;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
