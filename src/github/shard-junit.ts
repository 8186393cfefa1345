import { shardProperties } from '../formats/tests/junit.js';
import type { Attempt, TestCase } from '../model/tests.js';

/**
 * tests.junit.xml: the test cases of a run, written back as plain JUnit so that a later job can
 * read them with the same reader (`mode: merge` merges the shards' tests, `mode: publish` re-judges
 * a fork's run from its data). Each attempt is one `<testcase>` with the same file, classname and
 * name, in the order run: the reader (no known producer: repeated testcases are retries) gives back
 * the same ids, outcomes, durations, messages and attempts. A case's properties, markers and examples
 * go into each of its testcases' `<properties>` (see shardProperties), so they come back too.
 */
export const SHARD_JUNIT = 'tests.junit.xml';

export function writeShardJunit(cases: readonly TestCase[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites name="test-ladder">'];
  out.push(`  <testsuite name="test-ladder" tests="${cases.length}">`);
  for (const c of cases) {
    const attempts: readonly Attempt[] = c.attempts ?? [
      {
        outcome: c.outcome,
        duration: c.duration,
        ...(c.message !== undefined ? { message: c.message } : {}),
      },
    ];
    const props = shardProperties(c).map(
      (p) => `        <property name="${attr(p.name)}" value="${attr(p.value)}"/>`,
    );
    const properties = props.length > 0 ? ['      <properties>', ...props, '      </properties>'] : [];
    for (const a of attempts) {
      const attrs = [
        `classname="${attr(c.classname)}"`,
        `name="${attr(c.name)}"`,
        ...(c.file ? [`file="${attr(c.file)}"`] : []),
        ...(a.duration !== null ? [`time="${a.duration}"`] : []),
      ].join(' ');
      if (a.outcome === 'passed' && properties.length === 0) out.push(`    <testcase ${attrs}/>`);
      else if (a.outcome === 'passed') out.push(`    <testcase ${attrs}>`, ...properties, '    </testcase>');
      else {
        const el = a.outcome === 'failed' ? 'failure' : a.outcome === 'error' ? 'error' : 'skipped';
        const body = a.message ? text(a.message) : '';
        out.push(
          `    <testcase ${attrs}>`,
          ...properties,
          body ? `      <${el}>${body}</${el}>` : `      <${el}/>`,
          '    </testcase>',
        );
      }
    }
  }
  out.push('  </testsuite>', '</testsuites>', '');
  return out.join('\n');
}

/** Characters XML 1.0 cannot carry are dropped (lone surrogates become U+FFFD). */
function clean(s: string): string {
  return (
    s
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}

function text(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
