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
      // GitHub links bare URLs too; a zero-width space keeps a report's URL text, not a link.
      .replace(/:\/\//g, ':\u200b//')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
  );
}

/** Inside a code span: backticks cannot close it early. */
export function code(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001F\u007F]/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${defuseComments(clean)}${pad}${fence}`;
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

/**
 * A hidden comment opener inside report text could forge the sticky comment's marker, even inside
 * a code span (the marker is found in the raw body). A zero-width space breaks the sequence
 * without changing what a reader sees. A lone `-->` closes nothing and stays (Mermaid needs it).
 */
function defuseComments(s: string): string {
  return s.replace(/<!--/g, '<!\u200b--');
}

/** A code span inside a table cell: GFM splits cells on a pipe even inside backticks. */
export function codeCell(s: string): string {
  return code(s).replace(/\|/g, '\\|');
}

/** A fenced code block that no line of `text` can close early. */
export function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // eslint-disable-next-line no-control-regex
  const clean = defuseComments(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ''));
  return `${fence}${lang}\n${clean}\n${fence}`;
}

/** One argument for a POSIX shell, quoted only when it needs to be. */
export function shellArg(s: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Text or an attribute value in XML (SVG). */
export function xmlText(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** A repository path as URL path segments: every character that could end the link is encoded. */
export function urlPath(path: string): string {
  return path
    .split('/')
    .map((seg) =>
      encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}
