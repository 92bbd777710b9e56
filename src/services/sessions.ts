// Recording the work: a session (start and end time, provider, place of service, telehealth
// modality, code, modifiers) and a PHP/IOP program day made of component services with minutes.

import { isoDate } from '../domain/dates.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { LevelOfCare } from '../policy/types.ts';
import { Issues } from './validate.ts';
import { runWrite, type WriteContext } from './write.ts';

export interface RecordSessionInput {
  patientId: string;
  providerId: string;
  locationId: string;
  programId?: string | null;
  episodeId?: string | null;
  coverageId?: string | null;
  startTime: Date;
  endTime: Date;
  placeOfService: string;
  telehealthModality: 'NONE' | 'VIDEO' | 'AUDIO_ONLY';
  procedureCode: string;
  modifiers?: string[] | null;
  /** Psychotherapy minutes inside an E/M visit (billed with an add-on code). */
  psychotherapyMinutes?: number | null;
  status?: 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW' | null;
  idempotencyKey?: string | null;
}

/** Longest session accepted, in minutes. */
const MAX_SESSION_MINUTES = 12 * 60;

/**
 * Records a session. A completed one must have happened (not start in the future); end is after
 * start; one provider's sessions never overlap (checked under a per-provider lock, so two
 * concurrent requests cannot both pass).
 */
export async function recordSession(ctx: WriteContext, input: RecordSessionInput): Promise<{ sessionId: string }> {
  const issues = new Issues();
  const status = input.status ?? 'COMPLETED';
  const minutes = Math.round((input.endTime.getTime() - input.startTime.getTime()) / 60_000);
  if (!(input.endTime.getTime() > input.startTime.getTime())) {
    issues.add(['input', 'endTime'], 'END_BEFORE_START', 'The session must end after it starts.');
  } else if (minutes > MAX_SESSION_MINUTES) {
    issues.add(['input', 'endTime'], 'TOO_LONG', `A session lasts at most ${MAX_SESSION_MINUTES / 60} hours.`);
  }
  if (status === 'COMPLETED' && input.startTime.getTime() > ctx.now.getTime()) {
    issues.add(['input', 'startTime'], 'DATE_IN_FUTURE', 'A completed session cannot start in the future; record it as SCHEDULED.');
  }
  if (status === 'SCHEDULED' && input.startTime.getTime() < ctx.now.getTime() - 86_400_000) {
    issues.add(['input', 'status'], 'SCHEDULED_IN_PAST', 'A session in the past is COMPLETED, CANCELLED or NO_SHOW, not SCHEDULED.');
  }
  const procedureCode = issues.procedureCode(['input', 'procedureCode'], input.procedureCode) ?? input.procedureCode;
  const modifiers = issues.modifiers(['input', 'modifiers'], input.modifiers ?? []);
  issues.placeOfService(['input', 'placeOfService'], input.placeOfService);
  const telehealthPlace = input.placeOfService === '02' || input.placeOfService === '10';
  if (input.telehealthModality !== 'NONE' && !telehealthPlace) {
    issues.add(['input', 'placeOfService'], 'TELEHEALTH_PLACE_OF_SERVICE', 'A telehealth session takes place of service 02 (patient away from home) or 10 (at home).');
  }
  if (input.psychotherapyMinutes != null && (!Number.isInteger(input.psychotherapyMinutes) || input.psychotherapyMinutes < 1 || input.psychotherapyMinutes >= minutes)) {
    issues.add(['input', 'psychotherapyMinutes'], 'INVALID_MINUTES', 'Psychotherapy minutes are a whole number less than the session’s length.');
  }
  issues.throwIfAny();

  return runWrite(ctx, { operation: 'recordSession', idempotencyKey: input.idempotencyKey, input: { ...input, idempotencyKey: undefined } }, async (tx) => {
    // One after the other: a transaction is one connection, which runs one query at a time.
    const patient = await tx.patient.findUnique({ where: { id: input.patientId }, select: { id: true } });
    const provider = await tx.provider.findUnique({ where: { id: input.providerId }, select: { id: true, active: true } });
    const location = await tx.location.findUnique({ where: { id: input.locationId }, select: { id: true } });
    if (patient === null) {
      throw new NotFoundError('Patient', ['input', 'patientId']);
    }
    if (provider === null) {
      throw new NotFoundError('Provider', ['input', 'providerId']);
    }
    if (location === null) {
      throw new NotFoundError('Location', ['input', 'locationId']);
    }
    if (input.coverageId) {
      const coverage = await tx.coverage.findUnique({ where: { id: input.coverageId }, select: { patientId: true } });
      if (coverage === null || coverage.patientId !== patient.id) {
        throw new NotFoundError('Coverage', ['input', 'coverageId']);
      }
    }
    // One provider cannot be in two sessions at once: take the provider's lock, then look.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`parity-session:${provider.id}`}))`;
    if (status !== 'CANCELLED') {
      const overlapping = await tx.session.findFirst({
        where: {
          providerId: provider.id,
          status: { notIn: ['CANCELLED'] },
          startTime: { lt: input.endTime },
          endTime: { gt: input.startTime },
        },
        select: { id: true },
      });
      if (overlapping !== null) {
        throw ValidationError.of(['input', 'startTime'], 'OVERLAPPING_SESSION', 'The provider already has a session at that time.');
      }
    }
    const session = await tx.session.create({
      data: {
        organizationId: ctx.actor.organizationId,
        patientId: patient.id,
        providerId: provider.id,
        locationId: location.id,
        programId: input.programId ?? null,
        episodeId: input.episodeId ?? null,
        coverageId: input.coverageId ?? null,
        serviceDate: new Date(`${isoDate(input.startTime)}T00:00:00.000Z`),
        startTime: input.startTime,
        endTime: input.endTime,
        placeOfService: input.placeOfService,
        telehealthModality: input.telehealthModality,
        procedureCode,
        modifiers,
        psychotherapyMinutes: input.psychotherapyMinutes ?? null,
        status,
      },
    });
    return {
      result: { sessionId: session.id },
      audit: [{ action: 'CREATE', recordType: 'Session', recordId: session.id, patientId: patient.id, fields: ['Session.*'] }],
    };
  });
}

export interface ProgramServiceInput {
  procedureCode: string;
  minutes: number;
  providerId?: string | null;
  revenueCode?: string | null;
}

export interface RecordProgramDayInput {
  patientId: string;
  programId: string;
  locationId: string;
  episodeId?: string | null;
  serviceDate: string;
  levelOfCare: LevelOfCare;
  services: ProgramServiceInput[];
}

/** Records one PHP/IOP (or residential) program day with its component services. One day per patient, program and date. */
export async function recordProgramDay(ctx: WriteContext, input: RecordProgramDayInput): Promise<{ programDayId: string }> {
  const issues = new Issues();
  issues.date(['input', 'serviceDate'], input.serviceDate, isoDate(ctx.now));
  if (input.services.length === 0 || input.services.length > 20) {
    issues.add(['input', 'services'], 'SERVICE_COUNT', 'A program day has 1 to 20 services.');
  }
  const services = input.services.map((service, i) => {
    const path = ['input', 'services', i];
    const code = issues.procedureCode([...path, 'procedureCode'], service.procedureCode) ?? service.procedureCode;
    issues.positiveInteger([...path, 'minutes'], service.minutes, 600);
    if (service.revenueCode != null && !/^\d{4}$/.test(service.revenueCode)) {
      issues.add([...path, 'revenueCode'], 'INVALID_REVENUE_CODE', 'A revenue code is four digits.');
    }
    return { ...service, procedureCode: code };
  });
  const total = input.services.reduce((sum, s) => sum + s.minutes, 0);
  if (total > 24 * 60) {
    issues.add(['input', 'services'], 'TOO_LONG', 'A day’s services add up to more than 24 hours.');
  }
  issues.throwIfAny();
  return runWrite(ctx, { operation: 'recordProgramDay', input }, async (tx) => {
    // One after the other: a transaction is one connection, which runs one query at a time.
    const patient = await tx.patient.findUnique({ where: { id: input.patientId }, select: { id: true } });
    const program = await tx.program.findUnique({ where: { id: input.programId }, select: { id: true, levelsOfCare: true } });
    if (patient === null) {
      throw new NotFoundError('Patient', ['input', 'patientId']);
    }
    if (program === null) {
      throw new NotFoundError('Program', ['input', 'programId']);
    }
    if (!program.levelsOfCare.includes(input.levelOfCare)) {
      throw ValidationError.of(['input', 'levelOfCare'], 'LEVEL_NOT_OFFERED', `The program does not offer ${input.levelOfCare}.`);
    }
    const date = new Date(`${input.serviceDate}T00:00:00.000Z`);
    const existing = await tx.programDay.findUnique({
      where: { patientId_programId_serviceDate: { patientId: patient.id, programId: program.id, serviceDate: date } },
      select: { id: true },
    });
    if (existing !== null) {
      throw ValidationError.of(['input', 'serviceDate'], 'PROGRAM_DAY_EXISTS', 'The patient already has a program day in this program on this date.');
    }
    const day = await tx.programDay.create({
      data: {
        patientId: patient.id,
        programId: program.id,
        episodeId: input.episodeId ?? null,
        locationId: input.locationId,
        levelOfCare: input.levelOfCare,
        serviceDate: date,
        services: {
          create: services.map((s) => ({
            procedureCode: s.procedureCode,
            minutes: s.minutes,
            providerId: s.providerId ?? null,
            revenueCode: s.revenueCode ?? null,
          })),
        },
      },
    });
    return {
      result: { programDayId: day.id },
      audit: [{ action: 'CREATE', recordType: 'ProgramDay', recordId: day.id, patientId: patient.id, fields: ['ProgramDay.*'] }],
    };
  });
}
