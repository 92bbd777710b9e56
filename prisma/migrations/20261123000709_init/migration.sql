-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "LicensureType" AS ENUM ('PSYCHIATRIST', 'PSYCHOLOGIST', 'LCSW', 'LPC_LMHC', 'LMFT', 'PSYCHIATRIC_NP', 'PA', 'ADDICTION_COUNSELOR', 'PEER_SPECIALIST');

-- CreateEnum
CREATE TYPE "PayerKind" AS ENUM ('MEDICARE', 'MEDICAID', 'COMMERCIAL', 'MANAGED_MEDICAID', 'TRICARE');

-- CreateEnum
CREATE TYPE "CredentialingStatus" AS ENUM ('APPLIED', 'PENDING', 'ENROLLED', 'DENIED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "LevelOfCare" AS ENUM ('DETOX', 'RESIDENTIAL', 'PHP', 'IOP', 'OUTPATIENT');

-- CreateEnum
CREATE TYPE "EpisodeStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "TransitionDirection" AS ENUM ('STEP_DOWN', 'STEP_UP', 'LATERAL');

-- CreateEnum
CREATE TYPE "AuthorizationStatus" AS ENUM ('REQUESTED', 'APPROVED', 'DENIED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "UnitType" AS ENUM ('VISITS', 'DAYS', 'UNITS');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('CONTINUED', 'REDUCED', 'DENIED', 'PENDING');

-- CreateEnum
CREATE TYPE "TelehealthModality" AS ENUM ('NONE', 'VIDEO', 'AUDIO_ONLY');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "ClaimType" AS ENUM ('PROFESSIONAL', 'INSTITUTIONAL');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'DENIED', 'PARTIALLY_PAID', 'PAID', 'APPEALED', 'WRITTEN_OFF');

-- CreateEnum
CREATE TYPE "AdjustmentGroup" AS ENUM ('CO', 'PR', 'OA', 'PI');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('FILED', 'OVERTURNED', 'UPHELD', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS', 'RESEARCH', 'OTHER');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('ALL_SUD_RECORDS', 'DIAGNOSES_AND_SERVICES', 'BILLING_INFORMATION_ONLY');

-- CreateEnum
CREATE TYPE "TreatmentPlanStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "SubscriberRelationship" AS ENUM ('SELF', 'SPOUSE', 'CHILD', 'OTHER');

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "groupNpi" CHAR(10) NOT NULL,
    "taxId" CHAR(9) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "npi" CHAR(10) NOT NULL,
    "taxId" CHAR(9) NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "city" TEXT NOT NULL,
    "state" CHAR(2) NOT NULL,
    "postalCode" TEXT NOT NULL,
    "placeOfService" CHAR(2) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "locationId" UUID,
    "name" TEXT NOT NULL,
    "isPart2" BOOLEAN NOT NULL DEFAULT false,
    "levelsOfCare" "LevelOfCare"[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserAccount" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "providerId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramMembership" (
    "userId" UUID NOT NULL,
    "programId" UUID NOT NULL,

    CONSTRAINT "ProgramMembership_pkey" PRIMARY KEY ("userId","programId")
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "npi" CHAR(10) NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "licensureType" "LicensureType" NOT NULL,
    "taxonomyCode" VARCHAR(10) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramProvider" (
    "programId" UUID NOT NULL,
    "providerId" UUID NOT NULL,

    CONSTRAINT "ProgramProvider_pkey" PRIMARY KEY ("programId","providerId")
);

-- CreateTable
CREATE TABLE "ProviderLicense" (
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "state" CHAR(2) NOT NULL,
    "number" TEXT NOT NULL,
    "licensureType" "LicensureType" NOT NULL,
    "issuedOn" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,

    CONSTRAINT "ProviderLicense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payer" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PayerKind" NOT NULL,
    "policyId" TEXT NOT NULL,
    "payerCode" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderEnrollment" (
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "payerId" UUID NOT NULL,
    "status" "CredentialingStatus" NOT NULL,
    "inNetwork" BOOLEAN NOT NULL DEFAULT true,
    "payerProviderId" TEXT,
    "effectiveFrom" DATE,
    "effectiveTo" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProviderEnrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Patient" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "mrn" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "city" TEXT NOT NULL,
    "state" CHAR(2) NOT NULL,
    "postalCode" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coverage" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "payerId" UUID NOT NULL,
    "memberId" TEXT NOT NULL,
    "groupNumber" TEXT,
    "planName" TEXT NOT NULL,
    "planCode" TEXT,
    "relationship" "SubscriberRelationship" NOT NULL DEFAULT 'SELF',
    "priority" INTEGER NOT NULL DEFAULT 1,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Coverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Part2Consent" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "scope" "ConsentScope" NOT NULL,
    "purposes" "ConsentPurpose"[],
    "recipientName" TEXT NOT NULL,
    "recipientPayerId" UUID,
    "signedOn" DATE NOT NULL,
    "expiresOn" DATE,
    "expiryEvent" TEXT,
    "revokedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Part2Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Diagnosis" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "programId" UUID,
    "icd10Code" VARCHAR(8) NOT NULL,
    "onsetDate" DATE,
    "resolvedDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Diagnosis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Episode" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "levelOfCare" "LevelOfCare" NOT NULL,
    "status" "EpisodeStatus" NOT NULL DEFAULT 'OPEN',
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Episode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelOfCareTransition" (
    "id" UUID NOT NULL,
    "fromEpisodeId" UUID NOT NULL,
    "toEpisodeId" UUID NOT NULL,
    "direction" "TransitionDirection" NOT NULL,
    "transitionOn" DATE NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelOfCareTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Authorization" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "payerId" UUID NOT NULL,
    "coverageId" UUID,
    "episodeId" UUID,
    "providerId" UUID,
    "authNumber" TEXT,
    "levelOfCare" "LevelOfCare",
    "procedureCodes" TEXT[],
    "unitType" "UnitType" NOT NULL,
    "unitsRequested" INTEGER NOT NULL,
    "unitsApproved" INTEGER NOT NULL DEFAULT 0,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "AuthorizationStatus" NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),
    "concurrentReviewDue" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Authorization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcurrentReview" (
    "id" UUID NOT NULL,
    "authorizationId" UUID NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "outcome" "ReviewOutcome" NOT NULL,
    "unitsAdded" INTEGER NOT NULL DEFAULT 0,
    "nextReviewDue" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConcurrentReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatmentPlan" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "programId" UUID,
    "episodeId" UUID,
    "providerId" UUID,
    "status" "TreatmentPlanStatus" NOT NULL DEFAULT 'ACTIVE',
    "startDate" DATE NOT NULL,
    "lastReviewedOn" DATE,
    "nextReviewDue" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TreatmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "programId" UUID,
    "episodeId" UUID,
    "coverageId" UUID,
    "serviceDate" DATE NOT NULL,
    "startTime" TIMESTAMPTZ(3) NOT NULL,
    "endTime" TIMESTAMPTZ(3) NOT NULL,
    "placeOfService" CHAR(2) NOT NULL,
    "telehealthModality" "TelehealthModality" NOT NULL DEFAULT 'NONE',
    "procedureCode" VARCHAR(5) NOT NULL,
    "modifiers" TEXT[],
    "psychotherapyMinutes" INTEGER,
    "status" "SessionStatus" NOT NULL DEFAULT 'COMPLETED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramDay" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "episodeId" UUID,
    "locationId" UUID NOT NULL,
    "levelOfCare" "LevelOfCare" NOT NULL,
    "serviceDate" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramDayService" (
    "id" UUID NOT NULL,
    "programDayId" UUID NOT NULL,
    "providerId" UUID,
    "procedureCode" VARCHAR(5) NOT NULL,
    "revenueCode" CHAR(4),
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "ProgramDayService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "payerId" UUID NOT NULL,
    "coverageId" UUID NOT NULL,
    "billingLocationId" UUID NOT NULL,
    "renderingProviderId" UUID,
    "authorizationId" UUID,
    "programId" UUID,
    "claimType" "ClaimType" NOT NULL DEFAULT 'PROFESSIONAL',
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "patientControlNumber" TEXT NOT NULL,
    "frequencyCode" CHAR(1) NOT NULL DEFAULT '1',
    "billType" CHAR(4),
    "serviceFrom" DATE NOT NULL,
    "serviceTo" DATE NOT NULL,
    "totalCharge" DECIMAL(12,2) NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedPolicyVersion" TEXT,
    "submittedFindings" JSONB,
    "overrideReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimDiagnosis" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "icd10Code" VARCHAR(8) NOT NULL,

    CONSTRAINT "ClaimDiagnosis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLine" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "lineNumber" INTEGER NOT NULL,
    "serviceDate" DATE NOT NULL,
    "procedureCode" VARCHAR(5) NOT NULL,
    "modifiers" TEXT[],
    "revenueCode" CHAR(4),
    "units" INTEGER NOT NULL,
    "chargeAmount" DECIMAL(12,2) NOT NULL,
    "placeOfService" CHAR(2),
    "diagnosisPointers" INTEGER[],
    "renderingProviderId" UUID,
    "sessionId" UUID,
    "programDayId" UUID,
    "authorizationId" UUID,
    "minutes" INTEGER,

    CONSTRAINT "ClaimLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimStatusChange" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "fromStatus" "ClaimStatus",
    "toStatus" "ClaimStatus" NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,
    "actor" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "ClaimStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Remittance" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "payerId" UUID NOT NULL,
    "payerClaimControlNumber" TEXT NOT NULL,
    "claimStatusCode" VARCHAR(2) NOT NULL,
    "chargeAmount" DECIMAL(12,2) NOT NULL,
    "paidAmount" DECIMAL(12,2) NOT NULL,
    "patientResponsibility" DECIMAL(12,2) NOT NULL,
    "traceNumber" TEXT,
    "paidOn" DATE NOT NULL,
    "remarkCodes" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Remittance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemittanceServiceLine" (
    "id" UUID NOT NULL,
    "remittanceId" UUID NOT NULL,
    "claimLineId" UUID,
    "procedureCode" VARCHAR(5) NOT NULL,
    "modifiers" TEXT[],
    "chargeAmount" DECIMAL(12,2) NOT NULL,
    "paidAmount" DECIMAL(12,2) NOT NULL,
    "units" INTEGER NOT NULL,
    "remarkCodes" TEXT[],

    CONSTRAINT "RemittanceServiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemittanceAdjustment" (
    "id" UUID NOT NULL,
    "remittanceId" UUID NOT NULL,
    "serviceLineId" UUID,
    "groupCode" "AdjustmentGroup" NOT NULL,
    "reasonCode" VARCHAR(5) NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "quantity" INTEGER,

    CONSTRAINT "RemittanceAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "level" INTEGER NOT NULL DEFAULT 1,
    "status" "AppealStatus" NOT NULL DEFAULT 'FILED',
    "filedOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "parityFlag" BOOLEAN NOT NULL DEFAULT false,
    "resolvedOn" DATE,
    "resolution" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "subject" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organizationId" UUID,
    "action" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "fields" TEXT[],
    "operationName" TEXT,
    "purpose" TEXT,
    "requestId" TEXT,
    "previousHash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_groupNpi_key" ON "Organization"("groupNpi");

-- CreateIndex
CREATE UNIQUE INDEX "Location_npi_key" ON "Location"("npi");

-- CreateIndex
CREATE INDEX "Location_organizationId_idx" ON "Location"("organizationId");

-- CreateIndex
CREATE INDEX "Program_organizationId_idx" ON "Program"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "UserAccount_subject_key" ON "UserAccount"("subject");

-- CreateIndex
CREATE UNIQUE INDEX "UserAccount_providerId_key" ON "UserAccount"("providerId");

-- CreateIndex
CREATE INDEX "UserAccount_organizationId_idx" ON "UserAccount"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Provider_npi_key" ON "Provider"("npi");

-- CreateIndex
CREATE INDEX "Provider_organizationId_lastName_idx" ON "Provider"("organizationId", "lastName");

-- CreateIndex
CREATE INDEX "ProgramProvider_providerId_idx" ON "ProgramProvider"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "ProviderLicense_providerId_state_number_key" ON "ProviderLicense"("providerId", "state", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Payer_payerCode_key" ON "Payer"("payerCode");

-- CreateIndex
CREATE INDEX "ProviderEnrollment_providerId_payerId_idx" ON "ProviderEnrollment"("providerId", "payerId");

-- CreateIndex
CREATE INDEX "ProviderEnrollment_payerId_idx" ON "ProviderEnrollment"("payerId");

-- CreateIndex
CREATE INDEX "Patient_organizationId_lastName_idx" ON "Patient"("organizationId", "lastName");

-- CreateIndex
CREATE UNIQUE INDEX "Patient_organizationId_mrn_key" ON "Patient"("organizationId", "mrn");

-- CreateIndex
CREATE INDEX "Coverage_patientId_idx" ON "Coverage"("patientId");

-- CreateIndex
CREATE INDEX "Coverage_payerId_memberId_idx" ON "Coverage"("payerId", "memberId");

-- CreateIndex
CREATE INDEX "Part2Consent_patientId_idx" ON "Part2Consent"("patientId");

-- CreateIndex
CREATE INDEX "Diagnosis_patientId_idx" ON "Diagnosis"("patientId");

-- CreateIndex
CREATE INDEX "Episode_patientId_programId_status_idx" ON "Episode"("patientId", "programId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "LevelOfCareTransition_toEpisodeId_key" ON "LevelOfCareTransition"("toEpisodeId");

-- CreateIndex
CREATE INDEX "Authorization_patientId_payerId_idx" ON "Authorization"("patientId", "payerId");

-- CreateIndex
CREATE INDEX "Authorization_payerId_endDate_idx" ON "Authorization"("payerId", "endDate");

-- CreateIndex
CREATE INDEX "ConcurrentReview_authorizationId_idx" ON "ConcurrentReview"("authorizationId");

-- CreateIndex
CREATE INDEX "TreatmentPlan_patientId_idx" ON "TreatmentPlan"("patientId");

-- CreateIndex
CREATE INDEX "Session_organizationId_serviceDate_idx" ON "Session"("organizationId", "serviceDate");

-- CreateIndex
CREATE INDEX "Session_patientId_serviceDate_idx" ON "Session"("patientId", "serviceDate");

-- CreateIndex
CREATE INDEX "Session_providerId_startTime_idx" ON "Session"("providerId", "startTime");

-- CreateIndex
CREATE INDEX "ProgramDay_programId_serviceDate_idx" ON "ProgramDay"("programId", "serviceDate");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramDay_patientId_programId_serviceDate_key" ON "ProgramDay"("patientId", "programId", "serviceDate");

-- CreateIndex
CREATE INDEX "ProgramDayService_programDayId_idx" ON "ProgramDayService"("programDayId");

-- CreateIndex
CREATE INDEX "Claim_organizationId_status_idx" ON "Claim"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Claim_organizationId_serviceFrom_idx" ON "Claim"("organizationId", "serviceFrom");

-- CreateIndex
CREATE INDEX "Claim_payerId_status_idx" ON "Claim"("payerId", "status");

-- CreateIndex
CREATE INDEX "Claim_patientId_idx" ON "Claim"("patientId");

-- CreateIndex
CREATE INDEX "Claim_renderingProviderId_idx" ON "Claim"("renderingProviderId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_organizationId_patientControlNumber_key" ON "Claim"("organizationId", "patientControlNumber");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimDiagnosis_claimId_position_key" ON "ClaimDiagnosis"("claimId", "position");

-- CreateIndex
CREATE INDEX "ClaimLine_sessionId_idx" ON "ClaimLine"("sessionId");

-- CreateIndex
CREATE INDEX "ClaimLine_authorizationId_idx" ON "ClaimLine"("authorizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLine_claimId_lineNumber_key" ON "ClaimLine"("claimId", "lineNumber");

-- CreateIndex
CREATE INDEX "ClaimStatusChange_claimId_changedAt_idx" ON "ClaimStatusChange"("claimId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Remittance_payerClaimControlNumber_key" ON "Remittance"("payerClaimControlNumber");

-- CreateIndex
CREATE INDEX "Remittance_claimId_idx" ON "Remittance"("claimId");

-- CreateIndex
CREATE INDEX "Remittance_organizationId_paidOn_idx" ON "Remittance"("organizationId", "paidOn");

-- CreateIndex
CREATE INDEX "RemittanceServiceLine_remittanceId_idx" ON "RemittanceServiceLine"("remittanceId");

-- CreateIndex
CREATE INDEX "RemittanceServiceLine_claimLineId_idx" ON "RemittanceServiceLine"("claimLineId");

-- CreateIndex
CREATE INDEX "RemittanceAdjustment_remittanceId_idx" ON "RemittanceAdjustment"("remittanceId");

-- CreateIndex
CREATE INDEX "RemittanceAdjustment_reasonCode_idx" ON "RemittanceAdjustment"("reasonCode");

-- CreateIndex
CREATE INDEX "Appeal_claimId_idx" ON "Appeal"("claimId");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_occurredAt_idx" ON "AuditEvent"("organizationId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_recordType_recordId_idx" ON "AuditEvent"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "AuditEvent_subject_occurredAt_idx" ON "AuditEvent"("subject", "occurredAt");

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramMembership" ADD CONSTRAINT "ProgramMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "UserAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramMembership" ADD CONSTRAINT "ProgramMembership_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramProvider" ADD CONSTRAINT "ProgramProvider_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramProvider" ADD CONSTRAINT "ProgramProvider_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderLicense" ADD CONSTRAINT "ProviderLicense_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderEnrollment" ADD CONSTRAINT "ProviderEnrollment_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderEnrollment" ADD CONSTRAINT "ProviderEnrollment_payerId_fkey" FOREIGN KEY ("payerId") REFERENCES "Payer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Patient" ADD CONSTRAINT "Patient_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coverage" ADD CONSTRAINT "Coverage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coverage" ADD CONSTRAINT "Coverage_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coverage" ADD CONSTRAINT "Coverage_payerId_fkey" FOREIGN KEY ("payerId") REFERENCES "Payer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Part2Consent" ADD CONSTRAINT "Part2Consent_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Part2Consent" ADD CONSTRAINT "Part2Consent_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Part2Consent" ADD CONSTRAINT "Part2Consent_recipientPayerId_fkey" FOREIGN KEY ("recipientPayerId") REFERENCES "Payer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Diagnosis" ADD CONSTRAINT "Diagnosis_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Diagnosis" ADD CONSTRAINT "Diagnosis_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Episode" ADD CONSTRAINT "Episode_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Episode" ADD CONSTRAINT "Episode_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelOfCareTransition" ADD CONSTRAINT "LevelOfCareTransition_fromEpisodeId_fkey" FOREIGN KEY ("fromEpisodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelOfCareTransition" ADD CONSTRAINT "LevelOfCareTransition_toEpisodeId_fkey" FOREIGN KEY ("toEpisodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorization" ADD CONSTRAINT "Authorization_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorization" ADD CONSTRAINT "Authorization_payerId_fkey" FOREIGN KEY ("payerId") REFERENCES "Payer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorization" ADD CONSTRAINT "Authorization_coverageId_fkey" FOREIGN KEY ("coverageId") REFERENCES "Coverage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorization" ADD CONSTRAINT "Authorization_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorization" ADD CONSTRAINT "Authorization_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcurrentReview" ADD CONSTRAINT "ConcurrentReview_authorizationId_fkey" FOREIGN KEY ("authorizationId") REFERENCES "Authorization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentPlan" ADD CONSTRAINT "TreatmentPlan_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentPlan" ADD CONSTRAINT "TreatmentPlan_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentPlan" ADD CONSTRAINT "TreatmentPlan_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentPlan" ADD CONSTRAINT "TreatmentPlan_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_coverageId_fkey" FOREIGN KEY ("coverageId") REFERENCES "Coverage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDay" ADD CONSTRAINT "ProgramDay_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDay" ADD CONSTRAINT "ProgramDay_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDay" ADD CONSTRAINT "ProgramDay_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDay" ADD CONSTRAINT "ProgramDay_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDayService" ADD CONSTRAINT "ProgramDayService_programDayId_fkey" FOREIGN KEY ("programDayId") REFERENCES "ProgramDay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDayService" ADD CONSTRAINT "ProgramDayService_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_payerId_fkey" FOREIGN KEY ("payerId") REFERENCES "Payer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_coverageId_fkey" FOREIGN KEY ("coverageId") REFERENCES "Coverage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_billingLocationId_fkey" FOREIGN KEY ("billingLocationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_renderingProviderId_fkey" FOREIGN KEY ("renderingProviderId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_authorizationId_fkey" FOREIGN KEY ("authorizationId") REFERENCES "Authorization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimDiagnosis" ADD CONSTRAINT "ClaimDiagnosis_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLine" ADD CONSTRAINT "ClaimLine_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLine" ADD CONSTRAINT "ClaimLine_renderingProviderId_fkey" FOREIGN KEY ("renderingProviderId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLine" ADD CONSTRAINT "ClaimLine_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLine" ADD CONSTRAINT "ClaimLine_programDayId_fkey" FOREIGN KEY ("programDayId") REFERENCES "ProgramDay"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLine" ADD CONSTRAINT "ClaimLine_authorizationId_fkey" FOREIGN KEY ("authorizationId") REFERENCES "Authorization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimStatusChange" ADD CONSTRAINT "ClaimStatusChange_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remittance" ADD CONSTRAINT "Remittance_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remittance" ADD CONSTRAINT "Remittance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remittance" ADD CONSTRAINT "Remittance_payerId_fkey" FOREIGN KEY ("payerId") REFERENCES "Payer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemittanceServiceLine" ADD CONSTRAINT "RemittanceServiceLine_remittanceId_fkey" FOREIGN KEY ("remittanceId") REFERENCES "Remittance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemittanceServiceLine" ADD CONSTRAINT "RemittanceServiceLine_claimLineId_fkey" FOREIGN KEY ("claimLineId") REFERENCES "ClaimLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemittanceAdjustment" ADD CONSTRAINT "RemittanceAdjustment_remittanceId_fkey" FOREIGN KEY ("remittanceId") REFERENCES "Remittance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemittanceAdjustment" ADD CONSTRAINT "RemittanceAdjustment_serviceLineId_fkey" FOREIGN KEY ("serviceLineId") REFERENCES "RemittanceServiceLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
