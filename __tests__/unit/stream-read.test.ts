import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeFiles } from '../../src/adapters/node-files.js';
import { parseCoverage } from '../../src/formats/coverage/detect.js';
import { readCoverageStream } from '../../src/formats/coverage/read.js';
import { InputError } from '../../src/model/errors.js';
import { readXmlBytes, type ByteXmlReader } from '../../src/xml/bytes.js';
import { readXml, xmlLocation, XmlError } from '../../src/xml/index.js';

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s);
/** Cuts a text's bytes into chunks of `size`. */
const chunked = (b: Uint8Array, size: number) => {
  const out: Uint8Array[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
};

async function rejection(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

const COBERTURA = `<?xml version="1.0" ?>
<coverage lines-valid="3" lines-covered="2" branches-valid="2" branches-covered="1">
\t<sources>
\t\t<source>/home/runner/work/r/r/src</source>
\t</sources>
\t<packages>
\t\t<package name="p">
\t\t\t<classes>
\t\t\t\t<class name="a.py" filename="pkg/é&amp;ü.py">
\t\t\t\t\t<methods><method name="f"><lines><line number="9" hits="9"/></lines></method></methods>
\t\t\t\t\t<lines>
\t\t\t\t\t\t<line number="1" hits="3"/>
\t\t\t\t\t\t<line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/>
\t\t\t\t\t\t<line number="4" hits="1"/>
\t\t\t\t\t</lines>
\t\t\t\t</class>
\t\t\t</classes>
\t\t</package>
\t</packages>
</coverage>
`;

describe('readCoverageStream', () => {
  it('reads Cobertura: lines of classes (not of methods), branches, roots, declared totals', async () => {
    const report = await readCoverageStream(chunked(bytes(COBERTURA), 7), 'c.xml');
    expect(report).toEqual({
      sources: [
        {
          file: 'c.xml',
          format: 'cobertura',
          roots: ['/home/runner/work/r/r/src'],
          declared: { lines: { covered: 2, total: 3 }, branches: { covered: 1, total: 2 } },
        },
      ],
      files: [
        { path: 'pkg/é&ü.py', lines: [1, 2, 4], hits: [3, 0, 1], branches: [{ line: 2, outcomes: [1, 0] }] },
      ],
    });
    expect(report).toEqual(parseCoverage(COBERTURA, 'c.xml'));
  });

  it('reads LCOV, outcomes of several records of one file numbered as lcov does', async () => {
    const text =
      'TN:a\nSF:x.c\nDA:1,1\nBRDA:1,0,1,2\nBRDA:1,0,0,-\nend_of_record\nTN:b\nSF:x.c\nDA:1,2\nBRDA:1,0,0,3\nend_of_record\n';
    const report = await readCoverageStream(chunked(bytes(text), 3), 'l.info');
    expect(report.files).toEqual([
      { path: 'x.c', lines: [1], hits: [3], branches: [{ line: 1, outcomes: [2, 3] }] },
    ]);
    expect(report).toEqual(parseCoverage(text, 'l.info'));
  });

  it('detects the format from the head, even when it arrives a byte at a time', async () => {
    const text = '\uFEFFTN:\nSF:a.js\nDA:3,0\nend_of_record\n';
    const report = await readCoverageStream(chunked(bytes(text), 1), 'l.info');
    expect(report.sources[0]!.format).toBe('lcov');
    expect(report).toEqual(parseCoverage(new TextDecoder().decode(bytes(text)), 'l.info'));
  });

  it('a truncated report is an error with the line and column, never partial data', async () => {
    const cut = COBERTURA.slice(0, COBERTURA.indexOf('<line number="4"') + 10);
    const error = await rejection(readCoverageStream(chunked(bytes(cut), 5), 'c.xml'));
    expect(error).toBeInstanceOf(XmlError);
    expect((error as XmlError).code).toBe('truncated');
    expect(error.location).toEqual({ file: 'c.xml', line: 14, column: 17 });
    expect(error.message).toBe(
      'c.xml:14:17: the document ends inside the tag begun at 14:7; the file looks truncated',
    );
  });

  it('an LCOV error names its line', async () => {
    const error = await rejection(readCoverageStream([bytes('SF:a\nDA:1,1\nDA:x,1\n')], 'l.info', 'lcov'));
    expect(error.message).toBe('l.info:3: DA: expected a line number from 1 to 4294967295, found "x"');
  });

  it('a line number past 32 bits is refused by the stream and the string readers alike, fast paths included', async () => {
    const big = 2 ** 32;
    const reports: [string, string, string][] = [
      [
        'c.xml',
        `<coverage><packages><package name="p"><classes><class name="a" filename="a.py"><lines><line number="1" hits="1"/><line number="${big}" hits="1"/></lines></class></classes></package></packages></coverage>`,
        `c.xml:1:114: <line number="${big}"> in a.py: expected a line number from 1 to 4294967295`,
      ],
      [
        'j.xml',
        `<report name="r"><package name="p"><sourcefile name="A.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/><line nr="${big}" mi="0" ci="1" mb="0" cb="0"/></sourcefile></package></report>`,
        `j.xml:1:104: <line nr="${big}"> in p/A.java: expected a line number from 1 to 4294967295`,
      ],
      [
        'l.info',
        `SF:a\nDA:1,1\nDA:${big},1\nend_of_record\n`,
        `l.info:3: DA: expected a line number from 1 to 4294967295, found "${big}"`,
      ],
      [
        'b.info',
        `SF:a\nDA:1,1\nBRDA:${big},0,0,1\nend_of_record\n`,
        `b.info:3: BRDA: expected a line number, found "${big}"`,
      ],
    ];
    for (const [file, text, message] of reports) {
      expect((await rejection(readCoverageStream([bytes(text)], file))).message, file).toBe(message);
      expect(() => parseCoverage(text, file, 'auto'), file).toThrow(message);
    }
  });

  it("a refused element is named by its start tag's line and column, by the stream and the string readers alike", async () => {
    const jacocoHead =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="r">';
    const reports: [string, string, string][] = [
      [
        // Cobertura, CRLF lines, a NaN hit count on line 9.
        'nan.xml',
        [
          '<?xml version="1.0" ?>',
          '<coverage>',
          '  <packages>',
          '    <package name="p">',
          '      <classes>',
          '        <class name="a" filename="a.py">',
          '          <lines>',
          '            <line number="1" hits="1"/>',
          '            <line number="2" hits="NaN"/>',
          '          </lines>',
          '        </class>',
          '      </classes>',
          '    </package>',
          '  </packages>',
          '</coverage>',
          '',
        ].join('\r\n'),
        'nan.xml:9:13: <line number="2" hits="NaN"> in a.py: expected a non-negative hit count',
      ],
      [
        // Cobertura, LF lines: a class without a filename, after lines of the shape it does not have.
        'nofn.xml',
        '<coverage>\n<packages><package><classes>\n<class name="b" filename="b.py"><lines>\n' +
          '<line number="1" hits="1"/>\n'.repeat(5) +
          '</lines></class>\n  <class name="a"><lines/></class>\n</classes></package></packages></coverage>\n',
        'nofn.xml:10:3: <class name="a"> has no filename attribute',
      ],
      [
        // Cobertura on one line, non-ASCII before the line: columns count characters.
        'one.xml',
        '<coverage><packages><package><classes><class filename="é€😀.py"><lines>' +
          '<line number="1" hits="1"/><line number="2" hits="1" branch="true" condition-coverage="50% (3/2)"/>' +
          '</lines></class></classes></package></packages></coverage>',
        'one.xml:1:98: <line number="2"> in é€😀.py: condition-coverage "50% (3/2)" covers more than its total',
      ],
      [
        // JaCoCo on one line, as JaCoCo writes it: a line read by the repeated-shape path.
        'jacoco.xml',
        `${jacocoHead}<package name="p"><sourcefile name="A.java">` +
          [1, 2, 3].map((k) => `<line nr="${k}" mi="0" ci="1" mb="0" cb="0"/>`).join('') +
          '<line nr="4" mi="0" ci="x" mb="0" cb="0"/></sourcefile></package></report>',
        'jacoco.xml:1:312: <line nr="4" ci="x"> in p/A.java: expected a non-negative count',
      ],
      [
        // JaCoCo, CRLF lines: a package without a name.
        'pkg.xml',
        [
          '<?xml version="1.0"?>',
          '<report name="r">',
          '  <package name="p"/>',
          '  <package>',
          '  </package>',
          '</report>',
        ].join('\r\n'),
        'pkg.xml:4:3: <package> has no name attribute',
      ],
    ];
    for (const [file, text, message] of reports) {
      expect(() => parseCoverage(text, file), file).toThrow(message);
      for (const size of [1, 3, 64, 1 << 20])
        expect(
          (await rejection(readCoverageStream(chunked(bytes(text), size), file))).message,
          `${file} ${size}`,
        ).toBe(message);
    }
  });

  it('a report of nothing but whitespace is empty, whichever format is forced', async () => {
    for (const format of ['auto', 'cobertura', 'lcov'] as const) {
      const error = await rejection(readCoverageStream([bytes('  \n'), bytes('\u00a0\n')], 'e', format));
      expect(error.message).toBe('e: the coverage report is empty');
    }
  });

  it('reads async chunks, and refuses what is not a coverage report as parseCoverage does', async () => {
    async function* gen() {
      yield bytes('{"meta": ');
      yield bytes('{}}');
    }
    const error = await rejection(readCoverageStream(gen(), 'j.json'));
    expect(error.message).toBe(
      (() => {
        try {
          parseCoverage('{"meta": {}}', 'j.json');
        } catch (e) {
          return (e as Error).message;
        }
        return '';
      })(),
    );
  });

  it('reads a report larger than a JavaScript string can hold (600 MB of chunks, none kept)', async () => {
    // Whitespace between elements is character data read as it streams by: nothing is held.
    const filler = new Uint8Array(1 << 20).fill(0x20);
    for (let i = 1023; i < filler.length; i += 1024) filler[i] = 0x0a;
    const chunks = 600;
    async function* huge() {
      yield bytes('<?xml version="1.0"?>\n<coverage>\n<sources><source>/r</source></sources>\n');
      for (let i = 0; i < chunks; i++) yield filler;
      yield bytes('<packages><package><classes><class filename="a.py"><lines>');
      yield bytes(
        '<line number="1" hits="1"/></lines></class></classes></package></packages>\n</coverage>\n',
      );
    }
    const report = await readCoverageStream(huge(), 'huge.xml');
    expect(chunks * filler.length).toBeGreaterThan(2 ** 29);
    expect(report.files).toEqual([{ path: 'a.py', lines: [1], hits: [1], branches: [] }]);
    expect(report.sources[0]!.roots).toEqual(['/r']);
  }, 120_000);

  it('reads a JaCoCo report larger than a string, its outcome limit counted over the whole text', async () => {
    const filler = new Uint8Array(1 << 20).fill(0x20);
    const chunks = 520;
    // 30,000 outcomes on three lines: more than the 10,000 allowed beyond one per character of
    // the text read so far at their point, but far fewer than the whole text's characters.
    async function* huge() {
      yield bytes('<report name="r"><package name="p"><sourcefile name="A.java">');
      for (let k = 1; k <= 3; k++) yield bytes(`<line nr="${k}" mi="0" ci="1" mb="9999" cb="1"/>`);
      yield bytes('</sourcefile></package>');
      for (let i = 0; i < chunks; i++) yield filler;
      yield bytes('</report>');
    }
    const report = await readCoverageStream(huge(), 'huge.xml');
    expect(chunks * filler.length).toBeGreaterThan(2 ** 29);
    expect(report.sources[0]!.format).toBe('jacoco');
    expect(report.files.map((f) => [f.path, f.lines, f.branches.map((b) => b.outcomes.length)])).toEqual([
      ['p/A.java', [1, 2, 3], [10_000, 10_000, 10_000]],
    ]);
  }, 120_000);

  it('and its truncation is found at the end, with the line', async () => {
    const filler = new Uint8Array(1 << 20).fill(0x20);
    for (let i = 1023; i < filler.length; i += 1024) filler[i] = 0x0a;
    async function* huge() {
      yield bytes('<coverage>');
      for (let i = 0; i < 520; i++) yield filler;
      yield bytes('  ');
    }
    const error = await rejection(readCoverageStream(huge(), 'huge.xml'));
    expect(error.message).toBe(
      `huge.xml:${520 * 1024 + 1}:3: the document ends inside <coverage> opened at 1:1; the file looks truncated`,
    );
  }, 120_000);
});

describe('the byte reader at chunk boundaries', () => {
  const read = (chunks: Uint8Array[], names: string[] = ['a', 'x']) => {
    const events: unknown[] = [];
    let r: ByteXmlReader | null = null;
    readXmlBytes(
      chunks,
      { file: 'd.xml', names },
      {
        open(id) {
          const attrs = Array.from({ length: r!.attrCount() }, (_, i) => [r!.attrName(i), r!.value(i)]);
          events.push(['open', id, r!.tagName(), attrs]);
        },
        close(id) {
          events.push(['close', id]);
        },
        text(t) {
          events.push(['text', t]);
        },
      },
      (reader) => {
        r = reader;
        reader.capture = true;
      },
    );
    return events;
  };

  it('a character cut between chunks, in a name, a value and text', () => {
    const b = bytes('<é x="日本">😀\r\n</é>');
    const whole = read([b]);
    expect(whole).toEqual([
      ['open', -1, 'é', [['x', '日本']]],
      ['text', '😀\n'],
      ['close', -1],
    ]);
    for (let i = 1; i < b.length; i++) expect(read([b.subarray(0, i), b.subarray(i)])).toEqual(whole);
  });

  it('two byte order marks (the decoder drops one, readXml skips the next), cut anywhere', () => {
    const b = bytes('\uFEFF\uFEFF<a/>');
    for (let i = 0; i <= b.length; i++)
      expect(read([b.subarray(0, i), b.subarray(i)])).toEqual([
        ['open', 0, 'a', []],
        ['close', 0],
      ]);
  });

  it('ill-formed UTF-8 reads as U+FFFD, as TextDecoder decodes it (names compare decoded)', () => {
    expect(read([Uint8Array.of(0x3c, 0x61, 0xff, 0x3e, 0x3c, 0x2f, 0x61, 0xfe, 0x3e)])).toEqual([
      ['open', -1, 'a\uFFFD', []],
      ['close', -1],
    ]);
  });

  it('a 3 MB comment and a 3 MB attribute value across 64 KiB chunks', () => {
    const big = 'x'.repeat(3 << 20);
    const b = bytes(`<a><!--${big}--><x v="${big}"/></a>`);
    const events = read(chunked(b, 1 << 16));
    expect(events).toHaveLength(4);
    expect((events[1] as [string, number, string, string[][]])[3][0]![1]!.length).toBe(3 << 20);
  });

  it('tags of a repeated shape: names, values and numbers as a fresh read gives them', () => {
    // The second and later tags are read by comparing bytes with the first (a shape); their
    // attribute names are placed only when asked for, after values of other lengths.
    const doc =
      '<a>' +
      ['1', '22', '', '4&amp;', '55555'].map((v, k) => ` <x a="${v}" x="${k}" y='${v}9'/>`).join('') +
      '</a>';
    const events: unknown[] = [];
    let r: ByteXmlReader | null = null;
    readXmlBytes(
      [bytes(doc)],
      { file: 'd.xml', names: ['a', 'x'] },
      {
        open(id) {
          const attrs = Array.from({ length: r!.attrCount() }, (_, i) => `${r!.attrName(i)}=${r!.value(i)}`);
          events.push([id, attrs.join(' '), r!.numberOf(0), r!.numberOf(1)]);
        },
        close() {},
      },
      (reader) => (r = reader),
    );
    expect(events).toEqual([
      [0, '', -1, -1],
      [1, 'a=1 x=0 y=19', 1, 0],
      [1, 'a=22 x=1 y=229', 22, 1],
      [1, 'a= x=2 y=9', -1, 2],
      [1, 'a=4& x=3 y=4&9', -1, 3],
      [1, 'a=55555 x=4 y=555559', 55555, 4],
    ]);
  });

  it("tagLocation names each start tag's '<' as readXml's offset does, shapes and chunk seams included", () => {
    const doc =
      '\uFEFF<?xml version="1.0"?>\r\n<a>\r\n' +
      Array.from({ length: 40 }, (_, k) => `  <x a="${k}" x="é${k}"/>\r\n`).join('') +
      // Tags with line ends inside them, of one shape but for their values.
      Array.from({ length: 40 }, (_, k) => `<x\n   a="${'9'.repeat(k % 7)}"\r\n   x="${k}"/>`).join('') +
      '<a>😀<x a="1"/><x a="22"/></a>' +
      Array.from({ length: 300 }, (_, k) => `<x a="${k}" x="€"/>`).join('') +
      '\n</a>\n';
    const expected: unknown[] = [];
    readXml(
      doc,
      { file: 'd.xml' },
      { open: (_n, _a, _s, at) => expected.push(xmlLocation(doc, at, 'd.xml')) },
    );
    expect(expected).toHaveLength(2 + 40 + 40 + 2 + 300);
    for (const size of [1, 5, 64, 4096, 1 << 20]) {
      const seen: unknown[] = [];
      let r: ByteXmlReader | null = null;
      readXmlBytes(
        chunked(bytes(doc), size),
        { file: 'd.xml', names: ['a', 'x'] },
        { open: () => seen.push(r!.tagLocation()), close() {} },
        (reader) => (r = reader),
      );
      expect(seen, `chunks of ${size}`).toEqual(expected);
    }
  });

  it('tags of one shape with line ends inside them: later lines still counted', () => {
    const doc =
      '<r>\n' +
      Array.from({ length: 50 }, (_, k) => `  <line\n   number="${k + 1}" hits="1"/>`).join('\n') +
      '\n  <x a="1" a="2"/></r>';
    const message = 'd.xml:102:12: duplicate attribute a in <x>';
    expect(() => readXml(doc, { file: 'd.xml' }, {})).toThrow(message);
    // Without `capture`, the repeated tags are read by their shape.
    const names = ['line', 'number', 'hits'];
    for (const size of [1, 64, 1 << 20])
      expect(() =>
        readXmlBytes(chunked(bytes(doc), size), { file: 'd.xml', names }, { open() {}, close() {} }),
      ).toThrow(message);
  });

  it('an error position past many chunks: line and column counted across them', () => {
    const b = bytes(`<a>\n${' '.repeat(100_000)}<x/>&bad;</a>`);
    try {
      read(chunked(b, 4096));
      expect.unreachable();
    } catch (e) {
      expect((e as XmlError).location).toEqual({ file: 'd.xml', line: 2, column: 100_005 });
      expect((e as XmlError).code).toBe('entity');
    }
  });
});

describe('nodeFiles: chunks and size', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tl-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = nodeFiles();

  it('reads a file in chunks of the size asked, each valid until the next', async () => {
    const file = path.join(dir, 'f.bin');
    const content = Uint8Array.from({ length: 10_000 }, (_, i) => i % 251);
    writeFileSync(file, content);
    const chunks: Uint8Array[] = [];
    for await (const c of files.readChunks(file, 4096)) chunks.push(c.slice());
    expect(chunks.map((c) => c.length)).toEqual([4096, 4096, 1808]);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(content));
    expect(await files.size(file)).toBe(10_000);
  });

  it('a consumer may stop early; every chunk it saw was the file', async () => {
    const file = path.join(dir, 'g.bin');
    const content = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7) % 256);
    writeFileSync(file, content);
    let at = 0;
    for await (const c of files.readChunks(file, 1000)) {
      expect(c).toEqual(content.subarray(at, at + 1000));
      at += c.length;
      if (at === 3000) break;
    }
    expect(at).toBe(3000);
    // And again from the start: the early stop left nothing behind.
    let total = 0;
    for await (const c of files.readChunks(file, 1000)) total += c.length;
    expect(total).toBe(50_000);
  });

  it('an empty file is no chunks; a missing file or a directory is an InputError naming it', async () => {
    const empty = path.join(dir, 'empty');
    writeFileSync(empty, '');
    const none: Uint8Array[] = [];
    for await (const c of files.readChunks(empty)) none.push(c);
    expect(none).toEqual([]);
    const missing = path.join(dir, 'missing.xml');
    const drain = async (p: string) => {
      for await (const c of files.readChunks(p)) void c;
    };
    expect((await rejection(drain(missing))).message).toBe(`${missing}: no such file`);
    expect((await rejection(files.size(missing))).message).toBe(`${missing}: no such file`);
    const sub = path.join(dir, 'sub');
    mkdirSync(sub);
    expect((await rejection(drain(sub))).message).toBe(`${sub}: it is a directory, expected a file`);
    expect((await rejection(files.size(sub))).message).toBe(`${sub}: it is a directory, expected a file`);
  });

  it('readCoverageStream over readChunks ≡ parseCoverage over readText, on the example report', async () => {
    const file = path.join(import.meta.dirname, '../../examples/reports/coverage.xml');
    const streamed = await readCoverageStream(files.readChunks(file, 1000), 'coverage.xml');
    expect(streamed).toEqual(parseCoverage(await files.readText(file), 'coverage.xml'));
    expect(streamed.files.length).toBeGreaterThan(0);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
  });
});
