import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE, parseJunit } from '../../src/formats/tests/junit.js';

/**
 * Early nextest releases write a failure with no text (`<failure type="test failure"/>`, retry
 * elements with only `<system-out>`/`<system-err>` children) and the panic in `<system-err>`
 * only; see __tests__/fixtures/junit/nextest/nextest-tests-junit-2022.xml. For nextest, that
 * `<system-err>` is the failure's message. The reports below are small hand-written inputs in
 * that shape.
 */

const nextest = (cases: string) =>
  `<testsuites name="nextest-run" tests="1" failures="1" errors="0"><testsuite name="crate::bin" tests="1" disabled="0" errors="0" failures="1">${cases}</testsuite></testsuites>`;
const parse = (xml: string) => parseJunit(xml, 'junit.xml');
const FIXUP = (n: number) =>
  `nextest: ${n} failure${n === 1 ? '' : 's'} written with no text of ${n === 1 ? 'its' : 'their'} own read from ${n === 1 ? 'its' : 'their'} <system-err>, where nextest wrote the panic`;

describe('nextest: a failure with no text takes its <system-err>', () => {
  it("the testcase's own empty <failure/> reads its <system-err>, not its <system-out>", () => {
    const r = parse(
      nextest(`<testcase name="t" classname="crate::bin" time="0.1">
        <failure type="test failure"/>
        <system-out>running 1 test</system-out>
        <system-err>thread &apos;t&apos; panicked at src/lib.rs:3:5</system-err>
      </testcase>`),
    );
    expect(r.producer).toBe('nextest');
    expect(r.cases[0]).toMatchObject({ outcome: 'failed', message: "thread 't' panicked at src/lib.rs:3:5" });
    expect(r.fixups).toEqual([FIXUP(1)]);
  });

  it('retry elements with no text read their own <system-err>; the testcase keeps its own', () => {
    const r = parse(
      nextest(`<testcase name="t" classname="crate::bin">
        <failure type="test failure"/>
        <rerunFailure time="0.2" type="test failure">
          <system-out>out 1</system-out>
          <system-err>panic 1</system-err>
        </rerunFailure>
        <system-err>panic 0</system-err>
      </testcase>
      <testcase name="f" classname="crate::bin">
        <flakyFailure time="0.3" type="test failure"><system-err>flaky panic</system-err></flakyFailure>
      </testcase>`),
    );
    const [t, f] = r.cases;
    expect(t!.attempts!.map((a) => [a.outcome, a.message])).toEqual([
      ['failed', 'panic 0'],
      ['failed', 'panic 1'],
    ]);
    expect(t!.message).toBe('panic 1');
    expect(f!.attempts!.map((a) => [a.outcome, a.message])).toEqual([
      ['failed', 'flaky panic'],
      ['passed', undefined],
    ]);
    expect(r.flakyIds).toEqual(['crate::bin::f']);
    expect(r.fixups[0]).toBe(FIXUP(3));
  });

  it('text of its own wins: the <system-err> is not read, and no fix-up is reported', () => {
    const r = parse(
      nextest(`<testcase name="t" classname="crate::bin">
        <failure type="test failure">panicked: own text</failure>
        <rerunFailure type="test failure">rerun text<system-err>rerun stderr</system-err></rerunFailure>
        <system-err>case stderr</system-err>
      </testcase>`),
    );
    expect(r.cases[0]!.attempts!.map((a) => a.message)).toEqual(['panicked: own text', 'rerun text']);
    expect(r.fixups).toEqual([
      'nextest: 1 retry element (flakyFailure, flakyError, rerunFailure, rerunError) read as attempts',
    ]);
  });

  it("a passed test's <system-err> is never a message", () => {
    const r = parse(nextest(`<testcase name="t" classname="c"><system-err>log line</system-err></testcase>`));
    expect(r.cases[0]).toEqual({ id: 'c::t', name: 't', classname: 'c', outcome: 'passed', duration: null });
    expect(r.fixups).toEqual([]);
  });

  it('the kept <system-err> is capped like any failure text', () => {
    const huge = 'x'.repeat(MAX_MESSAGE * 3);
    const r = parse(
      nextest(`<testcase name="t" classname="c"><failure/><system-err>${huge}</system-err></testcase>`),
    );
    expect(r.cases[0]!.message!.length).toBe(MAX_MESSAGE);
  });

  it('other producers are left as they were: an empty failure stays without a message', () => {
    // Gradle's suite attributes, in Gradle's order; and an unknown producer.
    for (const xml of [
      `<testsuite name="S" tests="1" skipped="0" failures="1" errors="0" timestamp="t" hostname="h" time="0"><testcase name="t" classname="c"><failure/><system-err>stderr</system-err></testcase></testsuite>`,
      `<testsuite><testcase name="t" classname="c"><failure/><system-err>stderr</system-err></testcase></testsuite>`,
    ]) {
      const r = parse(xml);
      expect(r.producer).not.toBe('nextest');
      expect(r.cases[0]!.outcome).toBe('failed');
      expect(r.cases[0]!.message).toBeUndefined();
      expect(r.fixups).toEqual([]);
    }
  });
});
