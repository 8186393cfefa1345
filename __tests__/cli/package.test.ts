import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The npm package as a user gets it: `npm pack` of this repository, installed into an empty project
 * with no registry (the tarball must need nothing else), and `test-ladder` run from its bin link.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tmp(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'test-ladder-pack-'));
  temps.push(d);
  return d;
}

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

describe('the npm package', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

  it('has no runtime dependencies: dist/cli.js bundles everything it needs', () => {
    expect(pkg['dependencies'] ?? {}).toEqual({});
    expect(pkg['bin']).toEqual({ 'test-ladder': 'dist/cli.js' });
    expect(pkg['engines']).toEqual({ node: '>=20' });
  });

  it('packs the CLI, the schema, the changelog, the README and the licence, and nothing else', () => {
    const [listing] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT)) as {
      files: { path: string }[];
    }[];
    expect(listing!.files.map((f) => f.path).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'package.json',
      'schema/test-ladder.schema.json',
    ]);
  });

  it('installs offline from the tarball into an empty project, and `test-ladder` reads a report', () => {
    const dir = tmp();
    const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', dir], ROOT)
      .trim()
      .split('\n')
      .pop()!;
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }),
    );
    npm(['install', '--offline', '--ignore-scripts', path.join(dir, tarball)], dir);
    expect(readdirSync(path.join(dir, 'node_modules')).sort()).toEqual([
      '.bin',
      '.package-lock.json',
      'test-ladder',
    ]);
    const r = spawnSync(
      path.join(dir, 'node_modules/.bin/test-ladder'),
      ['coverage', path.join(ROOT, 'examples/reports/coverage.xml'), '--json'],
      { cwd: dir, encoding: 'utf8', timeout: 30_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { lines: { covered: number; total: number } };
    // coverage.py's own figure for examples/ (README): 130 of 168 lines.
    expect([out.lines.covered, out.lines.total]).toEqual([130, 168]);
  });
});
