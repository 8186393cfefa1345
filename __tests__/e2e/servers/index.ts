// The loopback world an end-to-end test runs dist/index.js against: one import for the servers and
// the environment that points the action at them.
import type { ArtifactService } from './artifacts.js';
import type { GitHubServer } from './github.js';

export * from './artifacts.js';
export * from './github.js';
export { OpenApiContract, COMMENT_BODY_LIMIT } from './openapi.js';
export { makeZip, readZip } from './zip.js';

/**
 * The runner variables that send the action's GitHub and artifact traffic to the local servers;
 * pass as `runAction({ env: runnerEnv(gh, artifacts) })`. Without `artifacts`, the results
 * variables are left unset, as the harness does by default.
 */
export function runnerEnv(gh: GitHubServer | undefined, artifacts?: ArtifactService): Record<string, string> {
  return {
    ...(gh === undefined ? {} : { GITHUB_API_URL: gh.url, GITHUB_GRAPHQL_URL: `${gh.url}/graphql` }),
    ...(artifacts === undefined ? {} : artifacts.env()),
  };
}
