import { createRedactor, type JsonValue } from './redact.js';
import { isEventName, type EventName } from './taxonomy.js';

export interface LoggedEvent {
  /** ISO-8601 UTC with milliseconds: 2026-11-22T10:15:30.123Z. */
  readonly timestamp: string;
  readonly event: EventName;
  readonly run_id: string;
  readonly correlation_id: string;
  /** Redacted context, without the four fixed field names. */
  readonly context: Readonly<Record<string, JsonValue>>;
}

export interface EventLogOptions {
  readonly runId: string;
  readonly correlationId: string;
  readonly clock: () => Date;
  /** Every environment variable's value, to be redacted wherever it appears in a context. */
  readonly envValues: readonly string[];
}

/** The fields every line starts with; a context cannot override them. */
export const FIXED_FIELDS = ['timestamp', 'event', 'run_id', 'correlation_id'] as const;
const FIXED: ReadonlySet<string> = new Set(FIXED_FIELDS);

/**
 * events.log.jsonl in memory: the fixed taxonomy, one JSON object per line, every context redacted
 * when it is emitted (so nothing unredacted is ever held, let alone written).
 */
export class EventLog {
  private readonly logged: LoggedEvent[] = [];
  private readonly redactor: ReturnType<typeof createRedactor>;

  constructor(private readonly opts: EventLogOptions) {
    this.redactor = createRedactor({ envValues: opts.envValues });
  }

  /**
   * Record an event. Context keys named like a fixed field are dropped: a line's event, run and time
   * must be the logger's, whatever a caller passes.
   */
  emit(event: EventName, context: Readonly<Record<string, unknown>> = {}): void {
    if (!isEventName(event)) throw new Error(`EventLog: unknown event ${JSON.stringify(event)}`);
    const redacted = this.redactor.value(context);
    const clean: Record<string, JsonValue> = {};
    if (typeof redacted === 'object' && redacted !== null && !Array.isArray(redacted)) {
      for (const key of Object.keys(redacted)) {
        if (FIXED.has(key)) continue;
        Object.defineProperty(clean, key, {
          value: redacted[key],
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    this.logged.push(
      Object.freeze({
        timestamp: this.opts.clock().toISOString(),
        event,
        run_id: this.opts.runId,
        correlation_id: this.opts.correlationId,
        context: clean,
      }),
    );
  }

  events(): readonly LoggedEvent[] {
    return [...this.logged];
  }

  /** Whether `event` was emitted at least once. */
  has(event: EventName): boolean {
    return this.logged.some((e) => e.event === event);
  }

  /** The file's text: one line per event, each newline-terminated; empty when nothing was emitted. */
  toJsonl(): string {
    return this.logged.map((e) => `${toLine(e)}\n`).join('');
  }
}

/**
 * One event as one line. JSON.stringify escapes control characters, but not U+0085, U+2028 and
 * U+2029, which some readers (Python's str.splitlines, editors) treat as line breaks.
 */
export function toLine(e: LoggedEvent): string {
  const line: Record<string, unknown> = {
    timestamp: e.timestamp,
    event: e.event,
    run_id: e.run_id,
    correlation_id: e.correlation_id,
  };
  for (const key of Object.keys(e.context)) {
    Object.defineProperty(line, key, {
      value: e.context[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return JSON.stringify(line).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
