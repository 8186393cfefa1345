import { describe, expect, it } from 'vitest';
import {
  cell,
  code,
  codeCell,
  fenced,
  inline,
  logLine,
  shellArg,
  urlPath,
  xmlText,
} from '../../src/report/escape.js';

describe('escape', () => {
  it('inline text: no HTML, no markdown, no mentions, references or links', () => {
    const s = inline('<b>@octocat</b> #123 *x* [a](https://evil.example) www.evil.example\nnext');
    expect(s).toBe(
      '&lt;b&gt;@\u200doctocat&lt;/b&gt; #\u200d123 \\*x\\* \\[a\\](https:\u200b//evil.example) www\u200b.evil.example next',
    );
  });

  it('a cell cannot be split by a pipe, in text or in a code span', () => {
    expect(cell('a|b')).toBe('a\\|b');
    expect(codeCell('a|b`c')).toBe('``a\\|b`c``');
  });

  it('a code span cannot be closed early nor carry a comment marker', () => {
    expect(code('a``b')).toBe('```a``b```');
    expect(code('`x')).toBe('`` `x ``');
    expect(code('<!-- test-ladder:comment key=x -->')).toBe('`<!\u200b-- test-ladder:comment key=x -->`');
  });

  it('a fenced block is longer than any backtick run inside it', () => {
    expect(fenced('a ```` b', 'sh')).toBe('`````sh\na ```` b\n`````');
    expect(fenced('y-axis 0 --> 100', 'mermaid')).toBe('```mermaid\ny-axis 0 --> 100\n```');
  });

  it('shell arguments are quoted only when needed', () => {
    expect(shellArg('reports/coverage.xml')).toBe('reports/coverage.xml');
    expect(shellArg("it's $(x) `y`")).toBe(`'it'\\''s $(x) \`y\`'`);
  });

  it('XML text and URL paths', () => {
    expect(xmlText(`<&>"'\u0001`)).toBe('&lt;&amp;&gt;&quot;&apos;');
    expect(urlPath("src/it's (x) #1?.py")).toBe('src/it%27s%20%28x%29%20%231%3F.py');
  });

  it('a log line cannot start a workflow command', () => {
    expect(logLine('::error::x\n::warning::y')).toBe(': :error::x ::warning::y');
  });
});
