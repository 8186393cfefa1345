export { EVENT_NAMES, isEventName } from './taxonomy.js';
export type { EventName } from './taxonomy.js';
export {
  redact,
  createRedactor,
  isSecretKey,
  REDACTED,
  MIN_ENV_VALUE_LENGTH,
  SECRET_PATTERNS,
} from './redact.js';
export type { JsonValue, RedactionSecrets } from './redact.js';
export { EventLog, FIXED_FIELDS, toLine } from './log.js';
export type { LoggedEvent, EventLogOptions } from './log.js';
export { auditEvents } from './audit.js';
export { newCorrelationId } from './correlation.js';
