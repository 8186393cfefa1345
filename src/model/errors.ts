/**
 * Typed errors. An InputError is the user's to fix (exit 2): it names the file, the line and column
 * when known, and what was expected. Anything else is a bug.
 */
export interface Location {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly location?: Location,
  ) {
    super(location ? `${formatLocation(location)}: ${message}` : message);
  }
}

export function formatLocation(loc: Location): string {
  if (loc.line === undefined) return loc.file;
  return loc.column === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
}

/** Several input errors found together (config validation reports all of them at once). */
export class InputErrors extends Error {
  override readonly name = 'InputErrors';
  constructor(readonly errors: readonly InputError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

export function isInputError(e: unknown): e is InputError | InputErrors {
  return e instanceof InputError || e instanceof InputErrors;
}
