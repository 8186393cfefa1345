import type { IssueComment } from './ports.js';

/**
 * The sticky comment: one per pull request and key, found by the hidden marker on its first line
 * (report text cannot forge it: the renderer escapes `<`), created once, then edited in place, and
 * not written at all when its body would not change.
 */
export type CommentPlan =
  | { readonly action: 'create'; readonly deletes: readonly number[] }
  | { readonly action: 'update'; readonly id: number; readonly deletes: readonly number[] }
  | { readonly action: 'unchanged'; readonly id: number; readonly deletes: readonly number[] };

export function planComment(existing: readonly IssueComment[], marker: string, body: string): CommentPlan {
  const ours = existing.filter((c) => c.body === marker || c.body.startsWith(`${marker}\n`));
  if (ours.length === 0) return { action: 'create', deletes: [] };
  // Two jobs that raced both created one; the newest stays, the older ones by the same author go
  // (a comment by anyone else is never deleted, whatever it says).
  const keep = ours.reduce((a, b) => (b.id > a.id ? b : a));
  const deletes = ours
    .filter((c) => c.id !== keep.id && sameAuthor(c, keep))
    .map((c) => c.id)
    .sort((a, b) => a - b);
  return keep.body === body
    ? { action: 'unchanged', id: keep.id, deletes }
    : { action: 'update', id: keep.id, deletes };
}

function sameAuthor(a: IssueComment, b: IssueComment): boolean {
  return a.author !== null && b.author !== null && a.author.login === b.author.login;
}
