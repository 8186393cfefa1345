import { describe, expect, it } from 'vitest';
import { redactableValues } from '../../src/adapters/host.js';
import { EventLog } from '../../src/events/index.js';

describe('redactableValues', () => {
  const env = {
    DATABASE_URL: 'postgres://u:p@db/x',
    TPR_SEED: '20260101',
    INPUT_MODE: 'validate-env',
    'INPUT_VALIDATE-ENV': 'skip',
    'INPUT_GITHUB-TOKEN': 'ghs_abcdefghijklmnopqrstuvwxyz',
    GITHUB_TOKEN: 'ghs_zyxwvutsrqponmlkjihgfedcba',
    GITHUB_JOB: 'test',
    GITHUB_REF_NAME: 'main',
    RUNNER_OS: 'Linux',
    TPR_FAILFAST_MODE: 'soft',
    EMPTY: '',
  };

  it("keeps every variable's value but those public by contract (inputs, runner context, TPR_* settings)", () => {
    expect(redactableValues(env).sort()).toEqual(
      [
        'postgres://u:p@db/x',
        '20260101',
        'ghs_abcdefghijklmnopqrstuvwxyz',
        'ghs_zyxwvutsrqponmlkjihgfedcba',
      ].sort(),
    );
  });

  it('so an event says what the step was asked to do, and still hides the token and the variables', () => {
    const log = new EventLog({
      runId: '1',
      correlationId: 'c',
      clock: () => new Date('2026-11-22T00:00:00Z'),
      envValues: redactableValues(env),
    });
    log.emit('environment_validation_ok', {
      status: 'skipped',
      mode: 'validate-env',
      failfast: 'soft',
      test: 'tests/test_main.py::test_x',
      note: 'token ghs_abcdefghijklmnopqrstuvwxyz, seed 20260101',
    });
    const line = log.toJsonl();
    expect(line).toContain(
      '"status":"skipped","mode":"validate-env","failfast":"soft","test":"tests/test_main.py::test_x"',
    );
    expect(line).not.toContain('ghs_abc');
    expect(line).not.toContain('20260101');
  });
});
