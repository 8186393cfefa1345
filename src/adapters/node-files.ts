import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob as tinyglob } from 'tinyglobby';
import { InputError } from '../model/errors.js';
import type { Files } from './types.js';

/** The largest report read in one piece; larger ones need the streaming reader. */
const MAX_TEXT_BYTES = 512 * 1024 * 1024 - 64;

/** Where reads report how far they got (the CLI's progress line); see terminalProgress. */
export interface ReadProgressSink {
  /** A read of `file` began; its size when known. */
  begin(file: string, totalBytes: number | null): ReadTracker;
}

export interface ReadTracker {
  /** Bytes read so far (for a streamed read: handed to the consumer, so parsed too). */
  update(bytesRead: number): void;
  /** The read ended, finished or not. */
  end(): void;
}

export interface NodeFilesOptions {
  /** Told about every report read (readText, readBytes, readChunks); nothing else reads files through it. */
  readonly progress?: ReadProgressSink;
}

export function nodeFiles(options: NodeFilesOptions = {}): Files {
  const progress = options.progress;
  const readWhole = (file: string) => (progress ? readTracked(file, progress) : readOrExplain(file));
  return {
    async readText(file) {
      const bytes = await readWhole(file);
      if (bytes.length > MAX_TEXT_BYTES)
        throw new InputError(
          `the file is ${bytes.length} bytes, over the ${MAX_TEXT_BYTES}-byte limit for one report`,
          {
            file,
          },
        );
      return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    },
    readBytes: readWhole,
    readChunks(file, chunkSize = CHUNK_BYTES) {
      return progress
        ? trackChunks(file, readChunks(file, chunkSize), progress)
        : readChunks(file, chunkSize);
    },
    async size(file) {
      const stat = await fs.stat(file).catch((e: unknown) => {
        throw new InputError(explain(e), { file });
      });
      if (!stat.isFile())
        throw new InputError(
          stat.isDirectory() ? 'it is a directory, expected a file' : 'not a regular file',
          { file },
        );
      return stat.size;
    },
    async isFile(p) {
      return (await fs.stat(p).catch(() => null))?.isFile() ?? false;
    },
    async isDirectory(p) {
      return (await fs.stat(p).catch(() => null))?.isDirectory() ?? false;
    },
    async glob(patterns, cwd) {
      const found = await tinyglob([...patterns], {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: true,
        expandDirectories: false,
      });
      return [...new Set(found.map((f) => path.resolve(f)))].sort();
    },
    async listRepoFiles(root) {
      const listed = await gitLsFiles(root);
      if (listed) return listed;
      const found = await tinyglob(['**/*'], {
        cwd: root,
        onlyFiles: true,
        dot: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      }).catch(() => null);
      return found ? new Set(found.map((f) => f.split(path.sep).join('/'))) : null;
    },
    async readDirectory(dir) {
      const out = new Map<string, Uint8Array>();
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
        throw new InputError(`cannot read the directory: ${e.code ?? e.message}`, { file: dir });
      });
      for (const e of entries) if (e.isFile()) out.set(e.name, await fs.readFile(path.join(dir, e.name)));
      return out;
    },
    async writeFiles(dir, files) {
      await fs.mkdir(dir, { recursive: true });
      for (const f of files) await fs.writeFile(path.join(dir, f.name), f.bytes);
    },
  };
}

async function readOrExplain(file: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new InputError(explain(e), { file });
  }
}

/** A whole file, read a chunk at a time so that progress can be told; the same errors as readFile. */
async function readTracked(file: string, progress: ReadProgressSink): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r').catch((e: unknown) => {
    throw new InputError(explain(e), { file });
  });
  let tracker: ReadTracker | null = null;
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(explain({ code: 'EISDIR' }), { file });
    // Regular files are read into one buffer of their size; anything else (a FIFO) as it comes.
    if (!stat.isFile()) return await readOrExplain(file);
    tracker = progress.begin(file, stat.size);
    // One buffer of the file's size, filled a few megabytes at a time; a file that grew meanwhile
    // gets the rest appended, one that shrank is cut.
    let whole = new Uint8Array(stat.size);
    let total = 0;
    const read = async (into: Uint8Array, at: number, length: number) =>
      (
        await handle.read(into, at, length, null).catch((e: unknown) => {
          throw new InputError(explain(e), { file });
        })
      ).bytesRead;
    for (;;) {
      if (total < whole.length) {
        const n = await read(whole, total, Math.min(CHUNK_BYTES * 4, whole.length - total));
        if (n === 0) break;
        total += n;
      } else {
        // At the size stat gave: anything more (a report still being written)?
        const probe = new Uint8Array(64 * 1024);
        const n = await read(probe, 0, probe.length);
        if (n === 0) break;
        const grown = new Uint8Array(Math.max(whole.length * 2, total + n));
        grown.set(whole.subarray(0, total));
        grown.set(probe.subarray(0, n), total);
        whole = grown;
        total += n;
      }
      tracker.update(total);
    }
    return total === whole.length ? whole : whole.subarray(0, total);
  } finally {
    tracker?.end();
    await handle.close();
  }
}

/** The chunks as they are, the consumer's progress told as it takes each one. */
async function* trackChunks(
  file: string,
  chunks: AsyncGenerator<Uint8Array>,
  progress: ReadProgressSink,
): AsyncGenerator<Uint8Array> {
  const size = await fs.stat(file).then(
    (s) => (s.isFile() ? s.size : null),
    () => null,
  );
  const tracker = progress.begin(file, size);
  let total = 0;
  try {
    for await (const chunk of chunks) {
      // Told when the consumer asks for the next one: by then it has parsed this one.
      yield chunk;
      total += chunk.length;
      tracker.update(total);
    }
  } finally {
    tracker.end();
  }
}

function explain(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'it is a directory, expected a file'
      : code === 'EACCES'
        ? 'permission denied'
        : `cannot be read (${code ?? String(e)})`;
}

/** Chunks large enough that per-chunk costs vanish, small enough to stay out of the way. */
const CHUNK_BYTES = 1024 * 1024;

/*
 * Two buffers, refilled in turn: the next chunk is read (on libuv's threads) while the consumer
 * works on this one, and a fresh megabyte per chunk would sit dead in memory until the garbage
 * collector noticed it (tens of megabytes for a large report).
 */
async function* readChunks(file: string, chunkSize: number): AsyncGenerator<Uint8Array> {
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw new RangeError('chunkSize must be a positive integer');
  const handle = await fs.open(file, 'r').catch((e: unknown) => {
    throw new InputError(explain(e), { file });
  });
  /** Fills a buffer from the file's current position; resolves to the bytes read (0 at the end). */
  const fill = async (buffer: Uint8Array): Promise<number> => {
    let filled = 0;
    // A read may return less than asked (pipes, network file systems): fill the chunk.
    while (filled < chunkSize) {
      const { bytesRead } = await handle
        .read(buffer, filled, chunkSize - filled, null)
        .catch((e: unknown) => {
          throw new InputError(explain(e), { file });
        });
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled;
  };
  const buffers = [new Uint8Array(chunkSize), new Uint8Array(chunkSize)];
  let pending: Promise<number> | null = fill(buffers[0]!);
  try {
    for (let turn = 0; ; turn = 1 - turn) {
      const filled = await pending!;
      pending = null;
      if (filled === 0) return;
      // The other buffer is free: the consumer let go of it when it asked for this chunk.
      if (filled === chunkSize) pending = fill(buffers[1 - turn]!);
      const buffer = buffers[turn]!;
      yield filled === chunkSize ? buffer : buffer.subarray(0, filled);
      if (filled < chunkSize) return;
    }
  } finally {
    // A read still under way must end before the file closes (the consumer may stop early).
    await pending?.catch(() => 0);
    await handle.close();
  }
}

/** Tracked and untracked-but-not-ignored files, when `root` is inside a git work tree. */
function gitLsFiles(root: string): Promise<Set<string> | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      { cwd: root, maxBuffer: 256 * 1024 * 1024, timeout: 10_000 },
      (err, stdout) => {
        if (err) return resolve(null);
        resolve(new Set(stdout.split('\0').filter((s) => s !== '')));
      },
    );
  });
}
