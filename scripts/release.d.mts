// Types for scripts/release.mjs, so the TypeScript tests can import its pure functions.
export const REPOSITORY_URL: string;
export function nextVersion(current: string, spec: string): string;
export function compareVersions(a: string, b: string): number;
export function majorTag(version: string): string;
export function releaseChangelog(
  text: string,
  version: string,
  date: string,
  previous: string | null,
  url?: string,
): string;
export function lastReleased(text: string): string | null;
