import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArtifactStore, RunArtifact, Scratch } from '../github/ports.js';
import { nameProblem } from '../github/zip.js';

/**
 * This run's artifacts through the results service, with @actions/artifact. The package costs
 * about 150 ms to load, so it is imported on first use, never at start-up (the CLI never loads it).
 * Null when the job has no artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set
 * by the runner for every job on GitHub).
 */
export function artifactStore(
  env: Readonly<Record<string, string | undefined>>,
  scratch: Scratch,
): ArtifactStore | null {
  if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) return null;
  const client = async () => new (await import('@actions/artifact')).DefaultArtifactClient();
  return {
    async upload(name, dir, files) {
      const res = await (
        await client()
      ).uploadArtifact(
        name,
        files.map((f) => path.join(dir, f)),
        dir,
        {},
      );
      return { id: res.id ?? null, size: res.size ?? null };
    },
    async list() {
      const res = await (await client()).listArtifacts({ latest: true });
      return res.artifacts.map((a): RunArtifact => ({
        id: a.id,
        name: a.name,
        size: a.size,
        expired: false,
        digest: a.digest ?? null,
      }));
    },
    async download(artifact, maxBytes) {
      if (artifact.size > maxBytes) throw new Error(`${artifact.size} bytes, more than ${maxBytes}`);
      const dir = await scratch.dir('download');
      try {
        // The zip is kept as it is and read by readArtifactZip, which refuses what it should not
        // extract; the package's own extraction has no such limits.
        const res = await (
          await client()
        ).downloadArtifact(artifact.id, {
          path: dir,
          skipDecompress: true,
          ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
        });
        if (res.digestMismatch) throw new Error(`the download does not match the listed ${artifact.digest}`);
        const [file, ...more] = await scratch.list(dir);
        if (!file || more.length > 0) throw new Error('the download did not give exactly one file');
        const bytes = await readFile(path.join(dir, file));
        if (bytes.length > maxBytes) throw new Error(`${bytes.length} bytes, more than ${maxBytes}`);
        return bytes;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Scratch directories under RUNNER_TEMP (the runner empties it after the job). */
export function nodeScratch(root: string = tmpdir()): Scratch & { cleanup(): Promise<void> } {
  const made: string[] = [];
  return {
    async dir(label) {
      await mkdir(root, { recursive: true });
      const dir = await mkdtemp(path.join(root, `test-ladder-${label.replace(/[^A-Za-z0-9._-]/g, '_')}-`));
      made.push(dir);
      return dir;
    },
    async write(dir, files) {
      for (const [name, bytes] of files) {
        // Names were checked when the zip was read; this is the last line of defence.
        if (nameProblem(name)) throw new Error(`refusing to write ${JSON.stringify(name)}`);
        await writeFile(path.join(dir, name), bytes, { flag: 'wx' });
      }
    },
    async list(dir) {
      const entries = await readdir(dir, { withFileTypes: true });
      return entries
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort();
    },
    async cleanup() {
      await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}
