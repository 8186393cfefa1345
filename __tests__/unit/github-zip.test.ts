import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, readArtifactZip, type ZipLimits } from '../../src/github/zip.js';
import { makeZip } from '../e2e/servers/zip.js';

/** An artifact zip from another run is hostile: everything but a flat set of plain files is refused. */

const files = (zip: Uint8Array, limits?: ZipLimits) => {
  const r = readArtifactZip(zip, limits);
  if ('problem' in r) throw new Error(r.problem);
  return Object.fromEntries([...r.files].map(([k, v]) => [k, Buffer.from(v).toString('utf8')]));
};
const problem = (zip: Uint8Array, limits?: ZipLimits) => {
  const r = readArtifactZip(zip, limits);
  return 'problem' in r ? r.problem : null;
};

/** A one-entry zip with full control over the header fields. */
function rawZip(opts: {
  name: string;
  data?: Buffer;
  declaredSize?: number;
  mode?: number;
  method?: number;
  crc?: number;
}): Buffer {
  const data = opts.data ?? Buffer.from('x');
  const method = opts.method ?? 8;
  const body = method === 8 ? deflateRawSync(data) : data;
  const name = Buffer.from(opts.name);
  const size = opts.declaredSize ?? data.length;
  const crc = opts.crc ?? crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(((opts.mode ?? 0o100644) << 16) >>> 0, 38);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + body.length, 16);
  return Buffer.concat([local, name, body, central, name, end]);
}

describe('readArtifactZip', () => {
  it('reads a flat set, deflated or stored', () => {
    expect(files(makeZip({ 'a.json': '{"x":1}', SHA256SUMS: 'abc\n' }))).toEqual({
      'a.json': '{"x":1}',
      SHA256SUMS: 'abc\n',
    });
    expect(files(rawZip({ name: 'b.txt', data: Buffer.from('stored'), method: 0 }))).toEqual({
      'b.txt': 'stored',
    });
  });

  it('refuses paths, traversal, directories, links and duplicates', () => {
    expect(problem(makeZip({ '../evil': 'x' }))).toMatch(/"\.\.\/evil": a path/);
    expect(problem(makeZip({ 'sub/a.json': 'x' }))).toMatch(/a path, not a plain name/);
    expect(problem(makeZip({ 'dir/': '' }))).toMatch(/is a directory/);
    expect(problem(rawZip({ name: 'link', mode: 0o120777 }))).toMatch(/not a regular file/);
    expect(problem(makeZip({ 'a\\b': 'x' }))).toMatch(/a path/);
    const zip = makeZip({ 'n1.json': '1', 'n2.json': '2' });
    const twice = Buffer.from(zip.toString('latin1').replaceAll('n2.json', 'n1.json'), 'latin1');
    expect(problem(twice)).toBe('n1.json appears twice');
  });

  it('refuses a bomb: a size over the limit, or inflating beyond what the directory declares', () => {
    const big = Buffer.alloc(2_000_000, 0x41);
    expect(
      problem(rawZip({ name: 'big', data: big }), {
        maxEntries: 10,
        maxFileBytes: 1_000_000,
        maxTotalBytes: 5_000_000,
      }),
    ).toMatch(/big: 2000000 bytes, more than 1000000/);
    expect(problem(rawZip({ name: 'liar', data: big, declaredSize: 100 }))).toMatch(
      /liar: cannot inflate|liar: 100 bytes|directory says/,
    );
    expect(
      problem(makeZip({ a: 'x'.repeat(600), b: 'y'.repeat(600) }), {
        maxEntries: 10,
        maxFileBytes: 1000,
        maxTotalBytes: 1000,
      }),
    ).toMatch(/more than 1000 bytes once inflated/);
    expect(
      problem(makeZip({ a: '1', b: '2', c: '3' }), { maxEntries: 2, maxFileBytes: 10, maxTotalBytes: 10 }),
    ).toMatch(/3 entries, more than 2/);
  });

  it('refuses corruption: no zip at all, a truncated one, a wrong CRC, an unknown method', () => {
    expect(problem(Buffer.from('not a zip at all'))).toMatch(/not a zip archive/);
    const zip = makeZip({ 'a.json': 'x'.repeat(100) });
    expect(problem(zip.subarray(0, zip.length - 10))).not.toBeNull();
    expect(problem(rawZip({ name: 'a', crc: 1 }))).toMatch(/CRC-32 mismatch/);
    expect(problem(rawZip({ name: 'a', method: 12 }))).toMatch(/compression method 12/);
  });
});
