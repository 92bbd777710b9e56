// Expected failures of the domain, each with a machine-readable code. The GraphQL layer turns
// them into typed errors (src/graphql/errors.ts); anything else is unexpected and masked.

export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'INVALID_STATE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'DENY_FINDINGS';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Where in the input the problem is (for example ["input", "lines", "0", "units"]). */
  readonly path: string[];

  constructor(message: string, path: string[] = []) {
    super(message);
    this.name = new.target.name;
    this.path = path;
  }
}

export interface FieldIssue {
  path: string[];
  message: string;
  /** A short machine-readable reason (INVALID_NPI, END_BEFORE_START, ...). */
  code: string;
}

/** The input breaks one or more rules; nothing was written. */
export class ValidationError extends DomainError {
  readonly code = 'VALIDATION_FAILED' as const;

  constructor(readonly issues: FieldIssue[]) {
    super(issues.length === 1 ? (issues[0]?.message ?? 'Invalid input.') : `${issues.length} problems in the input.`, issues[0]?.path ?? []);
  }

  static of(path: string[], code: string, message: string): ValidationError {
    return new ValidationError([{ path, code, message }]);
  }
}

/** The record does not exist, or the caller may not see it (the two are not told apart). */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;

  constructor(readonly recordType: string, path: string[] = []) {
    super(`${recordType} not found.`, path);
  }
}

/** Someone else changed the record since the caller read it. */
export class VersionConflictError extends DomainError {
  readonly code = 'VERSION_CONFLICT' as const;

  constructor(
    readonly recordType: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`${recordType} was changed by someone else: expected version ${expectedVersion}, it is now ${currentVersion}. Read it again and retry.`, ['input', 'expectedVersion']);
  }
}

/** The record is not in a state that allows the action (a paid claim cannot be edited). */
export class InvalidStateError extends DomainError {
  readonly code = 'INVALID_STATE' as const;

  constructor(
    message: string,
    readonly currentState: string,
    path: string[] = [],
  ) {
    super(message, path);
  }
}

/** The idempotency key was used before with a different input. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED' as const;

  constructor() {
    super('This idempotency key was already used with a different input. Use a new key for a new request.', ['input', 'idempotencyKey']);
  }
}
