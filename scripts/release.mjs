#!/usr/bin/env node
// Cuts a release: semantic version vX.Y.Z plus the moving major tag vX that workflows use
// (`uses: test-ladder/test-ladder@v1`).
//
//   node scripts/release.mjs <major|minor|patch|X.Y.Z> [--push] [--dry-run]
//
// It refuses to tag unless
//   1. the work tree is clean and HEAD is on a branch,
//   2. dist/ is exactly a fresh build of the source (`npm run bundle`, then `git status --porcelain dist`),
//   3. `npm test` passes,
//   4. the version is above the current one, its tag does not exist yet, and CHANGELOG.md has
//      entries under "## [Unreleased]".
// Then it moves the Unreleased entries under "## [X.Y.Z] - date", writes the version into
// package.json, package-lock.json and src/version.ts, rebuilds dist/ (the version is bundled),
// commits "Release vX.Y.Z", tags vX.Y.Z (annotated) and moves vX to it. --push pushes the branch,
// the new tag and the moved major tag (force: moving it is the point). --dry-run stops after the
// checks and prints what it would do. .github/workflows/release.yml runs it on workflow_dispatch.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPOSITORY_URL = 'https://github.com/test-ladder/test-ladder';
const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** The version after `current` for `spec`: major, minor, patch or an exact X.Y.Z above it. */
export function nextVersion(current, spec) {
  const m = SEMVER.exec(current);
  if (!m) throw new Error(`the current version "${current}" is not X.Y.Z`);
  const [major, minor, patch] = m.slice(1).map(Number);
  let next;
  if (spec === 'major') next = `${major + 1}.0.0`;
  else if (spec === 'minor') next = `${major}.${minor + 1}.0`;
  else if (spec === 'patch') next = `${major}.${minor}.${patch + 1}`;
  else if (SEMVER.test(spec)) next = spec;
  else throw new Error(`"${spec}" is not major, minor, patch or a version X.Y.Z`);
  if (compareVersions(next, current) <= 0)
    throw new Error(`${next} is not above the current version ${current}`);
  return next;
}

export function compareVersions(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return Math.sign(x[i] - y[i]);
  return 0;
}

/** "v1" for 1.4.2: the tag workflows pin to. */
export function majorTag(version) {
  return `v${version.split('.')[0]}`;
}

/**
 * CHANGELOG.md (Keep a Changelog) with the Unreleased entries moved under `## [version] - date`,
 * a fresh empty Unreleased section, and the compare links at the bottom updated.
 */
export function releaseChangelog(text, version, date, previous, url = REPOSITORY_URL) {
  const heading = /^## \[Unreleased\][^\n]*\n/m.exec(text);
  if (!heading) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
  const start = heading.index + heading[0].length;
  const next = text.slice(start).search(/^## \[/m);
  const end = next === -1 ? text.length : start + next;
  // The link definitions at the bottom are not entries.
  const body = text
    .slice(start, end)
    .replace(/^\[[^\]]+\]: .*$/gm, '')
    .trim();
  if (!/^\s*- /m.test(body))
    throw new Error('CHANGELOG.md has no entries under "## [Unreleased]": nothing to release');
  if (new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm').test(text))
    throw new Error(`CHANGELOG.md already has a section for ${version}`);
  let out = `${text.slice(0, start)}\n## [${version}] - ${date}\n\n${body}\n\n${text.slice(end).replace(/^\n+/, '')}`;
  const links = [
    `[Unreleased]: ${url}/compare/v${version}...HEAD`,
    previous
      ? `[${version}]: ${url}/compare/v${previous}...v${version}`
      : `[${version}]: ${url}/releases/tag/v${version}`,
  ];
  out = out.replace(/^\[Unreleased\]: .*$/m, links.join('\n'));
  if (!out.includes(links[0])) out = `${out.trimEnd()}\n\n${links.join('\n')}\n`;
  return out;
}

/** The newest version that has a section of its own in the changelog, or null. */
export function lastReleased(text) {
  return /^## \[(\d+\.\d+\.\d+)\]/m.exec(text)?.[1] ?? null;
}

function main(argv) {
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !['--push', '--dry-run'].includes(f));
  if (args.length !== 1 || unknown.length > 0) {
    process.stderr.write('usage: node scripts/release.mjs <major|minor|patch|X.Y.Z> [--push] [--dry-run]\n');
    return 2;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  process.chdir(root);
  const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
  const step = (m) => process.stderr.write(`\n== ${m}\n`);
  const refuse = (m) => {
    process.stderr.write(`release refused: ${m}\n`);
    return 1;
  };
  const npm = (...a) =>
    spawnSync('npm', a, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;

  step('the work tree');
  if (git('status', '--porcelain') !== '')
    return refuse('the work tree has changes; commit or stash them first');
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  if (branch === 'HEAD') return refuse('HEAD is detached; release from a branch');

  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  let version;
  try {
    version = nextVersion(pkg.version, args[0]);
  } catch (e) {
    return refuse(e.message);
  }
  const tag = `v${version}`;
  const major = majorTag(version);
  if (git('tag', '--list', tag) !== '') return refuse(`the tag ${tag} exists already`);
  const date = new Date().toISOString().slice(0, 10);
  let newChangelog;
  try {
    newChangelog = releaseChangelog(changelog, version, date, lastReleased(changelog));
  } catch (e) {
    return refuse(e.message);
  }

  step('dist/ must be a fresh build of the source');
  if (!npm('run', 'bundle')) return refuse('npm run bundle failed');
  const drift = git('status', '--porcelain', '--', 'dist');
  if (drift !== '')
    return refuse(`dist/ differs from a fresh build; run 'npm run bundle' and commit dist/:\n${drift}`);

  step('npm test');
  if (!npm('test')) return refuse('npm test failed');

  if (flags.has('--dry-run')) {
    process.stdout.write(
      `dry run: every check passed; would release ${pkg.version} → ${version} on ${branch}, tag ${tag} and move ${major}\n`,
    );
    return 0;
  }

  step(`${pkg.version} → ${version}`);
  writeFileSync('CHANGELOG.md', newChangelog);
  pkg.version = version;
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  const versionTs = readFileSync('src/version.ts', 'utf8');
  const bumped = versionTs.replace(/VERSION = '[^']*'/, `VERSION = '${version}'`);
  if (bumped === versionTs) return refuse("src/version.ts has no VERSION = '…' to update");
  writeFileSync('src/version.ts', bumped);
  if (!npm('run', 'bundle')) return refuse('npm run bundle failed after the version bump');

  step(`commit, tag ${tag}, move ${major}`);
  git('add', '--', 'CHANGELOG.md', 'package.json', 'package-lock.json', 'src/version.ts', 'dist');
  git('commit', '--quiet', '-m', `Release ${tag}`);
  git('tag', '-a', tag, '-m', `${tag}`);
  git('tag', '-f', '-a', major, '-m', `${major}: latest ${major}.x release, now ${tag}`);

  if (flags.has('--push')) {
    step('push');
    git('push', 'origin', `HEAD:refs/heads/${branch}`);
    git('push', 'origin', `refs/tags/${tag}`);
    git('push', '--force', 'origin', `refs/tags/${major}`);
  }
  process.stdout.write(
    `released ${tag} (${major} moved to it)${flags.has('--push') ? ', pushed' : '; push with: git push origin HEAD ' + tag + ' && git push --force origin ' + major}\n`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  process.exitCode = main(process.argv.slice(2));
