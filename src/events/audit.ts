import type { EventLog } from './log.js';
import type { EventName } from './taxonomy.js';

/**
 * Find expected events that were never emitted and record each as a `logging_deficit`, so the log
 * itself says what it lacks. Call it before the final `foundation_checkpoint_emitted`, which is
 * therefore not something it can expect.
 */
export function auditEvents(log: EventLog, expected: readonly EventName[]): { missing: EventName[] } {
  const emitted = new Set(log.events().map((e) => e.event));
  const missing = [...new Set(expected)].filter((name) => !emitted.has(name));
  for (const name of missing) log.emit('logging_deficit', { missing_event: name });
  return { missing };
}
