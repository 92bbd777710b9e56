import {
  DomainError,
  IdempotencyKeyReusedError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
  type FieldIssue,
} from '../errors.ts';
import { access } from '../auth/access.ts';
import { builder } from './builder.ts';

export const ErrorCode = builder.enumType('ErrorCode', {
  description: 'Machine-readable code of an expected error.',
  values: {
    VALIDATION_FAILED: { description: 'The input breaks one or more rules; nothing was written.' },
    NOT_FOUND: { description: 'The record does not exist or is not visible to you.' },
    VERSION_CONFLICT: { description: 'The record changed since you read it; read it again and retry.' },
    INVALID_STATE: { description: 'The record’s state does not allow this action.' },
    IDEMPOTENCY_KEY_REUSED: { description: 'The idempotency key was used before with a different input.' },
    DENY_FINDINGS: { description: 'The payer’s policy says the claim would be denied; fix it or override with a reason.' },
  } as const,
});

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'An expected failure of a mutation: what went wrong, where in the input, and a code.',
  ...access('open'),
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in plain words.' }),
    code: t.field({ type: ErrorCode, description: 'Machine-readable code.', resolve: (e) => e.code }),
    path: t.exposeStringList('path', { description: 'Where in the input the problem is (empty when it is not about one field).' }),
  }),
});

const FieldIssueType = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One problem with one input field.',
  ...access('open'),
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'The input field, as a path from the argument (for example input, lines, 0, units).' }),
    message: t.exposeString('message', { description: 'What is wrong with it.' }),
    code: t.exposeString('code', { description: 'Machine-readable reason (for example INVALID_NPI, END_BEFORE_START).' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input breaks one or more rules; nothing was written.',
  ...access('open'),
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({ type: [FieldIssueType], description: 'Every problem found.', resolve: (e) => e.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The record does not exist or is not visible to you; the two are not told apart.',
  ...access('open'),
  interfaces: [ErrorInterface],
  fields: (t) => ({
    recordType: t.exposeString('recordType', { description: 'The kind of record looked for.' }),
  }),
});

builder.objectType(VersionConflictError, {
  name: 'VersionConflictError',
  description: 'Someone else changed the record since you read it. Nothing was written.',
  ...access('open'),
  interfaces: [ErrorInterface],
  fields: (t) => ({
    recordType: t.exposeString('recordType', { description: 'The kind of record.' }),
    expectedVersion: t.exposeInt('expectedVersion', { description: 'The version you sent.' }),
    currentVersion: t.exposeInt('currentVersion', { description: 'The version it has now.' }),
  }),
});

builder.objectType(InvalidStateError, {
  name: 'InvalidStateError',
  description: 'The record’s state does not allow this action (for example editing a paid claim).',
  ...access('open'),
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentState: t.exposeString('currentState', { description: 'The state the record is in.' }),
  }),
});

builder.objectType(IdempotencyKeyReusedError, {
  name: 'IdempotencyKeyReusedError',
  description: 'The idempotency key was already used with a different input. Nothing was written.',
  ...access('open'),
  interfaces: [ErrorInterface],
  fields: () => ({}),
});
