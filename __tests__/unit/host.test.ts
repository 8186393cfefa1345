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
    EMPTY: '',
  };

  it("keeps every variable's value but the action's own non-secret inputs", () => {
    expect(redactableValues(env).sort()).toEqual(
      ['postgres://u:p@db/x', '20260101', 'ghs_abcdefghijklmnopqrstuvwxyz'].sort(),
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
      note: 'token ghs_abcdefghijklmnopqrstuvwxyz, seed 20260101',
    });
    const line = log.toJsonl();
    expect(line).toContain('"status":"skipped","mode":"validate-env"');
    expect(line).not.toContain('ghs_abc');
    expect(line).not.toContain('20260101');
  });
});
