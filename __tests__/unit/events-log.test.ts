import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/events/audit.js';
import { newCorrelationId } from '../../src/events/correlation.js';
import { EventLog } from '../../src/events/log.js';
import { EVENT_NAMES, isEventName, type EventName } from '../../src/events/taxonomy.js';

function fixedLog(envValues: readonly string[] = []): EventLog {
  let ms = Date.UTC(2026, 10, 22, 10, 15, 30, 123);
  return new EventLog({ runId: '4242', correlationId: 'c-1', clock: () => new Date(ms++), envValues });
}

describe('taxonomy', () => {
  it('is the fixed list from DESIGN.md', () => {
    expect(EVENT_NAMES).toEqual([
      'metrics_capture_start',
      'metrics_capture_complete',
      'environment_validation_start',
      'environment_validation_ok',
      'environment_validation_fail',
      'failfast_mode_applied',
      'early_exit_detected',
      'property_test_start',
      'property_test_complete',
      'flake_scan_complete',
      'coverage_ladder_recorded',
      'foundation_checkpoint_emitted',
      'logging_deficit',
      'risk_trigger',
    ]);
    expect(isEventName('risk_trigger')).toBe(true);
    expect(isEventName('risk')).toBe(false);
    expect(isEventName(1)).toBe(false);
  });
});

describe('EventLog', () => {
  it('writes one JSON object per line: fixed fields first, then the context', () => {
    const log = fixedLog();
    log.emit('metrics_capture_start');
    log.emit('flake_scan_complete', { flaky: 2, tests: ['a', 'b'], rate: 0.5 });
    expect(log.toJsonl()).toBe(
      '{"timestamp":"2026-11-22T10:15:30.123Z","event":"metrics_capture_start","run_id":"4242","correlation_id":"c-1"}\n' +
        '{"timestamp":"2026-11-22T10:15:30.124Z","event":"flake_scan_complete","run_id":"4242","correlation_id":"c-1",' +
        '"flaky":2,"tests":["a","b"],"rate":0.5}\n',
    );
  });

  it('writes UTC with milliseconds whatever the Date', () => {
    const log = new EventLog({
      runId: 'r',
      correlationId: 'c',
      clock: () => new Date('2026-03-01T01:02:03+05:00'),
      envValues: [],
    });
    log.emit('risk_trigger');
    expect(log.events()[0]?.timestamp).toBe('2026-02-28T20:02:03.000Z');
  });

  it('does not let a context override the fixed fields', () => {
    const log = fixedLog();
    log.emit('risk_trigger', {
      timestamp: 'x',
      event: 'logging_deficit',
      run_id: '1',
      correlation_id: '2',
      why: 'y',
    });
    expect(JSON.parse(log.toJsonl())).toEqual({
      timestamp: '2026-11-22T10:15:30.123Z',
      event: 'risk_trigger',
      run_id: '4242',
      correlation_id: 'c-1',
      why: 'y',
    });
  });

  it('keeps one event on one line, whatever the strings hold', () => {
    const log = fixedLog();
    const nasty = 'a\nb\r\nc\u2028d\u2029e\u0085f\u000bg"h\\';
    log.emit('early_exit_detected', { message: nasty, [`k\ney`]: 1 });
    const jsonl = log.toJsonl();
    expect(jsonl.split('\n')).toHaveLength(2);
    expect(jsonl.slice(0, -1)).not.toMatch(/[\n\r\v\u2028\u2029\u0085]/);
    expect(jsonl.endsWith('\n')).toBe(true);
    expect(jsonl).toContain('c\\u2028d\\u2029e\\u0085f');
    const parsed = JSON.parse(jsonl) as Record<string, unknown>;
    expect(parsed['message']).toBe(nasty);
    expect(parsed['k\ney']).toBe(1);
  });

  it('redacts env values and secret-shaped values before storing them', () => {
    const log = fixedLog(['my-env-secret']);
    log.emit('environment_validation_fail', {
      reason: 'NPM_TOKEN=my-env-secret was set',
      token: 'anything',
      nested: [{ note: 'Bearer abcdef123' }],
    });
    expect(log.events()[0]?.context).toEqual({
      reason: 'NPM_TOKEN=[redacted] was set',
      token: '[redacted]',
      nested: [{ note: 'Bearer [redacted]' }],
    });
    expect(log.toJsonl()).not.toContain('my-env-secret');
    expect(log.toJsonl()).not.toContain('abcdef123');
  });

  it('refuses an unknown event name at compile time and at run time', () => {
    const log = fixedLog();
    // @ts-expect-error: not in the taxonomy
    expect(() => log.emit('metrics_captured')).toThrow('EventLog: unknown event "metrics_captured"');
    expect(log.events()).toEqual([]);
    expect(log.toJsonl()).toBe('');
  });

  it('hands out a copy of its events', () => {
    const log = fixedLog();
    log.emit('risk_trigger');
    (log.events() as unknown[]).pop();
    expect(log.events()).toHaveLength(1);
    expect(log.has('risk_trigger')).toBe(true);
    expect(log.has('logging_deficit')).toBe(false);
  });
});

describe('auditEvents', () => {
  it('reports and logs each missing expected event once, in expected order', () => {
    const log = fixedLog();
    log.emit('metrics_capture_start');
    const expected: EventName[] = [
      'metrics_capture_start',
      'flake_scan_complete',
      'coverage_ladder_recorded',
      'flake_scan_complete',
    ];
    expect(auditEvents(log, expected)).toEqual({
      missing: ['flake_scan_complete', 'coverage_ladder_recorded'],
    });
    log.emit('foundation_checkpoint_emitted');
    expect(log.events().map((e) => [e.event, e.context])).toEqual([
      ['metrics_capture_start', {}],
      ['logging_deficit', { missing_event: 'flake_scan_complete' }],
      ['logging_deficit', { missing_event: 'coverage_ladder_recorded' }],
      ['foundation_checkpoint_emitted', {}],
    ]);
  });

  it('logs nothing when nothing is missing', () => {
    const log = fixedLog();
    log.emit('risk_trigger');
    expect(auditEvents(log, ['risk_trigger'])).toEqual({ missing: [] });
    expect(log.events()).toHaveLength(1);
  });
});

describe('newCorrelationId', () => {
  it('formats 16 bytes as a UUID v4 with the version and variant bits set', () => {
    const counting = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => i);
    expect(newCorrelationId(counting)).toBe('00010203-0405-4607-8809-0a0b0c0d0e0f');
    expect(newCorrelationId((n) => new Uint8Array(n).fill(0xff))).toBe(
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
    );
    expect(newCorrelationId(() => new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('accepts crypto.randomBytes and refuses too few bytes', () => {
    expect(newCorrelationId(randomBytes)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(() => newCorrelationId(() => new Uint8Array(15))).toThrow(/needs 16 random bytes, got 15/);
  });
});
