/**
 * Text from reports (paths, test names, messages) is untrusted. These make it inert in markdown
 * rendered by GitHub and in lines written to the runner's stdout.
 */

/** One table cell: no pipes, no line breaks, no HTML, no mentions or references, no links. */
export function cell(s: string): string {
  return inline(s).replace(/\|/g, '\\|');
}

/** Inline markdown text: HTML escaped, markdown punctuation escaped, mentions and refs defused. */
export function inline(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\r?\n|\r/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]~])/g, '\\$1')
      // A zero-width joiner keeps "@user" from notifying anyone and "#123" from linking an issue.
      .replace(/([@#])(?=[A-Za-z0-9])/g, '$1\u200d')
  );
}

/** Inside a code span: backticks cannot close it early. */
export function code(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001F\u007F]/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Plain text for a terminal or log line: no markdown escapes, control characters dropped. */
export function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** A line for the runner's log: no workflow command can start inside it. */
export function logLine(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/^::/, ': :');
}
