import type { RunArtifact } from './ports.js';

/**
 * Artifact names. A name is unique per workflow run (the service answers 409 to a second upload),
 * so each matrix leg adds its shard and each re-run attempt after the first adds its number:
 * `test-ladder`, `test-ladder-py3.12`, `test-ladder-py3.12-attempt-2`.
 */

/** The characters the artifact service refuses in a name. */
const INVALID = /[":<>|*?\r\n\\/]/;

/** Why `name` cannot be an artifact name, or null. */
export function artifactNameProblem(name: string): string | null {
  if (name.trim() === '') return 'it is empty';
  const bad = INVALID.exec(name);
  if (bad) return `it contains ${JSON.stringify(bad[0])}; not allowed: " : < > | * ? \\ / and line breaks`;
  if (name.length > 200) return 'it is longer than 200 characters';
  return null;
}

/** A shard label as it can appear in a name: `ubuntu/py 3.12` → `ubuntu-py-3.12`. */
export function shardSlug(label: string): string {
  return (
    label
      .trim()
      .replace(new RegExp(INVALID.source, 'g'), '-')
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '') || 'shard'
  );
}

export function artifactName(base: string, shard: string | null, attempt: number): string {
  return `${base}${shard ? `-${shardSlug(shard)}` : ''}${attempt > 1 ? `-attempt-${attempt}` : ''}`;
}

/** The attempt an artifact of `stem` was uploaded by (1 for the bare stem), or null when not of `stem`. */
export function attemptOf(name: string, stem: string): number | null {
  if (name === stem) return 1;
  const match = /^-attempt-([1-9]\d{0,3})$/.exec(name.startsWith(stem) ? name.slice(stem.length) : '');
  return match ? Number(match[1]) : null;
}

/**
 * The artifact of `stem` uploaded by the latest attempt not after `maxAttempt` (an attempt only
 * sees its own and earlier ones), skipping expired ones.
 */
export function latestOf(
  artifacts: readonly RunArtifact[],
  stem: string,
  maxAttempt = Number.POSITIVE_INFINITY,
): (RunArtifact & { attempt: number }) | null {
  let best: (RunArtifact & { attempt: number }) | null = null;
  for (const a of artifacts) {
    const attempt = attemptOf(a.name, stem);
    if (attempt === null || attempt > maxAttempt || a.expired) continue;
    if (!best || attempt > best.attempt || (attempt === best.attempt && a.id > best.id))
      best = { ...a, attempt };
  }
  return best;
}

/**
 * `expected-shards`: a count N (shards named 1 … N) or the shard names, comma- or line-separated.
 * Null when not given; a string when it cannot be read.
 */
export function parseExpectedShards(raw: string): readonly string[] | null | { problem: string } {
  const text = raw.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n < 1 || n > 256) return { problem: `"${text}" is not a number of shards from 1 to 256` };
    return Array.from({ length: n }, (_, i) => String(i + 1));
  }
  const names = text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const slugs = names.map(shardSlug);
  const twice = slugs.find((s, i) => slugs.indexOf(s) !== i);
  if (twice !== undefined) return { problem: `shard "${twice}" is named twice` };
  return names;
}

export interface ShardPlan {
  readonly shards: readonly {
    readonly label: string;
    readonly artifact: RunArtifact & { attempt: number };
  }[];
  /** Expected shards with no artifact in this run. */
  readonly missing: readonly { readonly label: string; readonly name: string }[];
  /** Shard artifacts found but not expected (ignored). */
  readonly extra: readonly string[];
}

/**
 * Which artifacts of this run are the shards to merge: those named `<base>-<shard>` (latest attempt
 * each). With `expected` the set must be exactly those shards: a missing one is reported, never
 * silently merged without.
 */
export function planMerge(
  artifacts: readonly RunArtifact[],
  base: string,
  expected: readonly string[] | null,
  attempt: number,
): ShardPlan {
  const prefix = `${base}-`;
  const found = new Map<string, RunArtifact & { attempt: number }>();
  for (const a of artifacts) {
    if (!a.name.startsWith(prefix)) continue;
    const rest = a.name.slice(prefix.length).replace(/-attempt-[1-9]\d{0,3}$/, '');
    // The merge job's own artifact (`<base>-attempt-2`) is not a shard.
    if (rest === '' || /^attempt-[1-9]\d{0,3}$/.test(a.name.slice(prefix.length))) continue;
    if (found.has(rest)) continue;
    const latest = latestOf(artifacts, `${prefix}${rest}`, attempt);
    if (latest) found.set(rest, latest);
  }
  if (expected === null) {
    const shards = [...found]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([label, artifact]) => ({ label, artifact }));
    return { shards, missing: [], extra: [] };
  }
  const shards: { label: string; artifact: RunArtifact & { attempt: number } }[] = [];
  const missing: { label: string; name: string }[] = [];
  const wanted = new Set<string>();
  for (const label of expected) {
    const slug = shardSlug(label);
    wanted.add(slug);
    const artifact = found.get(slug);
    if (artifact) shards.push({ label, artifact });
    else missing.push({ label, name: artifactName(base, label, 1) });
  }
  const extra = [...found.keys()].filter((k) => !wanted.has(k)).map((k) => `${prefix}${k}`);
  return { shards, missing, extra };
}
