import { describe, expect, it } from 'vitest';
import { parseJunit, parseSeconds, testId } from '../../src/formats/tests/junit.js';
import { InputError } from '../../src/model/errors.js';

const parse = (xml: string) => parseJunit(xml, 'j.xml');
const outcomes = (xml: string) => parse(xml).cases.map((c) => [c.name, c.outcome]);

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

describe('parseJunit: structure', () => {
  it('reads cases at any depth; file is inherited from the nearest suite that names one', () => {
    const r = parse(`<testsuites>
      <testsuite name="outer" file="tests/a.py">
        <testsuite name="mid">
          <testsuite name="inner">
            <testcase classname="A" name="deep" time="1"/>
            <testcase classname="A" name="own" file="tests/b.py" time="2"/>
          </testsuite>
        </testsuite>
        <testcase classname="A" name="shallow"/>
      </testsuite>
      <testsuite name="other"><testcase classname="B" name="nofile"/></testsuite>
      <testcase classname="C" name="bare"/>
    </testsuites>`);
    expect(r.sources).toEqual(['j.xml']);
    expect(r.flakyIds).toEqual([]);
    expect(r.cases).toEqual([
      {
        id: 'tests/a.py::A::deep',
        name: 'deep',
        classname: 'A',
        file: 'tests/a.py',
        outcome: 'passed',
        duration: 1,
      },
      {
        id: 'tests/b.py::A::own',
        name: 'own',
        classname: 'A',
        file: 'tests/b.py',
        outcome: 'passed',
        duration: 2,
      },
      {
        id: 'tests/a.py::A::shallow',
        name: 'shallow',
        classname: 'A',
        file: 'tests/a.py',
        outcome: 'passed',
        duration: null,
      },
      { id: 'B::nofile', name: 'nofile', classname: 'B', outcome: 'passed', duration: null },
      { id: 'C::bare', name: 'bare', classname: 'C', outcome: 'passed', duration: null },
    ]);
  });

  it('a bare <testsuite> root is read; an empty one has no cases', () => {
    expect(outcomes('<testsuite><testcase name="t"/></testsuite>')).toEqual([['t', 'passed']]);
    expect(parse('<testsuites/>').cases).toEqual([]);
  });

  it('rejects another root and a testcase inside a testcase', () => {
    expect(inputError(() => parse('<coverage/>')).message).toBe(
      'j.xml: expected a JUnit <testsuites> or <testsuite> root element, found <coverage>',
    );
    expect(
      inputError(() => parse('<testsuite><testcase name="a"><testcase name="b"/></testcase></testsuite>'))
        .message,
    ).toBe('j.xml: <testcase> nested inside <testcase name="a">');
  });

  it('malformed or truncated XML is an InputError', () => {
    const xml = '<testsuites><testsuite><testcase name="a"/><testcase name="b"/></testsuite></testsuites>';
    expect(inputError(() => parse(xml.slice(0, 50))).location?.file).toBe('j.xml');
  });
});

describe('parseJunit: outcomes', () => {
  const one = (body: string) =>
    parse(`<testsuite><testcase classname="K" name="t">${body}</testcase></testsuite>`);

  it('failure → failed, error → error, skipped → skipped, nothing → passed', () => {
    expect(one('<failure/>').cases[0]!.outcome).toBe('failed');
    expect(one('<error/>').cases[0]!.outcome).toBe('error');
    expect(one('<skipped/>').cases[0]!.outcome).toBe('skipped');
    expect(one('<system-out>ok</system-out>').cases[0]!.outcome).toBe('passed');
  });

  it('an error outranks a failure in either order; the first message is kept', () => {
    const a = one('<failure message="assert 1 == 2"/><error message="teardown exploded"/>').cases[0]!;
    expect([a.outcome, a.message]).toEqual(['error', 'assert 1 == 2']);
    const b = one('<error message="setup"/><failure message="late"/>').cases[0]!;
    expect([b.outcome, b.message]).toEqual(['error', 'setup']);
  });

  it('a failure outranks skipped, in either order', () => {
    expect(one('<skipped/><failure/>').cases[0]!.outcome).toBe('failed');
    expect(one('<failure/><skipped/>').cases[0]!.outcome).toBe('failed');
  });

  it('flakyFailure / flakyError (failed, then passed on retry): passed and flaky', () => {
    const r = parse(`<testsuite>
      <testcase classname="K" name="a"><flakyFailure message="1st"/><flakyFailure message="2nd"/></testcase>
      <testcase classname="K" name="b"><flakyError/></testcase>
      <testcase classname="K" name="c"><failure/><rerunFailure/><rerunFailure/></testcase>
      <testcase classname="K" name="d"><flakyFailure/><failure/></testcase>
    </testsuite>`);
    expect(r.cases.map((c) => [c.name, c.outcome])).toEqual([
      ['a', 'passed'],
      ['b', 'passed'],
      ['c', 'failed'],
      ['d', 'failed'],
    ]);
    expect(r.flakyIds).toEqual(['K::a', 'K::b']);
    // Retries' messages are not the test's failure message.
    expect(r.cases[0]!.message).toBeUndefined();
  });

  it('the message is the attribute, then the body; only failure/error directly under the case count', () => {
    const r = one(
      '<properties><failure message="not mine"/></properties><failure message="boom" type="E">  trace\n  line 2  </failure><system-out>out</system-out>',
    );
    expect(r.cases[0]!.outcome).toBe('failed');
    expect(r.cases[0]!.message).toBe('boom\n  trace\n  line 2');
    const body = one('<failure><![CDATA[only <body>]]></failure>').cases[0]!;
    expect(body.message).toBe('only <body>');
    expect(one('<failure/>').cases[0]!.message).toBeUndefined();
    const nested = one('<properties><failure/></properties>').cases[0]!;
    expect(nested.outcome).toBe('passed');
  });

  it('a huge CDATA message is cut to 4096 characters', () => {
    const r = one(`<failure message="boom"><![CDATA[${'x'.repeat(200_000)}]]></failure>`);
    expect(r.cases[0]!.message).toBe(`boom\n${'x'.repeat(4096 - 5)}`);
  });

  it('names with newlines, markdown, HTML and __proto__ are kept as data; the id folds whitespace', () => {
    const r = parse(`<testsuite>
      <testcase classname="__proto__" name="line one&#10;line  two **bold** | &lt;b&gt;x&lt;/b&gt; [l](http://e)"/>
      <testcase classname="constructor" name="__proto__" file="C:\\tests\\t.py"/>
    </testsuite>`);
    const [a, b] = r.cases;
    expect(a!.name).toBe('line one\nline  two **bold** | <b>x</b> [l](http://e)');
    expect(a!.classname).toBe('__proto__');
    expect(a!.id).toBe('__proto__::line one line two **bold** | <b>x</b> [l](http://e)');
    expect(b!.name).toBe('__proto__');
    expect(b!.id).toBe('C:/tests/t.py::constructor::__proto__');
    expect(Object.getPrototypeOf(b)).toBe(Object.prototype);
    expect(Object.keys(b!)).toEqual(['id', 'name', 'classname', 'file', 'outcome', 'duration']);
  });
});

describe('parseSeconds and testId', () => {
  const cases: [string | undefined, number | null][] = [
    ['1.5', 1.5],
    [' 2 ', 2],
    ['0', 0],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['0,5', 0.5],
    ['12,75', 12.75],
    ['1e3', 1000],
    ['', null],
    ['  ', null],
    [undefined, null],
    ['-1', null],
    ['NaN', null],
    ['Infinity', null],
    ['abc', null],
    ['1,2,3', null],
  ];
  for (const [raw, out] of cases) {
    it(`${JSON.stringify(raw)} → ${out}`, () => {
      expect(parseSeconds(raw)).toBe(out);
    });
  }

  it('testId normalizes separators and whitespace, keeps the parts apart', () => {
    expect(testId('a\\b.py', ' K\t L ', 'n\n m')).toBe('a/b.py::K L::n m');
    expect(testId(undefined, 'K', 'n')).toBe('K::n');
  });

  it('comma times in a report', () => {
    const r = parse(
      '<testsuite><testcase name="a" time="1,234.5"/><testcase name="b" time="0,5"/></testsuite>',
    );
    expect(r.cases.map((c) => c.duration)).toEqual([1234.5, 0.5]);
  });
});
