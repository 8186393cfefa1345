import { describe, expect, it } from 'vitest';
import type { PathPrefix } from '../../src/config/types.js';
import {
  applyPathPrefix,
  isAbsolutePath,
  mapReportPaths,
  normalizePath,
  PathMapper,
  type PathContext,
} from '../../src/analysis/paths.js';
import type { CoverageReport, FileCoverage } from '../../src/model/coverage.js';
import { fileCoverage } from '../helpers/coverage.js';

const REPO = new Set([
  'src/a.ts',
  'src/lib/b.ts',
  'pkg/mod.py',
  'pkg/sub/mod.py',
  'docs/readme.md',
  'outside/x.py',
]);
const ctx = (over: Partial<PathContext> = {}): PathContext => ({ workspace: null, repoFiles: REPO, ...over });
const map = (reported: string, roots: readonly string[] = [], over: Partial<PathContext> = {}) => {
  const m = new PathMapper(ctx(over)).map(reported, roots);
  return [m.path, m.by];
};

describe('normalizePath', () => {
  const cases: [string, string][] = [
    ['./src/a.ts', 'src/a.ts'],
    ['src\\lib\\b.ts', 'src/lib/b.ts'],
    ['src//lib/./b.ts', 'src/lib/b.ts'],
    ['  src/a.ts \n', 'src/a.ts'],
    ['src/lib/../a.ts', 'src/a.ts'],
    ['../a.ts', '../a.ts'],
    ['src/../../a.ts', '../a.ts'],
    ['../../x/../y', '../../y'],
    ['/home/x/../../../etc', '/etc'],
    ['D:\\a\\r\\r\\src\\a.ts', 'D:/a/r/r/src/a.ts'],
    ['D:\\a\\..\\..\\b', 'D:/b'],
    ['file:///home/runner/work/r/r/src/a.ts', '/home/runner/work/r/r/src/a.ts'],
    ['file:///D:/a/r/r/src/a.ts', 'D:/a/r/r/src/a.ts'],
    ['/', '/'],
    ['.', ''],
  ];
  for (const [input, out] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(out)}`, () => {
      expect(normalizePath(input)).toBe(out);
    });
  }

  it('isAbsolutePath: POSIX and drive paths only', () => {
    expect(['/a', 'C:/a', 'c:/a', 'a/b', './a', 'C:a', '\\a'].map(isAbsolutePath)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('PathMapper.map', () => {
  it('runner prefixes: Linux, container, Windows, macOS', () => {
    expect(map('/home/runner/work/r/r/src/a.ts')).toEqual(['src/a.ts', 'runner-prefix']);
    expect(map('/__w/r/r/src/lib/b.ts')).toEqual(['src/lib/b.ts', 'runner-prefix']);
    expect(map('D:\\a\\r\\r\\src\\a.ts')).toEqual(['src/a.ts', 'runner-prefix']);
    expect(map('d:/a/my-repo/my-repo/pkg/mod.py')).toEqual(['pkg/mod.py', 'runner-prefix']);
    expect(map('/Users/runner/work/r/r/src/a.ts')).toEqual(['src/a.ts', 'runner-prefix']);
  });

  it('the workspace is stripped first, with or without a trailing slash or backslashes', () => {
    expect(map('/github/workspace/src/a.ts', [], { workspace: '/github/workspace/' })).toEqual([
      'src/a.ts',
      'workspace',
    ]);
    expect(map('C:\\w\\src\\a.ts', [], { workspace: 'C:\\w' })).toEqual(['src/a.ts', 'workspace']);
    // A sibling directory that merely starts with the workspace's name is not inside it.
    expect(map('/github/workspace2/src/a.ts', [], { workspace: '/github/workspace' })).toEqual([
      'src/a.ts',
      'suffix',
    ]);
  });

  it('relative paths: ./ prefix and backslashes name the file exactly', () => {
    expect(map('./src/a.ts')).toEqual(['src/a.ts', 'exact']);
    expect(map('src\\lib\\b.ts')).toEqual(['src/lib/b.ts', 'exact']);
  });

  it('Cobertura <source> roots: absolute, relative, and the first root naming a repository file wins', () => {
    expect(map('mod.py', ['/home/runner/work/r/r/pkg'])).toEqual(['pkg/mod.py', 'runner-prefix']);
    expect(map('mod.py', ['/ws/pkg/sub'], { workspace: '/ws' })).toEqual(['pkg/sub/mod.py', 'workspace']);
    expect(map('mod.py', ['pkg'])).toEqual(['pkg/mod.py', 'exact']);
    expect(map('mod.py', ['./nowhere', 'pkg/sub', 'pkg'])).toEqual(['pkg/sub/mod.py', 'exact']);
    expect(map('sub/mod.py', ['.'])).toEqual(['pkg/sub/mod.py', 'suffix']);
  });

  it('`..` that climbs out of the repository is never mapped inside it', () => {
    expect(map('../outside/x.py')).toEqual([null, null]);
    expect(map('src/../../outside/x.py')).toEqual([null, null]);
    expect(map('../outside/x.py', [], { repoFiles: null })).toEqual([null, null]);
    expect(map('/home/runner/work/r/r/../../../outside/x.py', [], { repoFiles: null })).toEqual([null, null]);
    // `..` that stays inside is resolved.
    expect(map('src/lib/../a.ts')).toEqual(['src/a.ts', 'exact']);
  });

  it('suffix matching: a unique tail maps; an ambiguous one does not; the longest contained path wins', () => {
    expect(map('/opt/build/src/lib/b.ts')).toEqual(['src/lib/b.ts', 'suffix']);
    expect(map('lib/b.ts')).toEqual(['src/lib/b.ts', 'suffix']);
    expect(map('a.ts')).toEqual(['src/a.ts', 'suffix']);
    // pkg/mod.py and pkg/sub/mod.py both end in mod.py; nothing in the path tells them apart.
    expect(map('mod.py')).toEqual([null, null]);
    expect(map('/opt/elsewhere/mod.py')).toEqual([null, null]);
    // Both are contained in this path; pkg/sub/mod.py is the longer, more specific one.
    expect(map('/opt/x/pkg/sub/mod.py')).toEqual(['pkg/sub/mod.py', 'suffix']);
    // No file of that name at all.
    expect(map('/opt/x/src/zzz.ts')).toEqual([null, null]);
    // The same name in a different folder is not a tail match.
    expect(map('other/a.ts')).toEqual([null, null]);
  });

  it('two equally long contained candidates are ambiguous', () => {
    const m = new PathMapper({ workspace: null, repoFiles: new Set(['a/x.c', 'b/x.c']) });
    expect(m.map('/opt/a/x.c', []).path).toBe('a/x.c');
    expect(m.map('x.c', []).path).toBeNull();
  });

  it('without a repository file list, relative paths are taken unverified; unknown absolute ones are not', () => {
    expect(map('./src/new.ts', [], { repoFiles: null })).toEqual(['src/new.ts', 'unverified']);
    expect(map('/home/runner/work/r/r/src/new.ts', [], { repoFiles: null })).toEqual([
      'src/new.ts',
      'unverified',
    ]);
    expect(map('/opt/build/src/new.ts', [], { repoFiles: null })).toEqual([null, null]);
  });
});

const file = (path: string, lines: number[], hits: number[]): FileCoverage =>
  fileCoverage({ path, lines, hits });

describe('mapReportPaths', () => {
  const report = (files: FileCoverage[], roots: string[] = []): CoverageReport => ({
    sources: [{ file: 'r.xml', format: 'cobertura', roots }],
    files,
  });

  it('rewrites paths, merges two report paths naming one file, keeps unmapped ones normalized and counted', () => {
    const r = mapReportPaths(
      report([
        file('/home/runner/work/r/r/src/a.ts', [1, 2], [1, 0]),
        file('./src/a.ts', [2, 3], [4, 0]),
        file('C:\\elsewhere\\zzz.ts', [1], [1]),
      ]),
      ctx(),
    );
    expect(r.report.files).toEqual([
      file('C:/elsewhere/zzz.ts', [1], [1]),
      file('src/a.ts', [1, 2, 3], [1, 4, 0]),
    ]);
    expect(r.report.sources).toEqual([{ file: 'r.xml', format: 'cobertura', roots: [] }]);
    expect(r.mappings).toEqual([
      { reported: '/home/runner/work/r/r/src/a.ts', path: 'src/a.ts', by: 'runner-prefix' },
      { reported: './src/a.ts', path: 'src/a.ts', by: 'exact' },
      { reported: 'C:\\elsewhere\\zzz.ts', path: null, by: null },
    ]);
    expect(r.summary).toEqual({
      mapped: 2,
      unmapped: ['C:\\elsewhere\\zzz.ts'],
      bySuffix: 0,
      suggestedPrefix: null,
    });
  });

  it("uses the report's <source> roots", () => {
    const r = mapReportPaths(report([file('mod.py', [1], [1])], ['/__w/r/r/pkg']), ctx());
    expect(r.report.files.map((f) => f.path)).toEqual(['pkg/mod.py']);
  });

  it('suggests the prefix when every suffix match is a relative path under one folder', () => {
    const repo = new Set(['svc/api/src/a.ts', 'svc/api/src/lib/b.ts', 'svc/web/c.ts']);
    const r = mapReportPaths(report([file('src/a.ts', [1], [1]), file('src/lib/b.ts', [1], [0])]), {
      workspace: null,
      repoFiles: repo,
    });
    expect(r.summary).toEqual({ mapped: 2, unmapped: [], bySuffix: 2, suggestedPrefix: 'svc/api/' });
  });

  it('suggests nothing when the suffix matches need different prefixes, or are absolute', () => {
    const repo = new Set(['svc/api/a.ts', 'svc/web/b.ts']);
    const two = mapReportPaths(report([file('a.ts', [1], [1]), file('b.ts', [1], [1])]), {
      workspace: null,
      repoFiles: repo,
    });
    expect(two.summary).toEqual({ mapped: 2, unmapped: [], bySuffix: 2, suggestedPrefix: null });
    const abs = mapReportPaths(report([file('/opt/b/svc/api/a.ts', [1], [1])]), {
      workspace: null,
      repoFiles: repo,
    });
    expect(abs.summary).toEqual({ mapped: 1, unmapped: [], bySuffix: 1, suggestedPrefix: null });
  });

  it('exact and prefix mappings are not counted as suffix matches and suggest nothing', () => {
    const r = mapReportPaths(
      report([file('src/a.ts', [1], [1]), file('/__w/r/r/pkg/mod.py', [1], [1])]),
      ctx(),
    );
    expect(r.summary).toEqual({ mapped: 2, unmapped: [], bySuffix: 0, suggestedPrefix: null });
  });
});

describe('applyPathPrefix (coverage.path-prefix)', () => {
  const cases: [string, PathPrefix, string][] = [
    ['/app/src/a.ts', { strip: ['/app'], add: '' }, 'src/a.ts'],
    ['/app/src/a.ts', { strip: ['/app/'], add: 'services/api/' }, 'services/api/src/a.ts'],
    // Folder boundaries only: /app does not strip /application.
    ['/application/a.ts', { strip: ['/app'], add: 'x' }, '/application/a.ts'],
    // The longest matching entry wins, whatever the order written.
    ['/srv/build/web/a.ts', { strip: ['/srv', '/srv/build/web/', '/srv/build'], add: '' }, 'a.ts'],
    // Entries are normalized like report paths: backslashes, `./`, doubled slashes.
    ['C:/b/r/src/a.ts', { strip: ['C:\\b\\r\\'], add: '' }, 'src/a.ts'],
    ['build/src/a.ts', { strip: ['./build//'], add: '' }, 'src/a.ts'],
    ['src/a.ts', { strip: ['.'], add: '' }, 'src/a.ts'],
    ['/x/a.ts', { strip: ['/'], add: 'pkg' }, 'pkg/x/a.ts'],
    // add goes in front of relative paths only, with `..` resolved against it.
    ['src/a.ts', { strip: [], add: 'packages/web' }, 'packages/web/src/a.ts'],
    ['../shared/x.ts', { strip: [], add: 'packages/web/' }, 'packages/shared/x.ts'],
    ['/opt/a.ts', { strip: ['/app'], add: 'services/api/' }, '/opt/a.ts'],
    // A path that is only the prefix is a folder: left alone.
    ['/app', { strip: ['/app'], add: 'x/' }, '/app'],
  ];
  for (const [path, prefix, out] of cases) {
    it(`${path} with ${JSON.stringify(prefix)} → ${out}`, () => {
      expect(applyPathPrefix(path, prefix)).toBe(out);
    });
  }
});

describe('PathMapper with a path-prefix', () => {
  const MONO = new Set([
    'services/api/src/a.ts',
    'services/web/src/a.ts',
    'services/api/src/b.ts',
    'src/a.ts',
  ]);
  const mapper = (prefix: PathPrefix | null, repoFiles: ReadonlySet<string> | null = MONO) =>
    new PathMapper({ workspace: '/home/runner/work/r/r', repoFiles, prefix });

  it('applies the prefix before anything else and says so', () => {
    const m = mapper({ strip: ['/app/'], add: 'services/api/' });
    expect(m.map('/app/src/a.ts', [])).toEqual({
      reported: '/app/src/a.ts',
      path: 'services/api/src/a.ts',
      by: 'path-prefix',
    });
    // Relative paths get add: the ambiguous src/a.ts now names one file (without it, the exact
    // src/a.ts at the root would win).
    expect(m.map('src/a.ts', []).path).toBe('services/api/src/a.ts');
    expect(mapper(null).map('src/a.ts', [])).toEqual({ reported: 'src/a.ts', path: 'src/a.ts', by: 'exact' });
  });

  it('leaves paths the prefix does not touch to the usual rules, labelled as before', () => {
    const m = mapper({ strip: ['/app/'], add: '' });
    expect(m.map('/home/runner/work/r/r/src/a.ts', []).by).toBe('workspace');
    expect(m.map('src/a.ts', [])).toEqual({ reported: 'src/a.ts', path: 'src/a.ts', by: 'exact' });
  });

  it('applies the prefix to Cobertura root candidates too, and falls back to the tail', () => {
    const m = mapper({ strip: ['/app'], add: 'services/web' });
    expect(m.map('a.ts', ['/app/src']).path).toBe('services/web/src/a.ts');
    // No file is services/web/lib/b.ts, and no file ends with it: unmapped, loudly.
    expect(m.map('lib/b.ts', []).path).toBeNull();
    // api/src/b.ts after the prefix is not a file, but it is the tail of exactly one.
    expect(mapper({ strip: ['/app'], add: '' }).map('/app/api/src/b.ts', [])).toEqual({
      reported: '/app/api/src/b.ts',
      path: 'services/api/src/b.ts',
      by: 'suffix',
    });
  });

  it('without a file list, the prefixed path is taken unverified', () => {
    expect(mapper({ strip: ['/app/'], add: 'svc/' }, null).map('/app/src/new.ts', [])).toEqual({
      reported: '/app/src/new.ts',
      path: 'svc/src/new.ts',
      by: 'unverified',
    });
  });
});
