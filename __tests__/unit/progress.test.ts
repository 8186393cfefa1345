import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleReporter, PROGRESS_DEFAULTS, terminalProgress } from '../../src/adapters/console-reporter.js';
import { nodeFiles, type ReadProgressSink } from '../../src/adapters/node-files.js';
import { progressLine } from '../../src/report/terminal.js';

const CLEAR = '\r\x1b[2K';
const MiB = 1024 * 1024;

/** A terminal that records what is written, and a clock the test moves. */
function fakeTty(o: { columns?: number; isTTY?: boolean } = {}) {
  const writes: string[] = [];
  let t = 0;
  // A stream without isTTY at all (a file, a pipe) as well as one where it is false.
  const stream = {
    ...('isTTY' in o ? (o.isTTY === undefined ? {} : { isTTY: o.isTTY }) : { isTTY: true }),
    columns: o.columns ?? 200,
    write: (s: string) => writes.push(s),
  };
  return { stream, writes, now: () => t, at: (ms: number) => void (t = ms) };
}

/** The line drawn for a read at `elapsedMs`: the same text progressLine gives. */
const drawn = (file: string, bytesRead: number, totalBytes: number | null, elapsedMs: number) =>
  `${CLEAR}${progressLine({ file, bytesRead, totalBytes, elapsedMs })}`;

describe('terminalProgress', () => {
  it('defaults: shown after 1 s (or at once for 64 MiB and more), at most 4 times a second', () => {
    expect(PROGRESS_DEFAULTS).toEqual({ delayMs: 1000, largeBytes: 64 * MiB, intervalMs: 250 });
  });

  it('writes nothing at all when the stream is not a TTY (a CI log), however long the read', () => {
    for (const isTTY of [false, undefined]) {
      const tty = fakeTty({ columns: 80, isTTY });
      const p = terminalProgress(tty.stream, { now: tty.now });
      const r = p.begin('big.xml', 1024 * MiB);
      for (let ms = 0; ms <= 10_000; ms += 100) {
        tty.at(ms);
        r.update(ms * 1000);
      }
      p.interrupt();
      r.end();
      expect(tty.writes).toEqual([]);
    }
  });

  it('a quick read shows nothing', () => {
    const tty = fakeTty();
    const p = terminalProgress(tty.stream, { now: tty.now });
    const r = p.begin('small.xml', 10 * MiB);
    for (const ms of [0, 300, 600, 999]) {
      tty.at(ms);
      r.update(ms * 10_000);
    }
    r.end();
    expect(tty.writes).toEqual([]);
  });

  it('a slow read: drawn from 1 s, rewritten in place at most every 250 ms, cleared at the end', () => {
    const tty = fakeTty();
    const p = terminalProgress(tty.stream, { now: tty.now, display: (f) => path.basename(f) });
    tty.at(100);
    const r = p.begin('/w/reports/coverage.xml', 40 * MiB);
    const steps: [number, number][] = [
      [600, 5 * MiB], // 500 ms: not yet
      [1100, 10 * MiB], // 1000 ms: drawn
      [1200, 11 * MiB], // 100 ms after: no
      [1349, 12 * MiB], // 249 ms after: no
      [1350, 13 * MiB], // 250 ms after: drawn
      [1400, 14 * MiB], // no
    ];
    for (const [ms, bytes] of steps) {
      tty.at(ms);
      r.update(bytes);
    }
    r.end();
    expect(tty.writes).toEqual([
      drawn('coverage.xml', 10 * MiB, 40 * MiB, 1000),
      drawn('coverage.xml', 13 * MiB, 40 * MiB, 1250),
      CLEAR,
    ]);
    expect(tty.writes[0]).toBe(
      `${CLEAR}reading coverage.xml: 10.0 MiB of 40.0 MiB (25 %), 1.00 s, 10.0 MiB/s`,
    );
    // Ending again, or a read that never drew, clears nothing more.
    r.end();
    expect(tty.writes).toHaveLength(3);
  });

  it('a file of 64 MiB or more is shown from 250 ms; a read of unknown size has no percent', () => {
    const tty = fakeTty();
    const p = terminalProgress(tty.stream, { now: tty.now });
    const big = p.begin('big.lcov', 64 * MiB);
    tty.at(249);
    big.update(MiB);
    tty.at(250);
    big.update(2 * MiB);
    big.end();
    tty.at(1000);
    const pipe = p.begin('pipe.lcov', null);
    tty.at(2500);
    pipe.update(3 * MiB);
    pipe.end();
    expect(tty.writes).toEqual([
      drawn('big.lcov', 2 * MiB, 64 * MiB, 250),
      CLEAR,
      `${CLEAR}reading pipe.lcov: 3.0 MiB, 1.50 s, 2.0 MiB/s`,
      CLEAR,
    ]);
  });

  it('the line is cut to the terminal width so that it rewrites in place instead of wrapping', () => {
    const tty = fakeTty({ columns: 30 });
    const p = terminalProgress(tty.stream, { now: tty.now });
    const r = p.begin('reports/a-very-long-name-😀-coverage.xml', 10);
    tty.at(2000);
    r.update(5);
    const line = tty.writes[0]!.slice(CLEAR.length);
    expect([...line]).toHaveLength(29);
    expect(line).toBe('reading reports/a-very-long-…');
  });

  it('control characters in a file name never reach the terminal', () => {
    const tty = fakeTty();
    const p = terminalProgress(tty.stream, { now: tty.now });
    const r = p.begin('evil\x1b]0;title\x07\n.xml', 10);
    tty.at(2000);
    r.update(5);
    // eslint-disable-next-line no-control-regex
    expect(tty.writes[0]!.slice(CLEAR.length)).not.toMatch(/[\x00-\x1f\x7f]/);
  });

  it('other output clears the line first (interrupt); the next update draws it again', () => {
    const tty = fakeTty();
    const p = terminalProgress(tty.stream, { now: tty.now });
    const out: string[] = [];
    const err: string[] = [];
    const reporter = consoleReporter(
      { write: (s: string) => out.push(`${tty.writes.length}:${s}`) } as unknown as NodeJS.WritableStream,
      { write: (s: string) => err.push(`${tty.writes.length}:${s}`) } as unknown as NodeJS.WritableStream,
      p,
    );
    const r = p.begin('a.xml', 100);
    tty.at(1000);
    r.update(10);
    reporter.warning('odd report', { file: 'a.xml', line: 3 });
    tty.at(1050); // due again at once: the line is gone
    r.update(20);
    reporter.info('done');
    r.end();
    expect(tty.writes).toEqual([drawn('a.xml', 10, 100, 1000), CLEAR, drawn('a.xml', 20, 100, 1050), CLEAR]);
    // The warning went out after the first clear, the info after the second.
    expect(err).toEqual(['2:warning: a.xml:3: odd report\n']);
    expect(out).toEqual(['4:done\n']);
    // With nothing drawn, interrupt writes nothing.
    p.interrupt();
    expect(tty.writes).toHaveLength(4);
  });

  it('a read begun while another is drawn takes the line; the earlier one cannot clear it', () => {
    const tty = fakeTty();
    const p = terminalProgress(tty.stream, { now: tty.now });
    const first = p.begin('a.xml', 100);
    tty.at(1000);
    first.update(10);
    const second = p.begin('b.xml', 100);
    tty.at(2500);
    first.update(20); // no longer drawn
    second.update(30);
    first.end();
    expect(tty.writes).toEqual([drawn('a.xml', 10, 100, 1000), CLEAR, drawn('b.xml', 30, 100, 1500)]);
    second.end();
    expect(tty.writes.at(-1)).toBe(CLEAR);
  });
});

/** A sink that records every call. */
function recorder() {
  const calls: (string | number | null)[][] = [];
  const sink: ReadProgressSink = {
    begin(file, total) {
      calls.push(['begin', path.basename(file), total]);
      return { update: (n) => void calls.push(['update', n]), end: () => void calls.push(['end']) };
    },
  };
  return { calls, sink };
}

describe('nodeFiles: reads tell their progress', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tl-progress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const content = Uint8Array.from({ length: Math.floor(3.5 * MiB) }, (_, i) => (i * 31) % 256);
  const file = path.join(dir, 'report.bin');
  writeFileSync(file, content);

  it('readChunks: the size first, then the bytes handed to the consumer, then the end', async () => {
    const { calls, sink } = recorder();
    const seen: number[] = [];
    for await (const c of nodeFiles({ progress: sink }).readChunks(file, MiB)) seen.push(c.length);
    expect(seen).toEqual([MiB, MiB, MiB, content.length - 3 * MiB]);
    expect(calls).toEqual([
      ['begin', 'report.bin', content.length],
      ['update', MiB],
      ['update', 2 * MiB],
      ['update', 3 * MiB],
      ['update', content.length],
      ['end'],
    ]);
  });

  it('readChunks: a consumer that stops early, or a missing file, still ends the read', async () => {
    const { calls, sink } = recorder();
    const files = nodeFiles({ progress: sink });
    for await (const c of files.readChunks(file, MiB)) {
      expect(c.length).toBe(MiB);
      break;
    }
    await expect(async () => {
      for await (const c of files.readChunks(path.join(dir, 'missing.xml'))) expect(c).toBeUndefined();
    }).rejects.toThrow('no such file');
    expect(calls).toEqual([
      ['begin', 'report.bin', content.length],
      ['end'],
      ['begin', 'missing.xml', null],
      ['end'],
    ]);
  });

  it('readText and readBytes: the same bytes as without progress, told in steps up to the size', async () => {
    const { calls, sink } = recorder();
    const tracked = nodeFiles({ progress: sink });
    const plain = nodeFiles();
    expect(Buffer.from(await tracked.readBytes(file)).equals(Buffer.from(content))).toBe(true);
    expect(calls[0]).toEqual(['begin', 'report.bin', content.length]);
    expect(calls.at(-2)).toEqual(['update', content.length]);
    expect(calls.at(-1)).toEqual(['end']);
    const updates = calls.filter((c) => c[0] === 'update').map((c) => c[1] as number);
    expect(updates).toEqual([...updates].sort((a, b) => a - b));
    const text = path.join(dir, 'r.xml');
    writeFileSync(text, '<testsuites>ünï 😀</testsuites>\n');
    expect(await tracked.readText(text)).toBe(await plain.readText(text));
    const empty = path.join(dir, 'empty.xml');
    writeFileSync(empty, '');
    expect(await tracked.readText(empty)).toBe('');
  });

  it('readText: the same errors, naming the file, and the read still ends', async () => {
    const { calls, sink } = recorder();
    const files = nodeFiles({ progress: sink });
    const sub = path.join(dir, 'a-directory');
    mkdirSync(sub);
    await expect(files.readText(sub)).rejects.toMatchObject({
      message: expect.stringContaining('it is a directory, expected a file'),
      location: { file: sub },
    });
    await expect(files.readText(path.join(dir, 'nope.xml'))).rejects.toThrow('no such file');
    // Neither got as far as a read: nothing was begun, so nothing is left drawn.
    expect(calls).toEqual([]);
  });
});
