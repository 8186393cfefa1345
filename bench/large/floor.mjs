/* global process */
// The floor: one pass over the file's bytes, read in the same 1 MiB chunks as the streaming
// reader, counting what a coverage reader must at least find. `memchr` lets the runtime find each
// '<' (or line end) and compares the few bytes after it: the fastest pass JavaScript can make.
// `loop` looks at every byte in JavaScript, as a byte-level parser must.
//
//   node floor.mjs xml|lcov memchr|loop FILE
import { open } from 'node:fs/promises';

const [kind, how, file] = process.argv.slice(2);
const CHUNK = 1024 * 1024;
// '<line ' for Cobertura; '\nDA:' for LCOV (a DA record at the start of a line).
const pattern = kind === 'xml' ? [0x3c, 0x6c, 0x69, 0x6e, 0x65, 0x20] : [0x0a, 0x44, 0x41, 0x3a];
const first = pattern[0];
const handle = await open(file, 'r');
let count = 0;
let bytes = 0;
const countIn = (b, from, end) => {
  // Matches starting at from … end−1 (b holds the whole pattern after each of them).
  if (how === 'memchr') {
    for (let i = b.indexOf(first, from); i !== -1 && i < end; i = b.indexOf(first, i + 1)) {
      let k = 1;
      while (k < pattern.length && b[i + k] === pattern[k]) k++;
      if (k === pattern.length) count++;
    }
  } else {
    for (let i = from; i < end; i++) {
      if (b[i] !== first) continue;
      let k = 1;
      while (k < pattern.length && b[i + k] === pattern[k]) k++;
      if (k === pattern.length) count++;
    }
  }
};
// The last bytes of the previous chunk: a match cut by the boundary is counted in a small seam.
let tail = new Uint8Array(0);
// One buffer refilled for each chunk, as the file adapter reads (src/adapters/node-files.ts).
const buffer = new Uint8Array(CHUNK);
for (;;) {
  const chunk = buffer;
  const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
  if (bytesRead === 0) break;
  bytes += bytesRead;
  const b = chunk.subarray(0, bytesRead);
  const seam = new Uint8Array(tail.length + Math.min(bytesRead, pattern.length - 1));
  seam.set(tail);
  seam.set(b.subarray(0, seam.length - tail.length), tail.length);
  countIn(seam, 0, tail.length);
  countIn(b, 0, bytesRead - pattern.length + 1);
  tail = b.slice(Math.max(0, bytesRead - pattern.length + 1));
}
await handle.close();
process.stdout.write(`${JSON.stringify({ count, bytes })}\n`);
