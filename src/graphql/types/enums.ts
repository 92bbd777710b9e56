import { builder } from '../builder.ts';

export const LevelOfCare = builder.enumType('LevelOfCare', {
  description: 'The intensity of behavioral-health care, from most to least intensive.',
  values: {
    DETOX: { description: 'Withdrawal management (detoxification).' },
    RESIDENTIAL: { description: 'Residential treatment (24-hour, non-hospital).' },
    PHP: { description: 'Partial hospitalization program (day treatment, about 20 hours a week).' },
    IOP: { description: 'Intensive outpatient program (about 9 to 19 hours a week).' },
    OUTPATIENT: { description: 'Outpatient visits.' },
  } as const,
});

export const TelehealthModality = builder.enumType('TelehealthModality', {
  description: 'How a session reached the patient.',
  values: {
    NONE: { description: 'In person.' },
    VIDEO: { description: 'Real-time audio and video.' },
    AUDIO_ONLY: { description: 'Real-time audio only (telephone).' },
  } as const,
});

export const SessionStatus = builder.enumType('SessionStatus', {
  description: 'Whether a session happened.',
  values: {
    SCHEDULED: { description: 'Booked, not yet held.' },
    COMPLETED: { description: 'Held; billable.' },
    CANCELLED: { description: 'Cancelled in advance.' },
    NO_SHOW: { description: 'The patient did not attend.' },
  } as const,
});

export const AuthorizationStatus = builder.enumType('AuthorizationStatus', {
  description: 'Where a prior authorization stands.',
  values: {
    REQUESTED: { description: 'Sent to the payer, no decision yet.' },
    APPROVED: { description: 'Approved for the units and dates given.' },
    DENIED: { description: 'Denied by the payer.' },
    EXPIRED: { description: 'Past its end date.' },
    CANCELLED: { description: 'Withdrawn.' },
  } as const,
});

export const UnitType = builder.enumType('UnitType', {
  description: 'What an authorization counts.',
  values: {
    VISITS: { description: 'Visits (sessions).' },
    DAYS: { description: 'Program or inpatient days.' },
    UNITS: { description: 'Billing units of the codes authorized.' },
  } as const,
});

export const EpisodeStatus = builder.enumType('EpisodeStatus', {
  description: 'Whether an episode of care is running.',
  values: {
    OPEN: { description: 'The patient is at this level of care now.' },
    CLOSED: { description: 'Ended (discharged or moved to another level).' },
  } as const,
});

export const TransitionDirection = builder.enumType('TransitionDirection', {
  description: 'A move between levels of care.',
  values: {
    STEP_DOWN: { description: 'To a less intensive level.' },
    STEP_UP: { description: 'To a more intensive level.' },
    LATERAL: { description: 'To another program at the same level.' },
  } as const,
});

export const ReviewOutcome = builder.enumType('ReviewOutcome', {
  description: 'What a payer decided at a concurrent review.',
  values: {
    CONTINUED: { description: 'More units approved; care continues.' },
    REDUCED: { description: 'Fewer units than asked, or a step down required.' },
    DENIED: { description: 'Continued stay denied.' },
    PENDING: { description: 'Review under way.' },
  } as const,
});

export const ConsentPurpose = builder.enumType('ConsentPurpose', {
  description: 'A purpose a 42 CFR Part 2 consent allows disclosure for.',
  values: {
    TREATMENT: { description: 'Treatment.' },
    PAYMENT: { description: 'Payment (billing a payer).' },
    HEALTH_CARE_OPERATIONS: { description: 'Health-care operations.' },
    RESEARCH: { description: 'Research.' },
    OTHER: { description: 'Another purpose named in the consent.' },
  } as const,
});

export const ConsentScope = builder.enumType('ConsentScope', {
  description: 'What a consent lets be disclosed.',
  values: {
    ALL_SUD_RECORDS: { description: 'All substance-use-disorder records of the program.' },
    DIAGNOSES_AND_SERVICES: { description: 'Diagnoses and the services given.' },
    BILLING_INFORMATION_ONLY: { description: 'That services were billed, and amounts; not diagnoses or service details.' },
  } as const,
});

export const AppealStatus = builder.enumType('AppealStatus', {
  description: 'Where an appeal of a denial stands.',
  values: {
    FILED: { description: 'Filed with the payer; awaiting a decision.' },
    OVERTURNED: { description: 'The payer reversed the denial.' },
    UPHELD: { description: 'The payer kept the denial.' },
    WITHDRAWN: { description: 'Withdrawn before a decision.' },
  } as const,
});

export const AdjustmentGroup = builder.enumType('AdjustmentGroup', {
  description: 'X12 835 claim adjustment group code.',
  values: {
    CO: { description: 'Contractual obligation: the provider absorbs it.' },
    PR: { description: 'Patient responsibility.' },
    OA: { description: 'Other adjustment.' },
    PI: { description: 'Payer-initiated reduction.' },
  } as const,
});

export const TreatmentPlanStatus = builder.enumType('TreatmentPlanStatus', {
  description: 'Whether a treatment plan is in force.',
  values: {
    ACTIVE: { description: 'In force.' },
    COMPLETED: { description: 'Goals met or care ended.' },
    SUPERSEDED: { description: 'Replaced by a newer plan.' },
  } as const,
});
