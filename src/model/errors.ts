// The error family (graphology style): one base class, a subclass per layer. Tests assert the class.

export class KgError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad input: a file that cannot be read, decoded or parsed. Names the file (and line). */
export class InputError extends KgError {
  constructor(
    readonly file: string,
    reason: string,
    options?: { cause?: unknown; line?: number },
  ) {
    super(`${file}${options?.line ? `:${options.line}` : ''}: ${reason}`, options);
    this.line = options?.line;
  }
  readonly line: number | undefined;
}

export class ExtractionError extends KgError {}
export class ResolveError extends KgError {}
/** Anything from the database: unreachable, refused, failed write. */
export class DbError extends KgError {}
/** A query refused because it is not read-only (or not allowed). */
export class ReadOnlyViolation extends KgError {}
/** A command line used wrongly: exit code 2. */
export class UsageError extends KgError {}
