/* eslint-disable */
import type { Prisma, Organization, Location, Program, UserAccount, ProgramMembership, Provider, ProgramProvider, ProviderLicense, Payer, ProviderEnrollment, Patient, Coverage, Part2Consent, Diagnosis, Episode, LevelOfCareTransition, Authorization, ConcurrentReview, TreatmentPlan, Session, ProgramDay, ProgramDayService, Claim, ClaimDiagnosis, ClaimLine, ClaimStatusChange, Remittance, RemittanceServiceLine, RemittanceAdjustment, Appeal, AuditEvent, IdempotencyKey, Icd10Code } from "./prisma/client.ts";
import type { PothosPrismaDatamodel } from "@pothos/plugin-prisma";
export default interface PrismaTypes {
    Organization: {
        Name: "Organization";
        Shape: Organization;
        Include: Prisma.OrganizationInclude;
        Select: Prisma.OrganizationSelect;
        OrderBy: Prisma.OrganizationOrderByWithRelationInput;
        WhereUnique: Prisma.OrganizationWhereUniqueInput;
        Where: Prisma.OrganizationWhereInput;
        Create: {};
        Update: {};
        RelationName: "locations" | "programs" | "providers" | "patients" | "claims" | "users" | "coverages" | "sessions" | "remittances" | "consentsReceived";
        ListRelations: "locations" | "programs" | "providers" | "patients" | "claims" | "users" | "coverages" | "sessions" | "remittances" | "consentsReceived";
        Relations: {
            locations: {
                Shape: Location[];
                Name: "Location";
                Nullable: false;
            };
            programs: {
                Shape: Program[];
                Name: "Program";
                Nullable: false;
            };
            providers: {
                Shape: Provider[];
                Name: "Provider";
                Nullable: false;
            };
            patients: {
                Shape: Patient[];
                Name: "Patient";
                Nullable: false;
            };
            claims: {
                Shape: Claim[];
                Name: "Claim";
                Nullable: false;
            };
            users: {
                Shape: UserAccount[];
                Name: "UserAccount";
                Nullable: false;
            };
            coverages: {
                Shape: Coverage[];
                Name: "Coverage";
                Nullable: false;
            };
            sessions: {
                Shape: Session[];
                Name: "Session";
                Nullable: false;
            };
            remittances: {
                Shape: Remittance[];
                Name: "Remittance";
                Nullable: false;
            };
            consentsReceived: {
                Shape: Part2Consent[];
                Name: "Part2Consent";
                Nullable: false;
            };
        };
    };
    Location: {
        Name: "Location";
        Shape: Location;
        Include: Prisma.LocationInclude;
        Select: Prisma.LocationSelect;
        OrderBy: Prisma.LocationOrderByWithRelationInput;
        WhereUnique: Prisma.LocationWhereUniqueInput;
        Where: Prisma.LocationWhereInput;
        Create: {};
        Update: {};
        RelationName: "organization" | "programs" | "sessions" | "programDays" | "claims";
        ListRelations: "programs" | "sessions" | "programDays" | "claims";
        Relations: {
            organization: {
                Shape: Organization;
                Name: "Organization";
                Nullable: false;
            };
            programs: {
                Shape: Program[];
                Name: "Program";
                Nullable: false;
            };
            sessions: {
                Shape: Session[];
                Name: "Session";
                Nullable: false;
            };
            programDays: {
                Shape: ProgramDay[];
                Name: "ProgramDay";
                Nullable: false;
            };
            claims: {
                Shape: Claim[];
                Name: "Claim";
                Nullable: false;
            };
        };
    };
    Program: {
        Name: "Program";
        Shape: Program;
        Include: Prisma.ProgramInclude;
        Select: Prisma.ProgramSelect;
        OrderBy: Prisma.ProgramOrderByWithRelationInput;
        WhereUnique: Prisma.ProgramWhereUniqueInput;
        Where: Prisma.ProgramWhereInput;
        Create: {};
        Update: {};
        RelationName: "organization" | "location" | "staff" | "providers" | "episodes" | "sessions" | "programDays" | "diagnoses" | "consents" | "treatmentPlans" | "claims" | "patients" | "authorizations";
        ListRelations: "staff" | "providers" | "episodes" | "sessions" | "programDays" | "diagnoses" | "consents" | "treatmentPlans" | "claims" | "patients" | "authorizations";
        Relations: {
            organization: {
                Shape: Organization;
                Name: "Organization";
                Nullable: false;
            };
            location: {
                Shape: Location | null;
                Name: "Location";
                Nullable: true;
            };
            staff: {
                Shape: ProgramMembership[];
                Name: "ProgramMembership";
                Nullable: false;
            };
            providers: {
                Shape: ProgramProvider[];
                Name: "ProgramProvider";
                Nullable: false;
            };
            episodes: {
                Shape: Episode[];
                Name: "Episode";
                Nullable: false;
            };
            sessions: {
                Shape: Session[];
                Name: "Session";
                Nullable: false;
            };
            programDays: {
                Shape: ProgramDay[];
                Name: "ProgramDay";
                Nullable: false;
            };
            diagnoses: {
                Shape: Diagnosis[];
                Name: "Diagnosis";
                Nullable: false;
            };
            consents: {
                Shape: Part2Consent[];
                Name: "Part2Consent";
                Nullable: false;
            };
            treatmentPlans: {
                Shape: TreatmentPlan[];
                Name: "TreatmentPlan";
                Nullable: false;
            };
            claims: {
                Shape: Claim[];
                Name: "Claim";
                Nullable: false;
            };
            patients: {
                Shape: Patient[];
                Name: "Patient";
                Nullable: false;
            };
            authorizations: {
                Shape: Authorization[];
                Name: "Authorization";
                Nullable: false;
            };
        };
    };
    UserAccount: {
        Name: "UserAccount";
        Shape: UserAccount;
        Include: Prisma.UserAccountInclude;
        Select: Prisma.UserAccountSelect;
        OrderBy: Prisma.UserAccountOrderByWithRelationInput;
        WhereUnique: Prisma.UserAccountWhereUniqueInput;
        Where: Prisma.UserAccountWhereInput;
        Create: {};
        Update: {};
        RelationName: "organization" | "provider" | "memberships";
        ListRelations: "memberships";
        Relations: {
            organization: {
                Shape: Organization;
                Name: "Organization";
                Nullable: false;
            };
            provider: {
                Shape: Provider | null;
                Name: "Provider";
                Nullable: true;
            };
            memberships: {
                Shape: ProgramMembership[];
                Name: "ProgramMembership";
                Nullable: false;
            };
        };
    };
    ProgramMembership: {
        Name: "ProgramMembership";
        Shape: ProgramMembership;
        Include: Prisma.ProgramMembershipInclude;
        Select: Prisma.ProgramMembershipSelect;
        OrderBy: Prisma.ProgramMembershipOrderByWithRelationInput;
        WhereUnique: Prisma.ProgramMembershipWhereUniqueInput;
        Where: Prisma.ProgramMembershipWhereInput;
        Create: {};
        Update: {};
        RelationName: "user" | "program";
        ListRelations: never;
        Relations: {
            user: {
                Shape: UserAccount;
                Name: "UserAccount";
                Nullable: false;
            };
            program: {
                Shape: Program;
                Name: "Program";
                Nullable: false;
            };
        };
    };
    Provider: {
        Name: "Provider";
        Shape: Provider;
        Include: Prisma.ProviderInclude;
        Select: Prisma.ProviderSelect;
        OrderBy: Prisma.ProviderOrderByWithRelationInput;
        WhereUnique: Prisma.ProviderWhereUniqueInput;
        Where: Prisma.ProviderWhereInput;
        Create: {};
        Update: {};
        RelationName: "organization" | "licenses" | "enrollments" | "programs" | "user" | "sessions" | "programServices" | "renderedClaims" | "renderedLines" | "authorizations" | "treatmentPlans";
        ListRelations: "licenses" | "enrollments" | "programs" | "sessions" | "programServices" | "renderedClaims" | "renderedLines" | "authorizations" | "treatmentPlans";
        Relations: {
            organization: {
                Shape: Organization;
                Name: "Organization";
                Nullable: false;
            };
            licenses: {
                Shape: ProviderLicense[];
                Name: "ProviderLicense";
                Nullable: false;
            };
            enrollments: {
                Shape: ProviderEnrollment[];
                Name: "ProviderEnrollment";
                Nullable: false;
            };
            programs: {
                Shape: ProgramProvider[];
                Name: "ProgramProvider";
                Nullable: false;
            };
            user: {
                Shape: UserAccount | null;
                Name: "UserAccount";
                Nullable: true;
            };
            sessions: {
                Shape: Session[];
                Name: "Session";
                Nullable: false;
            };
            programServices: {
                Shape: ProgramDayService[];
                Name: "ProgramDayService";
                Nullable: false;
            };
            renderedClaims: {
                Shape: Claim[];
                Name: "Claim";
                Nullable: false;
            };
            renderedLines: {
                Shape: ClaimLine[];
                Name: "ClaimLine";
                Nullable: false;
            };
            authorizations: {
                Shape: Authorization[];
                Name: "Authorization";
                Nullable: false;
            };
            treatmentPlans: {
                Shape: TreatmentPlan[];
                Name: "TreatmentPlan";
                Nullable: false;
            };
        };
    };
    ProgramProvider: {
        Name: "ProgramProvider";
        Shape: ProgramProvider;
        Include: Prisma.ProgramProviderInclude;
        Select: Prisma.ProgramProviderSelect;
        OrderBy: Prisma.ProgramProviderOrderByWithRelationInput;
        WhereUnique: Prisma.ProgramProviderWhereUniqueInput;
        Where: Prisma.ProgramProviderWhereInput;
        Create: {};
        Update: {};
        RelationName: "program" | "provider";
        ListRelations: never;
        Relations: {
            program: {
                Shape: Program;
                Name: "Program";
                Nullable: false;
            };
            provider: {
                Shape: Provider;
                Name: "Provider";
                Nullable: false;
            };
        };
    };
    ProviderLicense: {
        Name: "ProviderLicense";
        Shape: ProviderLicense;
        Include: Prisma.ProviderLicenseInclude;
        Select: Prisma.ProviderLicenseSelect;
        OrderBy: Prisma.ProviderLicenseOrderByWithRelationInput;
        WhereUnique: Prisma.ProviderLicenseWhereUniqueInput;
        Where: Prisma.ProviderLicenseWhereInput;
        Create: {};
        Update: {};
        RelationName: "provider";
        ListRelations: never;
        Relations: {
            provider: {
                Shape: Provider;
                Name: "Provider";
                Nullable: false;
            };
        };
    };
    Payer: {
        Name: "Payer";
        Shape: Payer;
        Include: Prisma.PayerInclude;
        Select: Prisma.PayerSelect;
        OrderBy: Prisma.PayerOrderByWithRelationInput;
        WhereUnique: Prisma.PayerWhereUniqueInput;
        Where: Prisma.PayerWhereInput;
        Create: {};
        Update: {};
        RelationName: "enrollments" | "coverages" | "authorizations" | "claims" | "remittances" | "consents";
        ListRelations: "enrollments" | "coverages" | "authorizations" | "claims" | "remittances" | "consents";
        Relations: {
            enrollments: {
                Shape: ProviderEnrollment[];
                Name: "ProviderEnrollment";
                Nullable: false;
            };
            coverages: {
                Shape: Coverage[];
                Name: "Coverage";
                Nullable: false;
            };
            authorizations: {
                Shape: Authorization[];
                Name: "Authorization";
                Nullable: false;
            };
            claims: {
                Shape: Claim[];
                Name: "Claim";
                Nullable: false;
            };
            remittances: {
                Shape: Remittance[];
                Name: "Remittance";
                Nullable: false;
            };
            consents: {
                Shape: Part2Consent[];
                Name: "Part2Consent";
                Nullable: false;
            };
        };
    };
    ProviderEnrollment: {
        Name: "ProviderEnrollment";
        Shape: ProviderEnrollment;
        Include: Prisma.ProviderEnrollmentInclude;
        Select: Prisma.ProviderEnrollmentSelect;
        OrderBy: Prisma.ProviderEnrollmentOrderByWithRelationInput;
        WhereUnique: Prisma.ProviderEnrollmentWhereUniqueInput;
        Where: Prisma.ProviderEnrollmentWhereInput;
        Create: {};
        Update: {};
        RelationName: "provider" | "payer";
        ListRelations: never;
        Relations: {
            provider: {
                Shape: Provider;
                Name: "Provider";
                Nullable: false;
            };
            payer: {
                Shape: Payer;
                Name: "Payer";
                Nullable: false;
            };
        };
    };
    Patient: {
        Name: "Patient";
        Shape: Patient;
        Include: Prisma.PatientInclude;
        Select: Prisma.PatientSelect;
        OrderBy: Prisma.PatientOrderByWithRelationInput;
        WhereUnique: Prisma.PatientWhereUniqueInput;
        Where: Prisma.PatientWhereInput;
        Create: {};
        Update: {};
        RelationName: "organization" | "program" | "coverages" | "consents" | "diagnoses" | "episodes" | "authorizations" | "sessions" | "programDays" | "claims" | "treatmentPlans";
        ListRelations: "coverages" | "consents" | "diagnoses" | "episodes" | "authorizations" | "sessions" | "programDays" | "claims" | "treatmentPlans";
        Relations: {
            organization: {
                Shape: Organization;
                Name: "Organization";
                Nullable: false;
            };
            program: {
                Shape: Program | null;
                Name: "Program";
                Nullable: true;
            };
            coverages: {
                Shape: Coverage[];
                Name: "Coverage";
                Nullable: false;
            };
            consents: {
                Shape: Part2Consent[];
                Name: "Part2Consent";
                Nullable: false;
            };
            diagnoses: {
                Shape: Diagnosis[];
                Name: "Diagnosis";
                Nullable: false;
            };
            episodes: {
                Shape: Episode[];
                Name: "Episode";
                Nullable: false;
            };
            authorizations: {
                Shape: Authorization[];
                Name: "Authorization";
                Nullable: false;
            };
            sessions: {
                Shape: Session[];
                Name: "Session";
                Nullable: false;
            };
            programDays: {
                Shape: ProgramDay[];
                Name: "ProgramDay";
                Nullable: false;
            };
            claims: {
                Shape: Claim[];
                Name: "Claim";
                Nullable: false;
            };
            treatmentPlans: {
                Shape: TreatmentPlan[];
                Name: "TreatmentPlan";
                Nullable: false;
            };
        };
    };
    Coverage: {
        Name: "Coverage";
        Shape: Coverage;
        Include: Prisma.CoverageInclude;
        Select: Prisma.CoverageSelect;
        OrderBy: Prisma.CoverageOrderByWithRelationInput;
        WhereUnique: Prisma.CoverageWhereUniqueInput;
        Where: Prisma.CoverageWhereInput;
        Create: {};
        Update: {};
        RelationName: "organization" | "patient" | "payer" | "claims" | "sessions" | "authorizations";
        ListRelations: "claims" | "sessions" | "authorizations";
        Relations: {
            organization: {
                Shape: Organization;
                Name: "Organization";
                Nullable: false;
            };
            patient: {
                Shape: Patient;
                Name: "Patient";
                Nullable: false;
            };
            payer: {
                Shape: Payer;
                Name: "Payer";
                Nullable: false;
            };
            claims: {
                Shape: Claim[];
                Name: "Claim";
                Nullable: false;
            };
            sessions: {
                Shape: Session[];
                Name: "Session";
                Nullable: false;
            };
            authorizations: {
                Shape: Authorization[];
                Name: "Authorization";
                Nullable: false;
            };
        };
    };
    Part2Consent: {
        Name: "Part2Consent";
        Shape: Part2Consent;
        Include: Prisma.Part2ConsentInclude;
        Select: Prisma.Part2ConsentSelect;
        OrderBy: Prisma.Part2ConsentOrderByWithRelationInput;
        WhereUnique: Prisma.Part2ConsentWhereUniqueInput;
        Where: Prisma.Part2ConsentWhereInput;
        Create: {};
        Update: {};
        RelationName: "patient" | "program" | "recipientPayer" | "recipientOrganization";
        ListRelations: never;
        Relations: {
            patient: {
                Shape: Patient;
                Name: "Patient";
                Nullable: false;
            };
            program: {
                Shape: Program;
                Name: "Program";
                Nullable: false;
            };
            recipientPayer: {
                Shape: Payer | null;
                Name: "Payer";
                Nullable: true;
            };
            recipientOrganization: {
                Shape: Organization | null;
                Name: "Organization";
                Nullable: true;
            };
        };
    };
    Diagnosis: {
        Name: "Diagnosis";
        Shape: Diagnosis;
        Include: Prisma.DiagnosisInclude;
        Select: Prisma.DiagnosisSelect;
        OrderBy: Prisma.DiagnosisOrderByWithRelationInput;
        WhereUnique: Prisma.DiagnosisWhereUniqueInput;
        Where: Prisma.DiagnosisWhereInput;
        Create: {};
        Update: {};
        RelationName: "patient" | "program";
        ListRelations: never;
        Relations: {
            patient: {
                Shape: Patient;
                Name: "Patient";
                Nullable: false;
            };
            program: {
                Shape: Program | null;
                Name: "Program";
                Nullable: true;
            };
        };
    };
    Episode: {
        Name: "Episode";
        Shape: Episode;
        Include: Prisma.EpisodeInclude;
        Select: Prisma.EpisodeSelect;
        OrderBy: Prisma.EpisodeOrderByWithRelationInput;
        WhereUnique: Prisma.EpisodeWhereUniqueInput;
        Where: Prisma.EpisodeWhereInput;
        Create: {};
        Update: {};
        RelationName: "patient" | "program" | "transitionsOut" | "transitionsIn" | "authorizations" | "sessions" | "programDays" | "treatmentPlans";
        ListRelations: "transitionsOut" | "transitionsIn" | "authorizations" | "sessions" | "programDays" | "treatmentPlans";
        Relations: {
            patient: {
                Shape: Patient;
                Name: "Patient";
                Nullable: false;
            };
            program: {
                Shape: Program;
                Name: "Program";
                Nullable: false;
            };
            transitionsOut: {
                Shape: LevelOfCareTransition[];
                Name: "LevelOfCareTransition";
                Nullable: false;
            };
            transitionsIn: {
                Shape: LevelOfCareTransition[];
                Name: "LevelOfCareTransition";
                Nullable: false;
            };
            authorizations: {
                Shape: Authorization[];
                Name: "Authorization";
                Nullable: false;
            };
            sessions: {
                Shape: Session[];
                Name: "Session";
                Nullable: false;
            };
            programDays: {
                Shape: ProgramDay[];
                Name: "ProgramDay";
                Nullable: false;
            };
            treatmentPlans: {
                Shape: TreatmentPlan[];
                Name: "TreatmentPlan";
                Nullable: false;
            };
        };
    };
    LevelOfCareTransition: {
        Name: "LevelOfCareTransition";
        Shape: LevelOfCareTransition;
        Include: Prisma.LevelOfCareTransitionInclude;
        Select: Prisma.LevelOfCareTransitionSelect;
        OrderBy: Prisma.LevelOfCareTransitionOrderByWithRelationInput;
        WhereUnique: Prisma.LevelOfCareTransitionWhereUniqueInput;
        Where: Prisma.LevelOfCareTransitionWhereInput;
        Create: {};
        Update: {};
        RelationName: "fromEpisode" | "toEpisode";
        ListRelations: never;
        Relations: {
            fromEpisode: {
                Shape: Episode;
                Name: "Episode";
                Nullable: false;
            };
            toEpisode: {
                Shape: Episode;
                Name: "Episode";
                Nullable: false;
            };
        };
    };
    Authorization: {
        Name: "Authorization";
        Shape: Authorization;
        Include: Prisma.AuthorizationInclude;
        Select: Prisma.AuthorizationSelect;
        OrderBy: Prisma.AuthorizationOrderByWithRelationInput;
        WhereUnique: Prisma.AuthorizationWhereUniqueInput;
        Where: Prisma.AuthorizationWhereInput;
        Create: {};
        Update: {};
        RelationName: "patient" | "payer" | "coverage" | "episode" | "program" | "provider" | "reviews" | "claimLines" | "claims";
        ListRelations: "reviews" | "claimLines" | "claims";
        Relations: {
            patient: {
                Shape: Patient;
                Name: "Patient";
                Nullable: false;
            };
            payer: {
                Shape: Payer;
                Name: "Payer";
                Nullable: false;
            };
            coverage: {
                Shape: Coverage | null;
                Name: "Coverage";
                Nullable: true;
            };
            episode: {
                Shape: Episode | null;
                Name: "Episode";
                Nullable: true;
            };
            program: {
                Shape: Program | null;
                Name: "Program";
                Nullable: true;
            };
            provider: {
                Shape: Provider | null;
                Name: "Provider";
                Nullable: true;
            };
            reviews: {
                Shape: ConcurrentReview[];
                Name: "ConcurrentReview";
                Nullable: false;
            };
            claimLines: {
                Shape: ClaimLine[];
                Name: "ClaimLine";
                Nullable: false;
            };
            claims: {
                Shape: Claim[];
                Name: "Claim";
                Nullable: false;
            };
        };
    };
    ConcurrentReview: {
        Name: "ConcurrentReview";
        Shape: ConcurrentReview;
        Include: Prisma.ConcurrentReviewInclude;
        Select: Prisma.ConcurrentReviewSelect;
        OrderBy: Prisma.ConcurrentReviewOrderByWithRelationInput;
        WhereUnique: Prisma.ConcurrentReviewWhereUniqueInput;
        Where: Prisma.ConcurrentReviewWhereInput;
        Create: {};
        Update: {};
        RelationName: "authorization";
        ListRelations: never;
        Relations: {
            authorization: {
                Shape: Authorization;
                Name: "Authorization";
                Nullable: false;
            };
        };
    };
    TreatmentPlan: {
        Name: "TreatmentPlan";
        Shape: TreatmentPlan;
        Include: Prisma.TreatmentPlanInclude;
        Select: Prisma.TreatmentPlanSelect;
        OrderBy: Prisma.TreatmentPlanOrderByWithRelationInput;
        WhereUnique: Prisma.TreatmentPlanWhereUniqueInput;
        Where: Prisma.TreatmentPlanWhereInput;
        Create: {};
        Update: {};
        RelationName: "patient" | "program" | "episode" | "provider";
        ListRelations: never;
        Relations: {
            patient: {
                Shape: Patient;
                Name: "Patient";
                Nullable: false;
            };
            program: {
                Shape: Program | null;
                Name: "Program";
                Nullable: true;
            };
            episode: {
                Shape: Episode | null;
                Name: "Episode";
                Nullable: true;
            };
            provider: {
                Shape: Provider | null;
                Name: "Provider";
                Nullable: true;
            };
        };
    };
    Session: {
        Name: "Session";
        Shape: Session;
        Include: Prisma.SessionInclude;
        Select: Prisma.SessionSelect;
        OrderBy: Prisma.SessionOrderByWithRelationInput;
        WhereUnique: Prisma.SessionWhereUniqueInput;
        Where: Prisma.SessionWhereInput;
        Create: {};
        Update: {};
        RelationName: "organization" | "patient" | "provider" | "location" | "program" | "episode" | "coverage" | "claimLines";
        ListRelations: "claimLines";
        Relations: {
            organization: {
                Shape: Organization;
                Name: "Organization";
                Nullable: false;
            };
            patient: {
                Shape: Patient;
                Name: "Patient";
                Nullable: false;
            };
            provider: {
                Shape: Provider;
                Name: "Provider";
                Nullable: false;
            };
            location: {
                Shape: Location;
                Name: "Location";
                Nullable: false;
            };
            program: {
                Shape: Program | null;
                Name: "Program";
                Nullable: true;
            };
            episode: {
                Shape: Episode | null;
                Name: "Episode";
                Nullable: true;
            };
            coverage: {
                Shape: Coverage | null;
                Name: "Coverage";
                Nullable: true;
            };
            claimLines: {
                Shape: ClaimLine[];
                Name: "ClaimLine";
                Nullable: false;
            };
        };
    };
    ProgramDay: {
        Name: "ProgramDay";
        Shape: ProgramDay;
        Include: Prisma.ProgramDayInclude;
        Select: Prisma.ProgramDaySelect;
        OrderBy: Prisma.ProgramDayOrderByWithRelationInput;
        WhereUnique: Prisma.ProgramDayWhereUniqueInput;
        Where: Prisma.ProgramDayWhereInput;
        Create: {};
        Update: {};
        RelationName: "patient" | "program" | "episode" | "location" | "services" | "claimLines";
        ListRelations: "services" | "claimLines";
        Relations: {
            patient: {
                Shape: Patient;
                Name: "Patient";
                Nullable: false;
            };
            program: {
                Shape: Program;
                Name: "Program";
                Nullable: false;
            };
            episode: {
                Shape: Episode | null;
                Name: "Episode";
                Nullable: true;
            };
            location: {
                Shape: Location;
                Name: "Location";
                Nullable: false;
            };
            services: {
                Shape: ProgramDayService[];
                Name: "ProgramDayService";
                Nullable: false;
            };
            claimLines: {
                Shape: ClaimLine[];
                Name: "ClaimLine";
                Nullable: false;
            };
        };
    };
    ProgramDayService: {
        Name: "ProgramDayService";
        Shape: ProgramDayService;
        Include: Prisma.ProgramDayServiceInclude;
        Select: Prisma.ProgramDayServiceSelect;
        OrderBy: Prisma.ProgramDayServiceOrderByWithRelationInput;
        WhereUnique: Prisma.ProgramDayServiceWhereUniqueInput;
        Where: Prisma.ProgramDayServiceWhereInput;
        Create: {};
        Update: {};
        RelationName: "programDay" | "provider";
        ListRelations: never;
        Relations: {
            programDay: {
                Shape: ProgramDay;
                Name: "ProgramDay";
                Nullable: false;
            };
            provider: {
                Shape: Provider | null;
                Name: "Provider";
                Nullable: true;
            };
        };
    };
    Claim: {
        Name: "Claim";
        Shape: Claim;
        Include: Prisma.ClaimInclude;
        Select: Prisma.ClaimSelect;
        OrderBy: Prisma.ClaimOrderByWithRelationInput;
        WhereUnique: Prisma.ClaimWhereUniqueInput;
        Where: Prisma.ClaimWhereInput;
        Create: {};
        Update: {};
        RelationName: "organization" | "patient" | "payer" | "coverage" | "billingLocation" | "renderingProvider" | "authorization" | "program" | "diagnoses" | "lines" | "statusHistory" | "remittances" | "appeals";
        ListRelations: "diagnoses" | "lines" | "statusHistory" | "remittances" | "appeals";
        Relations: {
            organization: {
                Shape: Organization;
                Name: "Organization";
                Nullable: false;
            };
            patient: {
                Shape: Patient;
                Name: "Patient";
                Nullable: false;
            };
            payer: {
                Shape: Payer;
                Name: "Payer";
                Nullable: false;
            };
            coverage: {
                Shape: Coverage;
                Name: "Coverage";
                Nullable: false;
            };
            billingLocation: {
                Shape: Location;
                Name: "Location";
                Nullable: false;
            };
            renderingProvider: {
                Shape: Provider | null;
                Name: "Provider";
                Nullable: true;
            };
            authorization: {
                Shape: Authorization | null;
                Name: "Authorization";
                Nullable: true;
            };
            program: {
                Shape: Program | null;
                Name: "Program";
                Nullable: true;
            };
            diagnoses: {
                Shape: ClaimDiagnosis[];
                Name: "ClaimDiagnosis";
                Nullable: false;
            };
            lines: {
                Shape: ClaimLine[];
                Name: "ClaimLine";
                Nullable: false;
            };
            statusHistory: {
                Shape: ClaimStatusChange[];
                Name: "ClaimStatusChange";
                Nullable: false;
            };
            remittances: {
                Shape: Remittance[];
                Name: "Remittance";
                Nullable: false;
            };
            appeals: {
                Shape: Appeal[];
                Name: "Appeal";
                Nullable: false;
            };
        };
    };
    ClaimDiagnosis: {
        Name: "ClaimDiagnosis";
        Shape: ClaimDiagnosis;
        Include: Prisma.ClaimDiagnosisInclude;
        Select: Prisma.ClaimDiagnosisSelect;
        OrderBy: Prisma.ClaimDiagnosisOrderByWithRelationInput;
        WhereUnique: Prisma.ClaimDiagnosisWhereUniqueInput;
        Where: Prisma.ClaimDiagnosisWhereInput;
        Create: {};
        Update: {};
        RelationName: "claim";
        ListRelations: never;
        Relations: {
            claim: {
                Shape: Claim;
                Name: "Claim";
                Nullable: false;
            };
        };
    };
    ClaimLine: {
        Name: "ClaimLine";
        Shape: ClaimLine;
        Include: Prisma.ClaimLineInclude;
        Select: Prisma.ClaimLineSelect;
        OrderBy: Prisma.ClaimLineOrderByWithRelationInput;
        WhereUnique: Prisma.ClaimLineWhereUniqueInput;
        Where: Prisma.ClaimLineWhereInput;
        Create: {};
        Update: {};
        RelationName: "claim" | "renderingProvider" | "session" | "programDay" | "authorization" | "remittanceLines";
        ListRelations: "remittanceLines";
        Relations: {
            claim: {
                Shape: Claim;
                Name: "Claim";
                Nullable: false;
            };
            renderingProvider: {
                Shape: Provider | null;
                Name: "Provider";
                Nullable: true;
            };
            session: {
                Shape: Session | null;
                Name: "Session";
                Nullable: true;
            };
            programDay: {
                Shape: ProgramDay | null;
                Name: "ProgramDay";
                Nullable: true;
            };
            authorization: {
                Shape: Authorization | null;
                Name: "Authorization";
                Nullable: true;
            };
            remittanceLines: {
                Shape: RemittanceServiceLine[];
                Name: "RemittanceServiceLine";
                Nullable: false;
            };
        };
    };
    ClaimStatusChange: {
        Name: "ClaimStatusChange";
        Shape: ClaimStatusChange;
        Include: Prisma.ClaimStatusChangeInclude;
        Select: Prisma.ClaimStatusChangeSelect;
        OrderBy: Prisma.ClaimStatusChangeOrderByWithRelationInput;
        WhereUnique: Prisma.ClaimStatusChangeWhereUniqueInput;
        Where: Prisma.ClaimStatusChangeWhereInput;
        Create: {};
        Update: {};
        RelationName: "claim";
        ListRelations: never;
        Relations: {
            claim: {
                Shape: Claim;
                Name: "Claim";
                Nullable: false;
            };
        };
    };
    Remittance: {
        Name: "Remittance";
        Shape: Remittance;
        Include: Prisma.RemittanceInclude;
        Select: Prisma.RemittanceSelect;
        OrderBy: Prisma.RemittanceOrderByWithRelationInput;
        WhereUnique: Prisma.RemittanceWhereUniqueInput;
        Where: Prisma.RemittanceWhereInput;
        Create: {};
        Update: {};
        RelationName: "organization" | "claim" | "payer" | "serviceLines" | "adjustments";
        ListRelations: "serviceLines" | "adjustments";
        Relations: {
            organization: {
                Shape: Organization;
                Name: "Organization";
                Nullable: false;
            };
            claim: {
                Shape: Claim;
                Name: "Claim";
                Nullable: false;
            };
            payer: {
                Shape: Payer;
                Name: "Payer";
                Nullable: false;
            };
            serviceLines: {
                Shape: RemittanceServiceLine[];
                Name: "RemittanceServiceLine";
                Nullable: false;
            };
            adjustments: {
                Shape: RemittanceAdjustment[];
                Name: "RemittanceAdjustment";
                Nullable: false;
            };
        };
    };
    RemittanceServiceLine: {
        Name: "RemittanceServiceLine";
        Shape: RemittanceServiceLine;
        Include: Prisma.RemittanceServiceLineInclude;
        Select: Prisma.RemittanceServiceLineSelect;
        OrderBy: Prisma.RemittanceServiceLineOrderByWithRelationInput;
        WhereUnique: Prisma.RemittanceServiceLineWhereUniqueInput;
        Where: Prisma.RemittanceServiceLineWhereInput;
        Create: {};
        Update: {};
        RelationName: "remittance" | "claimLine" | "adjustments";
        ListRelations: "adjustments";
        Relations: {
            remittance: {
                Shape: Remittance;
                Name: "Remittance";
                Nullable: false;
            };
            claimLine: {
                Shape: ClaimLine | null;
                Name: "ClaimLine";
                Nullable: true;
            };
            adjustments: {
                Shape: RemittanceAdjustment[];
                Name: "RemittanceAdjustment";
                Nullable: false;
            };
        };
    };
    RemittanceAdjustment: {
        Name: "RemittanceAdjustment";
        Shape: RemittanceAdjustment;
        Include: Prisma.RemittanceAdjustmentInclude;
        Select: Prisma.RemittanceAdjustmentSelect;
        OrderBy: Prisma.RemittanceAdjustmentOrderByWithRelationInput;
        WhereUnique: Prisma.RemittanceAdjustmentWhereUniqueInput;
        Where: Prisma.RemittanceAdjustmentWhereInput;
        Create: {};
        Update: {};
        RelationName: "remittance" | "serviceLine";
        ListRelations: never;
        Relations: {
            remittance: {
                Shape: Remittance;
                Name: "Remittance";
                Nullable: false;
            };
            serviceLine: {
                Shape: RemittanceServiceLine | null;
                Name: "RemittanceServiceLine";
                Nullable: true;
            };
        };
    };
    Appeal: {
        Name: "Appeal";
        Shape: Appeal;
        Include: Prisma.AppealInclude;
        Select: Prisma.AppealSelect;
        OrderBy: Prisma.AppealOrderByWithRelationInput;
        WhereUnique: Prisma.AppealWhereUniqueInput;
        Where: Prisma.AppealWhereInput;
        Create: {};
        Update: {};
        RelationName: "claim";
        ListRelations: never;
        Relations: {
            claim: {
                Shape: Claim;
                Name: "Claim";
                Nullable: false;
            };
        };
    };
    AuditEvent: {
        Name: "AuditEvent";
        Shape: AuditEvent;
        Include: never;
        Select: Prisma.AuditEventSelect;
        OrderBy: Prisma.AuditEventOrderByWithRelationInput;
        WhereUnique: Prisma.AuditEventWhereUniqueInput;
        Where: Prisma.AuditEventWhereInput;
        Create: {};
        Update: {};
        RelationName: never;
        ListRelations: never;
        Relations: {};
    };
    IdempotencyKey: {
        Name: "IdempotencyKey";
        Shape: IdempotencyKey;
        Include: never;
        Select: Prisma.IdempotencyKeySelect;
        OrderBy: Prisma.IdempotencyKeyOrderByWithRelationInput;
        WhereUnique: Prisma.IdempotencyKeyWhereUniqueInput;
        Where: Prisma.IdempotencyKeyWhereInput;
        Create: {};
        Update: {};
        RelationName: never;
        ListRelations: never;
        Relations: {};
    };
    Icd10Code: {
        Name: "Icd10Code";
        Shape: Icd10Code;
        Include: never;
        Select: Prisma.Icd10CodeSelect;
        OrderBy: Prisma.Icd10CodeOrderByWithRelationInput;
        WhereUnique: Prisma.Icd10CodeWhereUniqueInput;
        Where: Prisma.Icd10CodeWhereInput;
        Create: {};
        Update: {};
        RelationName: never;
        ListRelations: never;
        Relations: {};
    };
}
export function getDatamodel(): PothosPrismaDatamodel { return JSON.parse("{\"datamodel\":{\"models\":{\"Organization\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"groupNpi\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"taxId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Location\",\"kind\":\"object\",\"name\":\"locations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LocationToOrganization\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"programs\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToProgram\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"providers\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToProvider\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patients\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToPatient\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claims\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToOrganization\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"UserAccount\",\"kind\":\"object\",\"name\":\"users\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToUserAccount\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Coverage\",\"kind\":\"object\",\"name\":\"coverages\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CoverageToOrganization\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Session\",\"kind\":\"object\",\"name\":\"sessions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToSession\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Remittance\",\"kind\":\"object\",\"name\":\"remittances\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToRemittance\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Part2Consent\",\"kind\":\"object\",\"name\":\"consentsReceived\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToPart2Consent\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Location\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organizationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"npi\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"taxId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"addressLine1\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"addressLine2\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"city\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"state\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"postalCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"placeOfService\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Organization\",\"kind\":\"object\",\"name\":\"organization\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LocationToOrganization\",\"relationFromFields\":[\"organizationId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"programs\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LocationToProgram\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Session\",\"kind\":\"object\",\"name\":\"sessions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LocationToSession\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ProgramDay\",\"kind\":\"object\",\"name\":\"programDays\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LocationToProgramDay\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claims\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToLocation\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Program\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organizationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"locationId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"isPart2\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"LevelOfCare\",\"kind\":\"enum\",\"name\":\"levelsOfCare\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Organization\",\"kind\":\"object\",\"name\":\"organization\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToProgram\",\"relationFromFields\":[\"organizationId\"],\"isUpdatedAt\":false},{\"type\":\"Location\",\"kind\":\"object\",\"name\":\"location\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LocationToProgram\",\"relationFromFields\":[\"locationId\"],\"isUpdatedAt\":false},{\"type\":\"ProgramMembership\",\"kind\":\"object\",\"name\":\"staff\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramToProgramMembership\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ProgramProvider\",\"kind\":\"object\",\"name\":\"providers\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramToProgramProvider\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Episode\",\"kind\":\"object\",\"name\":\"episodes\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"EpisodeToProgram\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Session\",\"kind\":\"object\",\"name\":\"sessions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramToSession\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ProgramDay\",\"kind\":\"object\",\"name\":\"programDays\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramToProgramDay\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Diagnosis\",\"kind\":\"object\",\"name\":\"diagnoses\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DiagnosisToProgram\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Part2Consent\",\"kind\":\"object\",\"name\":\"consents\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"Part2ConsentToProgram\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"TreatmentPlan\",\"kind\":\"object\",\"name\":\"treatmentPlans\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramToTreatmentPlan\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claims\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToProgram\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patients\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PatientToProgram\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Authorization\",\"kind\":\"object\",\"name\":\"authorizations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToProgram\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"UserAccount\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organizationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"subject\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"displayName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"providerId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Organization\",\"kind\":\"object\",\"name\":\"organization\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToUserAccount\",\"relationFromFields\":[\"organizationId\"],\"isUpdatedAt\":false},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"provider\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProviderToUserAccount\",\"relationFromFields\":[\"providerId\"],\"isUpdatedAt\":false},{\"type\":\"ProgramMembership\",\"kind\":\"object\",\"name\":\"memberships\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramMembershipToUserAccount\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"ProgramMembership\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"userId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"UserAccount\",\"kind\":\"object\",\"name\":\"user\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramMembershipToUserAccount\",\"relationFromFields\":[\"userId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramToProgramMembership\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false}],\"primaryKey\":{\"name\":null,\"fields\":[\"userId\",\"programId\"]},\"uniqueIndexes\":[]},\"Provider\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organizationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"npi\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"firstName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"lastName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"LicensureType\",\"kind\":\"enum\",\"name\":\"licensureType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"taxonomyCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"active\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"version\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"updatedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":true},{\"type\":\"Organization\",\"kind\":\"object\",\"name\":\"organization\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToProvider\",\"relationFromFields\":[\"organizationId\"],\"isUpdatedAt\":false},{\"type\":\"ProviderLicense\",\"kind\":\"object\",\"name\":\"licenses\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProviderToProviderLicense\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ProviderEnrollment\",\"kind\":\"object\",\"name\":\"enrollments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProviderToProviderEnrollment\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ProgramProvider\",\"kind\":\"object\",\"name\":\"programs\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramProviderToProvider\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"UserAccount\",\"kind\":\"object\",\"name\":\"user\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProviderToUserAccount\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Session\",\"kind\":\"object\",\"name\":\"sessions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProviderToSession\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ProgramDayService\",\"kind\":\"object\",\"name\":\"programServices\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramDayServiceToProvider\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"renderedClaims\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimRenderingProvider\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ClaimLine\",\"kind\":\"object\",\"name\":\"renderedLines\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimLineToProvider\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Authorization\",\"kind\":\"object\",\"name\":\"authorizations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToProvider\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"TreatmentPlan\",\"kind\":\"object\",\"name\":\"treatmentPlans\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProviderToTreatmentPlan\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"ProgramProvider\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"providerId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramToProgramProvider\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"provider\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramProviderToProvider\",\"relationFromFields\":[\"providerId\"],\"isUpdatedAt\":false}],\"primaryKey\":{\"name\":null,\"fields\":[\"programId\",\"providerId\"]},\"uniqueIndexes\":[]},\"ProviderLicense\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"providerId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"state\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"number\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"LicensureType\",\"kind\":\"enum\",\"name\":\"licensureType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"issuedOn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"expiresOn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"provider\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProviderToProviderLicense\",\"relationFromFields\":[\"providerId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"providerId\",\"state\",\"number\"]}]},\"Payer\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"PayerKind\",\"kind\":\"enum\",\"name\":\"kind\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"policyId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"payerCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ProviderEnrollment\",\"kind\":\"object\",\"name\":\"enrollments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PayerToProviderEnrollment\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Coverage\",\"kind\":\"object\",\"name\":\"coverages\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CoverageToPayer\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Authorization\",\"kind\":\"object\",\"name\":\"authorizations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToPayer\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claims\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToPayer\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Remittance\",\"kind\":\"object\",\"name\":\"remittances\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PayerToRemittance\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Part2Consent\",\"kind\":\"object\",\"name\":\"consents\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"Part2ConsentToPayer\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"ProviderEnrollment\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"providerId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"payerId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"CredentialingStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"inNetwork\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"payerProviderId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"effectiveFrom\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"effectiveTo\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"version\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"updatedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":true},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"provider\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProviderToProviderEnrollment\",\"relationFromFields\":[\"providerId\"],\"isUpdatedAt\":false},{\"type\":\"Payer\",\"kind\":\"object\",\"name\":\"payer\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PayerToProviderEnrollment\",\"relationFromFields\":[\"payerId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Patient\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organizationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"mrn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"firstName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"lastName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"dateOfBirth\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Sex\",\"kind\":\"enum\",\"name\":\"sex\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"addressLine1\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"addressLine2\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"city\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"state\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"postalCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"phone\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"email\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Organization\",\"kind\":\"object\",\"name\":\"organization\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToPatient\",\"relationFromFields\":[\"organizationId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PatientToProgram\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false},{\"type\":\"Coverage\",\"kind\":\"object\",\"name\":\"coverages\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CoverageToPatient\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Part2Consent\",\"kind\":\"object\",\"name\":\"consents\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"Part2ConsentToPatient\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Diagnosis\",\"kind\":\"object\",\"name\":\"diagnoses\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DiagnosisToPatient\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Episode\",\"kind\":\"object\",\"name\":\"episodes\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"EpisodeToPatient\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Authorization\",\"kind\":\"object\",\"name\":\"authorizations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToPatient\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Session\",\"kind\":\"object\",\"name\":\"sessions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PatientToSession\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ProgramDay\",\"kind\":\"object\",\"name\":\"programDays\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PatientToProgramDay\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claims\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToPatient\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"TreatmentPlan\",\"kind\":\"object\",\"name\":\"treatmentPlans\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PatientToTreatmentPlan\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"organizationId\",\"mrn\"]}]},\"Coverage\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organizationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"payerId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"memberId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"groupNumber\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"planName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"planCode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"SubscriberRelationship\",\"kind\":\"enum\",\"name\":\"relationship\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"priority\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"effectiveFrom\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"effectiveTo\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"version\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"updatedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":true},{\"type\":\"Organization\",\"kind\":\"object\",\"name\":\"organization\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CoverageToOrganization\",\"relationFromFields\":[\"organizationId\"],\"isUpdatedAt\":false},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patient\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CoverageToPatient\",\"relationFromFields\":[\"patientId\"],\"isUpdatedAt\":false},{\"type\":\"Payer\",\"kind\":\"object\",\"name\":\"payer\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CoverageToPayer\",\"relationFromFields\":[\"payerId\"],\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claims\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToCoverage\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Session\",\"kind\":\"object\",\"name\":\"sessions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CoverageToSession\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Authorization\",\"kind\":\"object\",\"name\":\"authorizations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToCoverage\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Part2Consent\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ConsentScope\",\"kind\":\"enum\",\"name\":\"scope\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ConsentPurpose\",\"kind\":\"enum\",\"name\":\"purposes\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"recipientName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"recipientPayerId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"recipientOrganizationId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"signedOn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"expiresOn\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"expiryEvent\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"revokedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"version\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patient\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"Part2ConsentToPatient\",\"relationFromFields\":[\"patientId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"Part2ConsentToProgram\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false},{\"type\":\"Payer\",\"kind\":\"object\",\"name\":\"recipientPayer\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"Part2ConsentToPayer\",\"relationFromFields\":[\"recipientPayerId\"],\"isUpdatedAt\":false},{\"type\":\"Organization\",\"kind\":\"object\",\"name\":\"recipientOrganization\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToPart2Consent\",\"relationFromFields\":[\"recipientOrganizationId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Diagnosis\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"icd10Code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"onsetDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"resolvedDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patient\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DiagnosisToPatient\",\"relationFromFields\":[\"patientId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DiagnosisToProgram\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Episode\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"LevelOfCare\",\"kind\":\"enum\",\"name\":\"levelOfCare\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"EpisodeStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"endDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patient\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"EpisodeToPatient\",\"relationFromFields\":[\"patientId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"EpisodeToProgram\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false},{\"type\":\"LevelOfCareTransition\",\"kind\":\"object\",\"name\":\"transitionsOut\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"TransitionFrom\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"LevelOfCareTransition\",\"kind\":\"object\",\"name\":\"transitionsIn\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"TransitionTo\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Authorization\",\"kind\":\"object\",\"name\":\"authorizations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToEpisode\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Session\",\"kind\":\"object\",\"name\":\"sessions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"EpisodeToSession\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ProgramDay\",\"kind\":\"object\",\"name\":\"programDays\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"EpisodeToProgramDay\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"TreatmentPlan\",\"kind\":\"object\",\"name\":\"treatmentPlans\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"EpisodeToTreatmentPlan\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"LevelOfCareTransition\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"fromEpisodeId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"toEpisodeId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"TransitionDirection\",\"kind\":\"enum\",\"name\":\"direction\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"transitionOn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reason\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Episode\",\"kind\":\"object\",\"name\":\"fromEpisode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"TransitionFrom\",\"relationFromFields\":[\"fromEpisodeId\"],\"isUpdatedAt\":false},{\"type\":\"Episode\",\"kind\":\"object\",\"name\":\"toEpisode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"TransitionTo\",\"relationFromFields\":[\"toEpisodeId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Authorization\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"payerId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"coverageId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"episodeId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"providerId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"authNumber\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"LevelOfCare\",\"kind\":\"enum\",\"name\":\"levelOfCare\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"procedureCodes\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"UnitType\",\"kind\":\"enum\",\"name\":\"unitType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"unitsRequested\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"unitsApproved\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"endDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"AuthorizationStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"requestedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"decidedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"concurrentReviewDue\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"version\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"updatedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":true},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patient\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToPatient\",\"relationFromFields\":[\"patientId\"],\"isUpdatedAt\":false},{\"type\":\"Payer\",\"kind\":\"object\",\"name\":\"payer\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToPayer\",\"relationFromFields\":[\"payerId\"],\"isUpdatedAt\":false},{\"type\":\"Coverage\",\"kind\":\"object\",\"name\":\"coverage\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToCoverage\",\"relationFromFields\":[\"coverageId\"],\"isUpdatedAt\":false},{\"type\":\"Episode\",\"kind\":\"object\",\"name\":\"episode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToEpisode\",\"relationFromFields\":[\"episodeId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToProgram\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"provider\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToProvider\",\"relationFromFields\":[\"providerId\"],\"isUpdatedAt\":false},{\"type\":\"ConcurrentReview\",\"kind\":\"object\",\"name\":\"reviews\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToConcurrentReview\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ClaimLine\",\"kind\":\"object\",\"name\":\"claimLines\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToClaimLine\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claims\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToClaim\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"ConcurrentReview\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"authorizationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"reviewedOn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ReviewOutcome\",\"kind\":\"enum\",\"name\":\"outcome\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"unitsAdded\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"nextReviewDue\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Authorization\",\"kind\":\"object\",\"name\":\"authorization\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToConcurrentReview\",\"relationFromFields\":[\"authorizationId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"TreatmentPlan\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"episodeId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"providerId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"TreatmentPlanStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"lastReviewedOn\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"nextReviewDue\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patient\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PatientToTreatmentPlan\",\"relationFromFields\":[\"patientId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramToTreatmentPlan\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false},{\"type\":\"Episode\",\"kind\":\"object\",\"name\":\"episode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"EpisodeToTreatmentPlan\",\"relationFromFields\":[\"episodeId\"],\"isUpdatedAt\":false},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"provider\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProviderToTreatmentPlan\",\"relationFromFields\":[\"providerId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Session\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organizationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"providerId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"locationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"episodeId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"coverageId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"serviceDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startTime\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"endTime\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"placeOfService\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"TelehealthModality\",\"kind\":\"enum\",\"name\":\"telehealthModality\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"procedureCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"modifiers\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"psychotherapyMinutes\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"SessionStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Organization\",\"kind\":\"object\",\"name\":\"organization\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToSession\",\"relationFromFields\":[\"organizationId\"],\"isUpdatedAt\":false},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patient\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PatientToSession\",\"relationFromFields\":[\"patientId\"],\"isUpdatedAt\":false},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"provider\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProviderToSession\",\"relationFromFields\":[\"providerId\"],\"isUpdatedAt\":false},{\"type\":\"Location\",\"kind\":\"object\",\"name\":\"location\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LocationToSession\",\"relationFromFields\":[\"locationId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramToSession\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false},{\"type\":\"Episode\",\"kind\":\"object\",\"name\":\"episode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"EpisodeToSession\",\"relationFromFields\":[\"episodeId\"],\"isUpdatedAt\":false},{\"type\":\"Coverage\",\"kind\":\"object\",\"name\":\"coverage\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CoverageToSession\",\"relationFromFields\":[\"coverageId\"],\"isUpdatedAt\":false},{\"type\":\"ClaimLine\",\"kind\":\"object\",\"name\":\"claimLines\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimLineToSession\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"ProgramDay\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"episodeId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"locationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"LevelOfCare\",\"kind\":\"enum\",\"name\":\"levelOfCare\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"serviceDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patient\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PatientToProgramDay\",\"relationFromFields\":[\"patientId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramToProgramDay\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false},{\"type\":\"Episode\",\"kind\":\"object\",\"name\":\"episode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"EpisodeToProgramDay\",\"relationFromFields\":[\"episodeId\"],\"isUpdatedAt\":false},{\"type\":\"Location\",\"kind\":\"object\",\"name\":\"location\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"LocationToProgramDay\",\"relationFromFields\":[\"locationId\"],\"isUpdatedAt\":false},{\"type\":\"ProgramDayService\",\"kind\":\"object\",\"name\":\"services\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramDayToProgramDayService\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ClaimLine\",\"kind\":\"object\",\"name\":\"claimLines\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimLineToProgramDay\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"patientId\",\"programId\",\"serviceDate\"]}]},\"ProgramDayService\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programDayId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"providerId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"procedureCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"revenueCode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"minutes\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ProgramDay\",\"kind\":\"object\",\"name\":\"programDay\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramDayToProgramDayService\",\"relationFromFields\":[\"programDayId\"],\"isUpdatedAt\":false},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"provider\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ProgramDayServiceToProvider\",\"relationFromFields\":[\"providerId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Claim\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organizationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"payerId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"coverageId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"billingLocationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"renderingProviderId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"authorizationId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ClaimType\",\"kind\":\"enum\",\"name\":\"claimType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ClaimStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientControlNumber\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"frequencyCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"billType\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"serviceFrom\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"serviceTo\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"totalCharge\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"submittedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"submittedPolicyVersion\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Json\",\"kind\":\"scalar\",\"name\":\"submittedFindings\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"overrideReason\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"version\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"updatedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":true},{\"type\":\"Organization\",\"kind\":\"object\",\"name\":\"organization\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToOrganization\",\"relationFromFields\":[\"organizationId\"],\"isUpdatedAt\":false},{\"type\":\"Patient\",\"kind\":\"object\",\"name\":\"patient\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToPatient\",\"relationFromFields\":[\"patientId\"],\"isUpdatedAt\":false},{\"type\":\"Payer\",\"kind\":\"object\",\"name\":\"payer\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToPayer\",\"relationFromFields\":[\"payerId\"],\"isUpdatedAt\":false},{\"type\":\"Coverage\",\"kind\":\"object\",\"name\":\"coverage\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToCoverage\",\"relationFromFields\":[\"coverageId\"],\"isUpdatedAt\":false},{\"type\":\"Location\",\"kind\":\"object\",\"name\":\"billingLocation\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToLocation\",\"relationFromFields\":[\"billingLocationId\"],\"isUpdatedAt\":false},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"renderingProvider\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimRenderingProvider\",\"relationFromFields\":[\"renderingProviderId\"],\"isUpdatedAt\":false},{\"type\":\"Authorization\",\"kind\":\"object\",\"name\":\"authorization\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToClaim\",\"relationFromFields\":[\"authorizationId\"],\"isUpdatedAt\":false},{\"type\":\"Program\",\"kind\":\"object\",\"name\":\"program\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToProgram\",\"relationFromFields\":[\"programId\"],\"isUpdatedAt\":false},{\"type\":\"ClaimDiagnosis\",\"kind\":\"object\",\"name\":\"diagnoses\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToClaimDiagnosis\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ClaimLine\",\"kind\":\"object\",\"name\":\"lines\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToClaimLine\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ClaimStatusChange\",\"kind\":\"object\",\"name\":\"statusHistory\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToClaimStatusChange\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Remittance\",\"kind\":\"object\",\"name\":\"remittances\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToRemittance\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Appeal\",\"kind\":\"object\",\"name\":\"appeals\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AppealToClaim\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"organizationId\",\"patientControlNumber\"]}]},\"ClaimDiagnosis\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"claimId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"position\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"icd10Code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claim\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToClaimDiagnosis\",\"relationFromFields\":[\"claimId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"claimId\",\"position\"]}]},\"ClaimLine\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"claimId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"lineNumber\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"serviceDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"procedureCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"modifiers\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"revenueCode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"units\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"chargeAmount\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"placeOfService\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"diagnosisPointers\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"renderingProviderId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"sessionId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"programDayId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"authorizationId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"minutes\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claim\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToClaimLine\",\"relationFromFields\":[\"claimId\"],\"isUpdatedAt\":false},{\"type\":\"Provider\",\"kind\":\"object\",\"name\":\"renderingProvider\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimLineToProvider\",\"relationFromFields\":[\"renderingProviderId\"],\"isUpdatedAt\":false},{\"type\":\"Session\",\"kind\":\"object\",\"name\":\"session\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimLineToSession\",\"relationFromFields\":[\"sessionId\"],\"isUpdatedAt\":false},{\"type\":\"ProgramDay\",\"kind\":\"object\",\"name\":\"programDay\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimLineToProgramDay\",\"relationFromFields\":[\"programDayId\"],\"isUpdatedAt\":false},{\"type\":\"Authorization\",\"kind\":\"object\",\"name\":\"authorization\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AuthorizationToClaimLine\",\"relationFromFields\":[\"authorizationId\"],\"isUpdatedAt\":false},{\"type\":\"RemittanceServiceLine\",\"kind\":\"object\",\"name\":\"remittanceLines\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimLineToRemittanceServiceLine\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"claimId\",\"lineNumber\"]}]},\"ClaimStatusChange\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"claimId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ClaimStatus\",\"kind\":\"enum\",\"name\":\"fromStatus\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ClaimStatus\",\"kind\":\"enum\",\"name\":\"toStatus\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"changedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"BigInt\",\"kind\":\"scalar\",\"name\":\"sequence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"actor\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"note\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claim\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToClaimStatusChange\",\"relationFromFields\":[\"claimId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Remittance\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organizationId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"claimId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"payerId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"payerClaimControlNumber\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"claimStatusCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"chargeAmount\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"paidAmount\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"patientResponsibility\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"traceNumber\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"paidOn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"remarkCodes\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Organization\",\"kind\":\"object\",\"name\":\"organization\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganizationToRemittance\",\"relationFromFields\":[\"organizationId\"],\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claim\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimToRemittance\",\"relationFromFields\":[\"claimId\"],\"isUpdatedAt\":false},{\"type\":\"Payer\",\"kind\":\"object\",\"name\":\"payer\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PayerToRemittance\",\"relationFromFields\":[\"payerId\"],\"isUpdatedAt\":false},{\"type\":\"RemittanceServiceLine\",\"kind\":\"object\",\"name\":\"serviceLines\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RemittanceToRemittanceServiceLine\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"RemittanceAdjustment\",\"kind\":\"object\",\"name\":\"adjustments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RemittanceToRemittanceAdjustment\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"RemittanceServiceLine\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"remittanceId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"claimLineId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"procedureCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"modifiers\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"chargeAmount\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"paidAmount\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"units\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"remarkCodes\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Remittance\",\"kind\":\"object\",\"name\":\"remittance\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RemittanceToRemittanceServiceLine\",\"relationFromFields\":[\"remittanceId\"],\"isUpdatedAt\":false},{\"type\":\"ClaimLine\",\"kind\":\"object\",\"name\":\"claimLine\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ClaimLineToRemittanceServiceLine\",\"relationFromFields\":[\"claimLineId\"],\"isUpdatedAt\":false},{\"type\":\"RemittanceAdjustment\",\"kind\":\"object\",\"name\":\"adjustments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RemittanceAdjustmentToRemittanceServiceLine\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"RemittanceAdjustment\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"remittanceId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"serviceLineId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"AdjustmentGroup\",\"kind\":\"enum\",\"name\":\"groupCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reasonCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"amount\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"quantity\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Remittance\",\"kind\":\"object\",\"name\":\"remittance\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RemittanceToRemittanceAdjustment\",\"relationFromFields\":[\"remittanceId\"],\"isUpdatedAt\":false},{\"type\":\"RemittanceServiceLine\",\"kind\":\"object\",\"name\":\"serviceLine\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"RemittanceAdjustmentToRemittanceServiceLine\",\"relationFromFields\":[\"serviceLineId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Appeal\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"claimId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"level\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"AppealStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"filedOn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reason\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"parityFlag\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"resolvedOn\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"resolution\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Claim\",\"kind\":\"object\",\"name\":\"claim\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AppealToClaim\",\"relationFromFields\":[\"claimId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"AuditEvent\":{\"fields\":[{\"type\":\"BigInt\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"occurredAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"subject\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"role\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organizationId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"action\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"recordType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"recordId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patientId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"fields\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"part2\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"consentId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"outcome\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"operationName\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"operationHash\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"purpose\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"requestId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"previousHash\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"hash\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"IdempotencyKey\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"principal\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"key\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"operation\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"fingerprint\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Json\",\"kind\":\"scalar\",\"name\":\"response\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"expiresAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"principal\",\"key\"]}]},\"Icd10Code\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"description\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"billable\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"release\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]}}}}"); }