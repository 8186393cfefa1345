import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import {
  DEFAULT_MAX_TEXT_LENGTH,
  MAX_DEPTH,
  readXml,
  readXmlProlog,
  XmlError,
  xmlLocation,
  xmlRoot,
  type Attributes,
  type XmlErrorCode,
  type XmlOptions,
} from '../../src/xml/index.js';

type Event = ['open', string, Record<string, string>, boolean] | ['close', string] | ['text', string, number];

function events(xml: string, options: Partial<XmlOptions> = {}): Event[] {
  const out: Event[] = [];
  readXml(
    xml,
    { file: 'report.xml', ...options },
    {
      open: (name, attrs, selfClosing) => out.push(['open', name, { ...attrs }, selfClosing]),
      close: (name) => out.push(['close', name]),
      text: (text, omitted) => out.push(['text', text, omitted]),
    },
  );
  return out;
}

/** The error readXml throws, with and without a text handler (the two paths check the same things). */
function failure(xml: string): XmlError {
  let withText: unknown;
  let without: unknown;
  try {
    events(xml);
  } catch (e) {
    withText = e;
  }
  try {
    readXml(xml, { file: 'report.xml' }, {});
  } catch (e) {
    without = e;
  }
  expect(withText).toBeInstanceOf(XmlError);
  expect((without as Error | undefined)?.message).toBe((withText as Error).message);
  return withText as XmlError;
}

function expectError(xml: string, code: XmlErrorCode, at: string, message: string | RegExp): void {
  const e = failure(xml);
  const { line, column } = e.location ?? {};
  expect({ code: e.code, at: `${line}:${column}` }).toEqual({ code, at });
  expect(e.message).toMatch(message);
}

describe('readXml events', () => {
  it('reports elements, attributes and text in document order', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<coverage version="7.4" line-rate='0.5'>
  <lines><line number="1" hits="3" branch="false"/></lines>
</coverage>
`;
    expect(events(xml)).toEqual([
      ['open', 'coverage', { version: '7.4', 'line-rate': '0.5' }, false],
      ['text', '\n  ', 0],
      ['open', 'lines', {}, false],
      ['open', 'line', { number: '1', hits: '3', branch: 'false' }, true],
      ['close', 'line'],
      ['close', 'lines'],
      ['text', '\n', 0],
      ['close', 'coverage'],
    ]);
  });

  it('builds no text when no text handler is given, and still checks it', () => {
    const opened: string[] = [];
    readXml('<a> x &amp; y <b/></a>', { file: 'f' }, { open: (name) => opened.push(name) });
    expect(opened).toEqual(['a', 'b']);
    expect(() => readXml('<a>&nope;</a>', { file: 'f' }, {})).toThrow(XmlError);
  });

  it('delivers one text run per stretch between tags: CDATA joins it, comments and PIs are skipped', () => {
    expect(events('<a>one <![CDATA[<two> & &amp;]]><!-- c --> three<?pi data?>!</a>')).toEqual([
      ['open', 'a', {}, false],
      ['text', 'one <two> & &amp; three!', 0],
      ['close', 'a'],
    ]);
  });

  it('delivers whitespace-only runs inside the root and nothing outside it', () => {
    expect(events('\n  <a> <b/>\n</a>\n\n')).toEqual([
      ['open', 'a', {}, false],
      ['text', ' ', 0],
      ['open', 'b', {}, true],
      ['close', 'b'],
      ['text', '\n', 0],
      ['close', 'a'],
    ]);
  });

  it('calls close right after open for a self-closing element', () => {
    expect(events('<a><b x="1" /><c></c></a>')).toEqual([
      ['open', 'a', {}, false],
      ['open', 'b', { x: '1' }, true],
      ['close', 'b'],
      ['open', 'c', {}, false],
      ['close', 'c'],
      ['close', 'a'],
    ]);
  });

  it('calls handlers as methods of the handlers object', () => {
    const handlers = {
      names: [] as string[],
      open(name: string) {
        this.names.push(name);
      },
    };
    readXml('<a><b/></a>', { file: 'f' }, handlers);
    expect(handlers.names).toEqual(['a', 'b']);
  });

  it('reads names with namespaces prefixes, dots, dashes and non-ASCII letters', () => {
    expect(events('<ns:a-b.c xml:lang="en" é="1"><日本/><x𐀀/></ns:a-b.c>').map((e) => e.slice(0, 3))).toEqual(
      [
        ['open', 'ns:a-b.c', { 'xml:lang': 'en', é: '1' }],
        ['open', '日本', {}],
        ['close', '日本'],
        ['open', 'x𐀀', {}],
        ['close', 'x𐀀'],
        ['close', 'ns:a-b.c'],
      ],
    );
  });
});

describe('attributes', () => {
  it('takes both quote kinds, the other quote literally, and decodes references', () => {
    const [open] = events(
      `<a d="it's" s='say "hi"' e="&lt;&gt;&amp;&quot;&apos;" n="&#65;&#x42;&#x1F600;" g=">"/>`,
    );
    expect(open).toEqual(['open', 'a', { d: "it's", s: 'say "hi"', e: `<>&"'`, n: 'AB😀', g: '>' }, true]);
  });

  it('allows whitespace around = and an empty value', () => {
    expect(events('<a x = "1"\n\ty=""/>')[0]).toEqual(['open', 'a', { x: '1', y: '' }, true]);
  });

  it('turns literal tabs and line ends into spaces but keeps referenced ones', () => {
    expect(events('<a x="1\t2\n3\r\n4\r5" y="&#9;&#10;&#13;"/>')[0]).toEqual([
      'open',
      'a',
      { x: '1 2 3 4 5', y: '\t\n\r' },
      true,
    ]);
  });

  it('gives a null-prototype object: __proto__ is just a key and Object.prototype is untouched', () => {
    let attrs: Attributes | undefined;
    readXml(
      '<a __proto__="x" constructor="y" toString="z" polluted="no"/>',
      { file: 'f' },
      { open: (_name, a) => (attrs = a) },
    );
    expect(Object.getPrototypeOf(attrs)).toBeNull();
    expect(Object.keys(attrs!)).toEqual(['__proto__', 'constructor', 'toString', 'polluted']);
    expect(attrs!['__proto__']).toBe('x');
    expect(attrs!['constructor']).toBe('y');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(typeof ({} as { toString: unknown }).toString).toBe('function');

    readXml('<b/>', { file: 'f' }, { open: (_name, a) => (attrs = a) });
    expect(attrs!['toString']).toBeUndefined();
    expect('hasOwnProperty' in attrs!).toBe(false);
  });
});

describe('references', () => {
  it('decodes the five predefined entities and numeric references in text', () => {
    expect(events('<a>&lt;&gt;&amp;&quot;&apos; &#65;&#0066;&#x43;&#x1f600; &amp;lt;</a>')[1]).toEqual([
      'text',
      `<>&"' ABC😀 &lt;`,
      0,
    ]);
  });

  it('keeps a referenced CR as it is and normalises literal line ends to LF', () => {
    expect(events('<a>1\r\n2\r3\n&#13;</a>')[1]).toEqual(['text', '1\n2\n3\n\r', 0]);
    expect(events('<a><![CDATA[x\r\ny]]></a>')[1]).toEqual(['text', 'x\ny', 0]);
  });

  it('refuses an undefined entity, naming it', () => {
    expectError('<a>\n  &nbsp;</a>', 'entity', '2:3', /undefined entity &nbsp;/);
    expectError('<a x="&foo;"/>', 'entity', '1:7', /undefined entity &foo;/);
  });

  it.each([
    ['&#0;', 'NUL'],
    ['&#x0;', 'NUL in hex'],
    ['&#1;', 'a control character'],
    ['&#x1F;', 'a control character in hex'],
    ['&#xD800;', 'a high surrogate'],
    ['&#xDFFF;', 'a low surrogate'],
    ['&#55296;', 'a surrogate in decimal'],
    ['&#xFFFE;', 'U+FFFE'],
    ['&#x110000;', 'beyond U+10FFFF'],
    ['&#99999999999999999999999999;', 'a huge number'],
  ])('refuses the character reference %s (%s)', (ref) => {
    expectError(`<a>ok ${ref}</a>`, 'entity', '1:7', /names a character XML does not allow/);
    expectError(`<a x="${ref}"/>`, 'entity', '1:7', /names a character XML does not allow/);
  });

  it.each([
    ['<a>a & b</a>', '1:6'],
    ['<a>&;</a>', '1:4'],
    ['<a>&amp</a>', '1:4'],
    ['<a>&#;</a>', '1:4'],
    ['<a>&#x;</a>', '1:4'],
    ['<a>&#12a;</a>', '1:4'],
    ['<a>&#x12g;</a>', '1:4'],
    ['<a>&#X41;</a>', '1:4'],
    ['<a x="&"/>', '1:7'],
  ])('refuses a malformed reference in %s', (xml, at) => {
    expectError(xml, 'entity', at, /reference/);
  });
});

describe('DOCTYPE', () => {
  it('accepts a plain external DOCTYPE and never fetches it', () => {
    const cobertura =
      '<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage/>';
    expect(events(cobertura)[0]).toEqual(['open', 'coverage', {}, true]);
    const jacoco =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x"/>';
    expect(events(jacoco)[0]).toEqual(['open', 'report', { name: 'x' }, true]);
    expect(events('<!DOCTYPE a><a/>')[0]).toEqual(['open', 'a', {}, true]);
  });

  it('refuses an internal subset', () => {
    expectError('<!DOCTYPE a [\n]>\n<a/>', 'doctype', '1:13', /internal subset/);
    expectError(
      '<!DOCTYPE a SYSTEM "a.dtd" [<!ATTLIST a x CDATA "1">]><a/>',
      'doctype',
      '1:28',
      /internal subset/,
    );
  });

  it('refuses entity declarations, naming them', () => {
    expectError('<!DOCTYPE a [\n  <!ENTITY x "y">\n]>\n<a>&x;</a>', 'doctype', '2:3', /<!ENTITY/);
    expectError(
      '<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>',
      'doctype',
      '1:14',
      /<!ENTITY/,
    );
    expectError('<a><!ENTITY x "y"></a>', 'doctype', '1:4', /<!ENTITY/);
  });

  it('refuses the billion laughs', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
      ),
      ']>',
      '<lolz>&lol9;</lolz>',
    ].join('\n');
    expectError(lol, 'doctype', '3:2', /entity declarations \(<!ENTITY\) are refused/);
  });

  it('refuses a DOCTYPE in the wrong place or twice', () => {
    expectError('<a/><!DOCTYPE a>', 'doctype', '1:5', /after the root element/);
    expectError('<a><!DOCTYPE a></a>', 'doctype', '1:4', /only allowed before the root element/);
    expectError('<!DOCTYPE a><!DOCTYPE a><a/>', 'doctype', '1:13', /a second DOCTYPE/);
  });
});

describe('the prolog', () => {
  it('tolerates a BOM, a declaration, comments and processing instructions', () => {
    const xml =
      '\uFEFF<?xml version="1.0"?>\n<!-- generated -->\n<?xml-stylesheet href="a.xsl"?>\n<a/>\n<!-- end -->\n';
    expect(events(xml)).toEqual([
      ['open', 'a', {}, true],
      ['close', 'a'],
    ]);
  });

  it('counts columns after a BOM as an editor shows them', () => {
    expectError('\uFEFF<a>', 'truncated', '1:4', /ends inside <a> opened at 1:1/);
  });

  it('refuses an XML declaration anywhere but the very start', () => {
    expectError(
      '\n<?xml version="1.0"?><a/>',
      'syntax',
      '2:1',
      /XML declaration is only allowed at the very start/,
    );
    expectError('<a><?xml version="1.0"?></a>', 'syntax', '1:4', /XML declaration/);
  });
});

describe('well-formedness errors, with line and column', () => {
  it('refuses empty input', () => {
    expectError('', 'empty', '1:1', /empty document/);
    expectError('\uFEFF \n\t', 'empty', '2:2', /empty document/);
  });

  it('refuses a document without a root element', () => {
    expectError('<?xml version="1.0"?>\n<!-- nothing -->\n', 'no-root', '3:1', /no root element/);
    expectError('not xml at all', 'no-root', '1:1', /no root element: found text "n"/);
    expectError('</a>', 'syntax', '1:1', /close tag with no element open/);
  });

  it('names the expected close tag when another one comes', () => {
    const xml = '<coverage>\n  <packages>\n    <package>\n      <class>\n      </package>';
    expectError(
      xml,
      'mismatched-tag',
      '5:7',
      'expected </class>, found </package> (<class> was opened at 4:7)',
    );
  });

  it('says where the unclosed element opened when the input ends inside the root', () => {
    const xml = '<coverage>\n<packages>\n<package name="p">\n<classes>\n<class name="C">\n<lines>\n';
    expectError(xml, 'truncated', '7:1', 'ends inside <lines> opened at 6:1; the file looks truncated');
    expectError('<a>\n  <b x="1">text', 'truncated', '2:16', 'ends inside <b> opened at 2:3');
  });

  it.each([
    ['<a', '1:3', 'the tag begun at 1:1'],
    ['<a x="1"', '1:9', 'the tag begun at 1:1'],
    ['<a x', '1:5', 'the tag begun at 1:1'],
    ['<a x=', '1:6', 'the tag begun at 1:1'],
    ['<a/', '1:4', 'the tag begun at 1:1'],
    ['<a><', '1:5', 'the tag begun at 1:4'],
    ['<a></', '1:6', 'the tag begun at 1:4'],
    ['<a></a', '1:7', 'the tag begun at 1:4'],
    ['<a></a ', '1:8', 'the tag begun at 1:4'],
    ['<a x="1', '1:6', "unterminated value of the attribute x: no '\"'"],
    ['<a>\n<!-- c -', '2:1', "unterminated comment: no '-->'"],
    ['<a><!-', '1:4', "unterminated comment: no '-->'"],
    ['<a><![CDATA[x]]', '1:4', "unterminated CDATA section: no ']]>'"],
    ['<a><![CD', '1:4', 'unterminated CDATA section'],
    ['<a><?pi x', '1:4', "unterminated processing instruction: no '?>'"],
    ['<a><?p', '1:4', 'unterminated processing instruction'],
    ['<?xml version="1.0"', '1:1', 'unterminated XML declaration'],
    ['<!-- x', '1:1', 'unterminated comment'],
    ['<!DOCTYPE a SYSTEM "x>', '1:20', 'unterminated DOCTYPE identifier'],
  ])('refuses the truncated %j', (xml, at, message) => {
    expectError(xml, 'truncated', at, message);
  });

  it('refuses text or a second element after the root', () => {
    expectError('<a/>\ntrailing', 'after-root', '2:1', 'unexpected "t" after the root element ended');
    expectError('<a></a>\n<b/>', 'after-root', '2:1', /a second root element/);
    expectError('<a/>]]>', 'after-root', '1:5', /after the root element/);
  });

  it('refuses duplicate attributes', () => {
    expectError('<a\n  x="1" y="2" x="3"/>', 'syntax', '2:15', 'duplicate attribute x in <a>');
  });

  it("refuses '<' in an attribute value, hinting at a missing quote", () => {
    expectError('<a x="1 < 2"/>', 'syntax', '1:9', /'<' is not allowed in the value of the attribute x/);
    expectError('<a x="1>\n<b y="2"/></a>', 'syntax', '2:1', /is a closing quote missing/);
  });

  it('refuses unquoted attribute values and attributes without values', () => {
    expectError('<a x=1/>', 'syntax', '1:6', 'expected a quoted value for the attribute x, found "1"');
    expectError('<a x/>', 'syntax', '1:5', "expected '=' after the attribute name x");
    expectError('<a x="1"y="2"/>', 'syntax', '1:9', "expected whitespace, '>' or '/>' in <a>");
  });

  it('refuses invalid names', () => {
    expectError('<1a/>', 'syntax', '1:2', 'expected an element name');
    expectError('<a><-b/></a>', 'syntax', '1:5', 'expected an element name');
    expectError('<a 1x="1"/>', 'syntax', '1:4', 'expected an attribute name');
    expectError('<a b%="1"/>', 'syntax', '1:5', "expected '=' after the attribute name b");
    expectError('< a/>', 'syntax', '1:2', 'expected an element name');
    expectError('<a></ a>', 'syntax', '1:4', "found '</' followed by");
  });

  it('refuses stray markup and illegal sequences', () => {
    expectError('<a><!-- x -- y --></a>', 'syntax', '1:11', "'--' is not allowed inside a comment");
    expectError('<a>x ]]> y</a>', 'syntax', '1:6', "']]>' is not allowed in text");
    expectError('<a><!foo></a>', 'syntax', '1:4', "expected '<!--' or '<![CDATA['");
    expectError('<![CDATA[x]]><a/>', 'syntax', '1:1', 'only allowed inside the root element');
    expectError('<a></a x>', 'syntax', '1:8', "expected '>' to end </a>");
    expectError('<a/ >', 'syntax', '1:3', "expected '/>' to end <a>");
    expectError('<a><? x?></a>', 'syntax', '1:6', 'processing instruction target');
  });

  it(`caps nesting at ${MAX_DEPTH} levels`, () => {
    const ok = '<a>'.repeat(MAX_DEPTH) + '</a>'.repeat(MAX_DEPTH);
    expect(() => readXml(ok, { file: 'f' }, {})).not.toThrow();
    const deep = '<a>'.repeat(MAX_DEPTH + 1) + '</a>'.repeat(MAX_DEPTH + 1);
    expectError(deep, 'too-deep', `1:${3 * MAX_DEPTH + 1}`, `nest deeper than ${MAX_DEPTH} levels`);
    // Far deeper than any recursion could go: still a clean error, not a stack overflow.
    expectError('<a>'.repeat(200_000), 'too-deep', `1:${3 * MAX_DEPTH + 1}`, 'nest deeper');
  });

  it('throws an InputError that names the file, line and column', () => {
    const e = failure('<a>\n<b></c>');
    expect(e).toBeInstanceOf(InputError);
    expect(e.location).toEqual({ file: 'report.xml', line: 2, column: 4 });
    expect(e.message).toMatch(/^report\.xml:2:4: expected <\/b>, found <\/c>/);
  });

  it('counts a character outside the BMP as one column', () => {
    expectError('<a x="😀😀" y/>', 'syntax', '1:12', "expected '='");
  });
});

describe('maxTextLength', () => {
  it('cuts a long run and says how much was dropped', () => {
    expect(events('<a>0123456789<b/>abc</a>', { maxTextLength: 4 })).toEqual([
      ['open', 'a', {}, false],
      ['text', '0123', 6],
      ['open', 'b', {}, true],
      ['close', 'b'],
      ['text', 'abc', 0],
      ['close', 'a'],
    ]);
  });

  it('counts decoded characters, across CDATA and references, and never splits a surrogate pair', () => {
    expect(events('<a>ab&amp;<![CDATA[cd]]>ef</a>', { maxTextLength: 4 })[1]).toEqual(['text', 'ab&c', 3]);
    expect(events('<a>a😀b</a>', { maxTextLength: 2 })[1]).toEqual(['text', 'a', 3]);
    expect(events('<a>xy</a>', { maxTextLength: 0 })[1]).toEqual(['text', '', 2]);
  });

  it(`defaults to ${DEFAULT_MAX_TEXT_LENGTH} code units per call`, () => {
    const huge = 'x'.repeat(DEFAULT_MAX_TEXT_LENGTH * 2 + 5);
    const texts: [number, number][] = [];
    readXml(`<a>${huge}</a>`, { file: 'f' }, { text: (t, omitted) => texts.push([t.length, omitted]) });
    expect(texts).toEqual([[DEFAULT_MAX_TEXT_LENGTH, DEFAULT_MAX_TEXT_LENGTH + 5]]);
  });

  it('still checks the references in the part it drops', () => {
    expectError(`<a>${'x'.repeat(10)}&bad;</a>`, 'entity', '1:14', 'undefined entity');
    expect(() =>
      readXml('<a>0123456789&bad;</a>', { file: 'f', maxTextLength: 4 }, { text: () => undefined }),
    ).toThrow(/undefined entity &bad;/);
  });

  it('refuses a nonsensical limit as a programming error', () => {
    expect(() => readXml('<a/>', { file: 'f', maxTextLength: -1 }, {})).toThrow(RangeError);
  });
});

describe('xmlRoot', () => {
  it('finds the first element past a BOM, declaration, comments, PIs and a DOCTYPE', () => {
    expect(xmlRoot('<coverage version="1"/>')).toBe('coverage');
    expect(
      xmlRoot(
        '\uFEFF<?xml version="1.0"?>\n<!-- x -->\n<?pi?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">',
      ),
    ).toBe('report');
    expect(xmlRoot('<!DOCTYPE a [<!ENTITY x "]>">]>\n<testsuites>')).toBe('testsuites');
    expect(xmlRoot('  <ns:testsuite>')).toBe('ns:testsuite');
  });

  it('returns null for anything else, never throwing', () => {
    expect(xmlRoot('')).toBeNull();
    expect(xmlRoot('SF:src/a.js')).toBeNull();
    expect(xmlRoot('{"a": 1}')).toBeNull();
    expect(xmlRoot('<!-- unterminated')).toBeNull();
    expect(xmlRoot('</a>')).toBeNull();
    expect(xmlRoot('<?xml version="1.0"?>')).toBeNull();
  });

  it('looks only at the first `limit` characters', () => {
    const padded = `<!--${' '.repeat(5000)}--><coverage/>`;
    expect(xmlRoot(padded)).toBeNull();
    expect(xmlRoot(padded, 10_000)).toBe('coverage');
    expect(xmlRoot('<coverage/>', 5)).toBeNull();
  });
});

describe("where an element's start tag is: open's offset and xmlLocation", () => {
  it("gives open the offset of each start tag's '<', self-closing or not", () => {
    const xml = '<?xml version="1.0"?>\r\n<a>\r\n  <b x="1"/>\r\n  <c>\n<d/></c></a>';
    const seen: [string, number][] = [];
    readXml(xml, { file: 'f' }, { open: (name, _attrs, _selfClosing, at) => seen.push([name, at]) });
    expect(seen).toEqual([
      ['a', xml.indexOf('<a>')],
      ['b', xml.indexOf('<b ')],
      ['c', xml.indexOf('<c>')],
      ['d', xml.indexOf('<d/>')],
    ]);
    expect(seen.map(([, at]) => xmlLocation(xml, at, 'f'))).toEqual([
      { file: 'f', line: 2, column: 1 },
      { file: 'f', line: 3, column: 3 },
      { file: 'f', line: 4, column: 3 },
      { file: 'f', line: 5, column: 1 },
    ]);
  });

  it('counts columns as readXml errors do: a BOM is none, a surrogate pair one, a CR of CR LF one', () => {
    const xml = '\uFEFF<a>😀é<b/>\r\n\t<c/></a>';
    expect(xmlLocation(xml, xml.indexOf('<a>'), 'f')).toEqual({ file: 'f', line: 1, column: 1 });
    expect(xmlLocation(xml, xml.indexOf('<b/>'), 'f')).toEqual({ file: 'f', line: 1, column: 6 });
    expect(xmlLocation(xml, xml.indexOf('\n'), 'f')).toEqual({ file: 'f', line: 1, column: 11 });
    expect(xmlLocation(xml, xml.indexOf('<c/>'), 'f')).toEqual({ file: 'f', line: 2, column: 2 });
    // The same place as readXml names in its own error there.
    expect(() => readXml(xml.replace('<c/>', '<c x/>'), { file: 'f' }, {})).toThrow(
      /^f:2:6: expected '=' after the attribute name x/,
    );
  });
});

describe('readXmlProlog', () => {
  it("returns the root's offset after what readXml accepts before it", () => {
    const xml =
      '\uFEFF<?xml version="1.0"?>\n<!-- c --><?pi x?>\n<!DOCTYPE r SYSTEM "r.dtd">\n<r><unclosed></r>';
    expect(readXmlProlog(xml, { file: 'f' })).toBe(xml.indexOf('<r>'));
  });

  it('throws the XmlError readXml throws before the root, and nothing about the root itself', () => {
    const cases: string[] = [
      '<?xml version="1.0"?>\n<!ENTITY x "y">\n<r/>',
      '<!DOCTYPE r [\n<!ENTITY x "y">]><r/>',
      '<!-- never closed',
      '<?xml version="1.0"',
      '<?xml version="1.0"?>\n',
      '   ',
      'text<r/>',
    ];
    for (const xml of cases) {
      const expected = failure(xml);
      let got: unknown = null;
      try {
        readXmlProlog(xml, { file: 'report.xml' });
      } catch (e) {
        got = e;
      }
      expect(got, xml).toBeInstanceOf(XmlError);
      expect([(got as XmlError).message, (got as XmlError).code], xml).toEqual([
        expected.message,
        expected.code,
      ]);
    }
    // The root's own start tag is not part of the prolog.
    expect(readXmlProlog('<r a="1" a="2">', { file: 'f' })).toBe(0);
  });
});
