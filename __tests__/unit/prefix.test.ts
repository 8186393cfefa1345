import { describe, expect, it } from 'vitest';
import { PathMapper, type PathContext } from '../../src/analysis/paths.js';
import { describePrefixSuggestion, suggestPathPrefix } from '../../src/analysis/prefix.js';

/** Maps `reported` the way mapReportPaths does, then asks for a suggestion. */
function suggest(repo: readonly string[], reported: readonly string[], over: Partial<PathContext> = {}) {
  const ctx: PathContext = { workspace: '/home/runner/work/r/r', repoFiles: new Set(repo), ...over };
  const mapper = new PathMapper(ctx);
  return suggestPathPrefix(
    reported.map((r) => mapper.map(r, [])),
    ctx,
  );
}

describe('suggestPathPrefix', () => {
  it('a report written in a container for one service: strip the container root, add the service folder', () => {
    const repo = [
      'services/api/src/a.ts',
      'services/api/src/b.ts',
      'services/api/src/lib/c.ts',
      'services/web/src/a.ts',
      'README.md',
    ];
    const s = suggest(repo, ['/app/src/a.ts', '/app/src/b.ts', '/app/src/lib/c.ts']);
    expect(s).toEqual({ strip: '/app/', add: 'services/api/', wouldMap: 3, unmapped: 3 });
    expect(describePrefixSuggestion(s!)).toBe(
      '3 coverage paths match no file in the repository; coverage.path-prefix: {strip: [/app/], add: services/api/} would map all of them',
    );
  });

  it('a package-relative report: the paths mapped by their tail settle which folder the ambiguous ones are in', () => {
    const repo = [
      'services/api/src/index.ts',
      'services/web/src/index.ts',
      'services/api/src/routes.ts',
      'services/api/src/db.ts',
    ];
    const s = suggest(repo, ['src/index.ts', 'src/routes.ts', 'src/db.ts']);
    expect(s).toEqual({ add: 'services/api/', wouldMap: 1, unmapped: 1 });
    expect(describePrefixSuggestion(s!)).toBe(
      '1 coverage path matches no file in the repository; coverage.path-prefix: {add: services/api/} would map it',
    );
  });

  it('quotes what YAML would misread (a drive letter) so the line can be pasted', () => {
    const s = suggest(['pkg/a.h', 'pkg/b.c'], ['D:/w/a.h', 'D:/w/b.c']);
    expect(s).toEqual({ strip: 'D:/w/', add: 'pkg/', wouldMap: 2, unmapped: 2 });
    expect(describePrefixSuggestion(s!)).toBe(
      "2 coverage paths match no file in the repository; coverage.path-prefix: {strip: ['D:/w/'], add: pkg/} would map all of them",
    );
  });

  it('an absolute path whose tail is a repository file already maps: nothing to suggest', () => {
    expect(suggest(['a.h', 'src/b.c'], ['/opt/build/a.h', '/opt/build/src/b.c'])).toBeNull();
  });

  it('says how many of them when it maps most but not all', () => {
    const repo = ['pkg/x/a.py', 'pkg/x/b.py', 'other/x/a.py', 'other/x/b.py'];
    const s = suggest(repo, ['/srv/x/a.py', '/srv/x/b.py', '/srv/x/generated.py']);
    // pkg/ and other/ map the same two files with the same votes: no way to choose.
    expect(s).toBeNull();
    const u = suggest(['pkg/x/a.py', 'pkg/x/b.py'], ['/srv/x/a.py', '/srv/x/b.py', '/srv/x/generated.py']);
    expect(u).toEqual({ strip: '/srv/', add: 'pkg/', wouldMap: 2, unmapped: 3 });
    expect(describePrefixSuggestion(u!)).toBe(
      '3 coverage paths match no file in the repository; coverage.path-prefix: {strip: [/srv/], add: pkg/} would map 2 of them',
    );
  });

  it('suggests nothing that maps half or fewer of the unmapped paths', () => {
    const repo = ['pkg/x/a.py', 'pkg/x/b.py'];
    expect(suggest(repo, ['/srv/x/a.py', '/srv/x/b.py', '/srv/x/c.py', '/srv/x/d.py'])).toBeNull();
  });

  it('suggests nothing when one folder is as likely as another', () => {
    const repo = ['services/api/src/index.ts', 'services/web/src/index.ts'];
    expect(suggest(repo, ['src/index.ts'])).toBeNull();
  });

  it('refuses a prefix that would move a path that maps now', () => {
    // add pkg/ maps z.ts and y.ts, but would turn the exact a.ts into pkg/a.ts.
    const repo = ['a.ts', 'pkg/a.ts', 'pkg/z.ts', 'pkg/y.ts'];
    expect(suggest(repo, ['a.ts', '/app/z.ts', '/app/y.ts'])).toBeNull();
    // Without a.ts in the report the same prefix is fine.
    expect(suggest(repo, ['/app/z.ts', '/app/y.ts'])).toEqual({
      strip: '/app/',
      add: 'pkg/',
      wouldMap: 2,
      unmapped: 2,
    });
  });

  it('nothing to suggest without a file list or without unmapped paths', () => {
    expect(suggest(['src/a.ts'], ['/app/src/a.ts'], { repoFiles: null })).toBeNull();
    expect(suggest(['src/a.ts'], ['src/a.ts', '/home/runner/work/r/r/src/a.ts'])).toBeNull();
    expect(suggest(['src/a.ts'], ['/app/nothing/like/it.ts'])).toBeNull();
  });

  it('replaces the configured prefix rather than adding to it', () => {
    const repo = ['services/api/src/a.ts', 'services/api/src/b.ts'];
    // The configured add is wrong (web, not api): the suggestion says what to write instead.
    const s = suggest(repo, ['/app/src/a.ts', '/app/src/b.ts'], {
      prefix: { strip: ['/app/'], add: 'services/web/' },
    });
    expect(s).toEqual({ strip: '/app/', add: 'services/api/', wouldMap: 2, unmapped: 2 });
  });
});
