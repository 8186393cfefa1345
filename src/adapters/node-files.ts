import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob as tinyglob } from 'tinyglobby';
import { InputError } from '../model/errors.js';
import type { Files } from './types.js';

/** The largest report read in one piece; larger ones need the streaming reader. */
const MAX_TEXT_BYTES = 512 * 1024 * 1024 - 64;

export function nodeFiles(): Files {
  return {
    async readText(file) {
      const bytes = await readOrExplain(file);
      if (bytes.length > MAX_TEXT_BYTES)
        throw new InputError(
          `the file is ${bytes.length} bytes, over the ${MAX_TEXT_BYTES}-byte limit for one report`,
          {
            file,
          },
        );
      return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    },
    readBytes: readOrExplain,
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
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory, expected a file'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot be read (${code ?? String(e)})`;
    throw new InputError(why, { file });
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
