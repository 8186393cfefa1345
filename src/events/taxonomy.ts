/**
 * The fixed event taxonomy of events.log.jsonl (names from the testing-platform plan). Adding a name
 * is a change to a published format: readers of earlier logs key on these strings.
 */
export const EVENT_NAMES = [
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
] as const;

export type EventName = (typeof EVENT_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(EVENT_NAMES);

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && NAMES.has(value);
}
