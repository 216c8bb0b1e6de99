-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('COUNTY', 'TOWNSHIP', 'VILLAGE');

-- CreateEnum
CREATE TYPE "SchoolKind" AS ENUM ('PRIMARY', 'JUNIOR', 'NINE_YEAR', 'TEACHING_POINT', 'SPECIAL_EDUCATION', 'VOCATIONAL');

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('EDUCATION_BUREAU', 'CIVIL_AFFAIRS', 'HUMAN_RESOURCES_SOCIAL_SECURITY', 'JUDICIARY', 'WOMENS_FEDERATION', 'DISABLED_PERSONS_FEDERATION', 'POVERTY_ALLEVIATION_OFFICE', 'TOWNSHIP', 'SCHOOL', 'SUPERVISION', 'PARTNER_APP');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "GuardianRelation" AS ENUM ('FATHER', 'MOTHER', 'GRANDFATHER', 'GRANDMOTHER', 'SIBLING', 'OTHER_RELATIVE', 'OTHER');

-- CreateEnum
CREATE TYPE "EnrollmentStatus" AS ENUM ('ENROLLED', 'SUSPENDED', 'TRANSFERRED_OUT', 'DROPPED_OUT', 'GRADUATED', 'DECEASED', 'NOT_ENROLLED');

-- CreateEnum
CREATE TYPE "StatusEventType" AS ENUM ('ENROL', 'TRANSFER_IN', 'TRANSFER_OUT', 'SUSPEND', 'RESUME', 'DROPOUT', 'RETURN', 'GRADUATE', 'DECEASE', 'CORRECTION');

-- CreateEnum
CREATE TYPE "DropoutCause" AS ENUM ('LEARNING_DIFFICULTY', 'WEARY_OF_SCHOOL', 'POVERTY', 'DISTANCE', 'LACK_OF_CARE', 'ILLNESS', 'DISABILITY', 'WORK', 'MARRIAGE', 'OTHER');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceKind" AS ENUM ('UNEXCUSED_ABSENCE', 'EXCUSED_LEAVE', 'LATE');

-- CreateEnum
CREATE TYPE "FollowUpOutcome" AS ENUM ('PENDING', 'REACHED_WILL_RETURN', 'REACHED_REFUSED', 'UNREACHABLE', 'RETURNED');

-- CreateEnum
CREATE TYPE "LeaveStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CensusRoundStatus" AS ENUM ('OPEN', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "CensusMatch" AS ENUM ('MATCHED_BY_ID', 'PROBABLE', 'UNMATCHED', 'CONFIRMED', 'REJECTED');

-- CreateEnum
CREATE TYPE "SupportCause" AS ENUM ('LEARNING_DIFFICULTY', 'WEARY_OF_SCHOOL');

-- CreateEnum
CREATE TYPE "CaseSource" AS ENUM ('SCHOOL_REPORT', 'ABSENCE_ALERT', 'SUSPENSION_OVERDUE', 'CENSUS', 'CROSS_CHECK', 'LABOR_FINDING');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'PERSUADING', 'RETURNED', 'ALTERNATIVE_PLACEMENT', 'LEGAL_ACTION', 'CLOSED');

-- CreateEnum
CREATE TYPE "VisitOutcome" AS ENUM ('AGREED_TO_RETURN', 'REFUSED', 'NOT_HOME', 'RETURNED', 'OTHER');

-- CreateEnum
CREATE TYPE "LegalActionKind" AS ENUM ('WRITTEN_ORDER', 'LEGAL_AID', 'ADMINISTRATIVE_PENALTY', 'LAWSUIT', 'LEGAL_EDUCATION');

-- CreateEnum
CREATE TYPE "FundingLevel" AS ENUM ('CENTRAL', 'PROVINCIAL', 'COUNTY');

-- CreateEnum
CREATE TYPE "SubsidyPeriod" AS ENUM ('TERM', 'YEAR', 'MONTH', 'ONCE');

-- CreateEnum
CREATE TYPE "GrantStatus" AS ENUM ('PROPOSED', 'APPROVED', 'PAID', 'STOPPED');

-- CreateEnum
CREATE TYPE "BoardingStatus" AS ENUM ('ASSIGNED', 'WAITLISTED', 'RELEASED');

-- CreateEnum
CREATE TYPE "DisabilityCategory" AS ENUM ('VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE');

-- CreateEnum
CREATE TYPE "PlacementType" AS ENUM ('REGULAR_CLASS', 'SPECIAL_SCHOOL', 'HOME_TEACHING', 'DEFERRED');

-- CreateEnum
CREATE TYPE "PlacementStatus" AS ENUM ('PROPOSED', 'ASSIGNED', 'ENDED');

-- CreateEnum
CREATE TYPE "MigrantStatus" AS ENUM ('APPLIED', 'ASSIGNED', 'ENROLLED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CareKind" AS ENUM ('LEFT_BEHIND', 'IN_DISTRESS');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('PHONE_CALL', 'VIDEO_CALL', 'VISIT');

-- CreateEnum
CREATE TYPE "LaborAction" AS ENUM ('ORDER', 'FINE', 'LICENCE_REVOKED');

-- CreateEnum
CREATE TYPE "ReconciliationKind" AS ENUM ('ENROLLMENT_VS_POVERTY_ROLL', 'DISABILITY_VS_ENROLLMENT', 'CENSUS_VS_ENROLLMENT');

-- CreateEnum
CREATE TYPE "DiscrepancyStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateTable
CREATE TABLE "Region" (
    "code" CHAR(12) NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "name" TEXT NOT NULL,
    "parentCode" CHAR(12),
    "countyCode" CHAR(6) NOT NULL,
    "isUrban" BOOLEAN NOT NULL DEFAULT false,
    "headName" TEXT,
    "headPhone" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "School" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" CHAR(10) NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SchoolKind" NOT NULL,
    "countyCode" CHAR(6) NOT NULL,
    "townshipCode" CHAR(12) NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "boardingBeds" INTEGER NOT NULL DEFAULT 0,
    "hasBus" BOOLEAN NOT NULL DEFAULT false,
    "principalName" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "AgencyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "countyCode" CHAR(6) NOT NULL,
    "townshipCode" CHAR(12),
    "schoolId" UUID,
    "headName" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "registrationNumber" TEXT NOT NULL,
    "villageCode" CHAR(12) NOT NULL,
    "address" TEXT,
    "registeredPoor" BOOLEAN NOT NULL DEFAULT false,
    "poorSinceYear" INTEGER,
    "poorLiftedYear" INTEGER,
    "minimumLiving" BOOLEAN NOT NULL DEFAULT false,
    "minimumLivingSince" INTEGER,
    "extremePoverty" BOOLEAN NOT NULL DEFAULT false,
    "annualIncome" DECIMAL(12,2),
    "assets" TEXT,
    "assistanceAmount" DECIMAL(12,2),
    "distanceToSchoolKm" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "householdId" UUID,
    "name" TEXT NOT NULL,
    "idNumberCipher" BYTEA,
    "idNumberHash" BYTEA,
    "gender" "Gender",
    "birthDate" DATE,
    "phone" TEXT,
    "worksAway" BOOLEAN NOT NULL DEFAULT false,
    "awaySince" DATE,
    "deceased" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "householdId" UUID,
    "name" TEXT NOT NULL,
    "idNumberCipher" BYTEA,
    "idNumberHash" BYTEA,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "ethnicity" TEXT NOT NULL DEFAULT '汉族',
    "villageCode" CHAR(12) NOT NULL,
    "isLeftBehind" BOOLEAN NOT NULL DEFAULT false,
    "isMigrant" BOOLEAN NOT NULL DEFAULT false,
    "isOrphan" BOOLEAN NOT NULL DEFAULT false,
    "inDistress" BOOLEAN NOT NULL DEFAULT false,
    "hasDisability" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Guardianship" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "relation" "GuardianRelation" NOT NULL,
    "livesWithChild" BOOLEAN NOT NULL DEFAULT true,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Guardianship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrollment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "schoolId" UUID,
    "grade" INTEGER,
    "className" TEXT,
    "nationalStudentNumber" TEXT,
    "status" "EnrollmentStatus" NOT NULL,
    "statusSince" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Enrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "enrollmentId" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "type" "StatusEventType" NOT NULL,
    "schoolId" UUID,
    "grade" INTEGER,
    "occurredOn" DATE NOT NULL,
    "cause" "DropoutCause",
    "reason" TEXT,
    "evidenceRef" TEXT,
    "dueBackOn" DATE,
    "correctsEventId" UUID,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransferRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "fromSchoolId" UUID NOT NULL,
    "toSchoolId" UUID NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedOn" DATE NOT NULL,
    "decidedOn" DATE,
    "reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TransferRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolTerm" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "term" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,

    CONSTRAINT "SchoolTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceRecord" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "kind" "AttendanceKind" NOT NULL,
    "leaveRequestId" UUID,
    "note" TEXT,
    "followUpOutcome" "FollowUpOutcome",
    "followedUpAt" TIMESTAMPTZ(3),
    "followedUpBy" TEXT,
    "followUpNote" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AttendanceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaveRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "LeaveStatus" NOT NULL DEFAULT 'REQUESTED',
    "approvedBy" TEXT,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeaveRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CensusRound" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "townshipCode" CHAR(12) NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "CensusRoundStatus" NOT NULL DEFAULT 'OPEN',
    "submittedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CensusRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CensusEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "roundId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "idNumberCipher" BYTEA,
    "idNumberHash" BYTEA,
    "gender" "Gender",
    "birthDate" DATE NOT NULL,
    "villageCode" CHAR(12) NOT NULL,
    "childId" UUID,
    "match" "CensusMatch" NOT NULL DEFAULT 'UNMATCHED',
    "matchConfidence" DOUBLE PRECISION,
    "inSchool" BOOLEAN,
    "suspectedDisabled" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "CensusEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningSupport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "teacherName" TEXT NOT NULL,
    "cause" "SupportCause" NOT NULL,
    "plan" TEXT NOT NULL,
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LearningSupport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningSupportNote" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "supportId" UUID NOT NULL,
    "notedOn" DATE NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "LearningSupportNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DropoutCase" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "detectedOn" DATE NOT NULL,
    "source" "CaseSource" NOT NULL,
    "cause" "DropoutCause" NOT NULL,
    "causeNote" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "countyHeadName" TEXT,
    "bureauHeadName" TEXT,
    "townshipHeadName" TEXT,
    "villageHeadName" TEXT,
    "principalName" TEXT,
    "teacherName" TEXT,
    "parentName" TEXT,
    "firstVisitDueOn" DATE NOT NULL,
    "escalationLevel" INTEGER NOT NULL DEFAULT 0,
    "escalatedAt" TIMESTAMPTZ(3),
    "returnedOn" DATE,
    "alternativePlan" TEXT,
    "closedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DropoutCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersuasionVisit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "caseId" UUID NOT NULL,
    "visitedOn" DATE NOT NULL,
    "visitors" TEXT[],
    "outcome" "VisitOutcome" NOT NULL,
    "notes" TEXT,
    "nextStep" TEXT,
    "nextVisitOn" DATE,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersuasionVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalAction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "caseId" UUID,
    "childId" UUID NOT NULL,
    "kind" "LegalActionKind" NOT NULL,
    "takenOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "outcome" TEXT,
    "recordedBy" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LegalAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubsidyProgramme" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countyCode" CHAR(6) NOT NULL,
    "fundingLevel" "FundingLevel" NOT NULL,
    "ownerAgency" "AgencyKind" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "period" "SubsidyPeriod" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SubsidyProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubsidyRuleVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "programmeId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "rule" JSONB NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubsidyRuleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubsidyGrant" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "term" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" "GrantStatus" NOT NULL DEFAULT 'PROPOSED',
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "stopReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubsidyGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportPlan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "householdId" UUID,
    "childId" UUID,
    "measures" TEXT[],
    "responsibleName" TEXT NOT NULL,
    "responsibleAgencyKind" "AgencyKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "reviewOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SupportPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolTermBeds" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "schoolId" UUID NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "term" INTEGER NOT NULL,
    "beds" INTEGER NOT NULL,

    CONSTRAINT "SchoolTermBeds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardingAssignment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "term" INTEGER NOT NULL,
    "bedLabel" TEXT,
    "status" "BoardingStatus" NOT NULL,
    "priorityReason" TEXT,
    "assignedOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BoardingAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisabilityRecord" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "category" "DisabilityCategory" NOT NULL,
    "grade" INTEGER NOT NULL,
    "certificateCipher" BYTEA,
    "certificateHash" BYTEA,
    "assessment" TEXT,
    "assessedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DisabilityRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "type" "PlacementType" NOT NULL,
    "status" "PlacementStatus" NOT NULL,
    "schoolId" UUID,
    "responsibleTeacher" TEXT,
    "plan" TEXT,
    "visitsPerMonth" INTEGER,
    "deferReason" TEXT,
    "reviewOn" DATE,
    "proposedBy" TEXT,
    "assignedBy" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HomeTeachingVisit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "placementId" UUID NOT NULL,
    "teacherName" TEXT NOT NULL,
    "visitedOn" DATE NOT NULL,
    "hours" DECIMAL(4,1) NOT NULL,
    "content" TEXT NOT NULL,

    CONSTRAINT "HomeTeachingVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MigrantEnrollment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "hukouOrigin" TEXT NOT NULL,
    "permitCipher" BYTEA,
    "permitHash" BYTEA,
    "permitIssuedBy" TEXT,
    "permitValidFrom" DATE,
    "permitValidTo" DATE,
    "appliedOn" DATE NOT NULL,
    "requestedGrade" INTEGER NOT NULL,
    "assignedSchoolId" UUID,
    "status" "MigrantStatus" NOT NULL DEFAULT 'APPLIED',
    "feeChargedCents" INTEGER,
    "rejectReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MigrantEnrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolFee" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "schoolId" UUID NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "grade" INTEGER NOT NULL,
    "feeCents" INTEGER NOT NULL,

    CONSTRAINT "SchoolFee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareArrangement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "kind" "CareKind" NOT NULL,
    "caregiverName" TEXT NOT NULL,
    "caregiverRelation" "GuardianRelation" NOT NULL,
    "caregiverPhone" TEXT,
    "registeredOn" DATE NOT NULL,
    "endedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CareArrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurrogateParent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "arrangementId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "role" TEXT NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE,

    CONSTRAINT "SurrogateParent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareContact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "arrangementId" UUID NOT NULL,
    "contactedOn" DATE NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "withWhom" TEXT NOT NULL,
    "minutes" INTEGER,
    "notes" TEXT,

    CONSTRAINT "CareContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounsellingSession" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "arrangementId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "counsellor" TEXT NOT NULL,
    "notes" TEXT,

    CONSTRAINT "CounsellingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LaborViolation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID,
    "employerName" TEXT NOT NULL,
    "employerCreditCode" TEXT,
    "foundOn" DATE NOT NULL,
    "action" "LaborAction" NOT NULL,
    "fineCents" INTEGER,
    "notes" TEXT,
    "recordedBy" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LaborViolation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PovertyRollBatch" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "sourceName" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PovertyRollBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PovertyRollEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "batchId" UUID NOT NULL,
    "registrationNumber" TEXT NOT NULL,
    "memberName" TEXT NOT NULL,
    "idNumberCipher" BYTEA,
    "idNumberHash" BYTEA,
    "birthDate" DATE,
    "villageCode" CHAR(12),

    CONSTRAINT "PovertyRollEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReconciliationRun" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "kind" "ReconciliationKind" NOT NULL,
    "asOf" DATE NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "totals" JSONB,

    CONSTRAINT "ReconciliationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discrepancy" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "kind" "ReconciliationKind" NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "lastRunId" UUID NOT NULL,
    "childId" UUID,
    "townshipCode" CHAR(12),
    "ownerAgency" "AgencyKind" NOT NULL,
    "description" TEXT NOT NULL,
    "status" "DiscrepancyStatus" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedBy" TEXT,
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Discrepancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "agencyKind" "AgencyKind" NOT NULL,
    "agencyId" TEXT,
    "clientId" TEXT,
    "purpose" TEXT,
    "operationName" TEXT,
    "childIds" UUID[],
    "fieldClasses" TEXT[],
    "outcome" TEXT NOT NULL,
    "prevHash" BYTEA NOT NULL,
    "hash" BYTEA NOT NULL,

    CONSTRAINT "AccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlantedFact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" TEXT NOT NULL,
    "childId" UUID,
    "detail" JSONB NOT NULL,

    CONSTRAINT "PlantedFact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Region_parentCode_idx" ON "Region"("parentCode");

-- CreateIndex
CREATE INDEX "Region_countyCode_level_idx" ON "Region"("countyCode", "level");

-- CreateIndex
CREATE UNIQUE INDEX "School_code_key" ON "School"("code");

-- CreateIndex
CREATE INDEX "School_townshipCode_idx" ON "School"("townshipCode");

-- CreateIndex
CREATE INDEX "School_countyCode_kind_idx" ON "School"("countyCode", "kind");

-- CreateIndex
CREATE INDEX "Agency_countyCode_kind_idx" ON "Agency"("countyCode", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Household_registrationNumber_key" ON "Household"("registrationNumber");

-- CreateIndex
CREATE INDEX "Household_villageCode_idx" ON "Household"("villageCode");

-- CreateIndex
CREATE INDEX "Household_countyCode_registeredPoor_idx" ON "Household"("countyCode", "registeredPoor");

-- CreateIndex
CREATE INDEX "Household_countyCode_minimumLiving_idx" ON "Household"("countyCode", "minimumLiving");

-- CreateIndex
CREATE UNIQUE INDEX "Person_idNumberHash_key" ON "Person"("idNumberHash");

-- CreateIndex
CREATE INDEX "Person_householdId_idx" ON "Person"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "Child_idNumberHash_key" ON "Child"("idNumberHash");

-- CreateIndex
CREATE INDEX "Child_householdId_idx" ON "Child"("householdId");

-- CreateIndex
CREATE INDEX "Child_villageCode_idx" ON "Child"("villageCode");

-- CreateIndex
CREATE INDEX "Child_countyCode_birthDate_idx" ON "Child"("countyCode", "birthDate");

-- CreateIndex
CREATE INDEX "Child_countyCode_isLeftBehind_idx" ON "Child"("countyCode", "isLeftBehind");

-- CreateIndex
CREATE INDEX "Child_countyCode_hasDisability_idx" ON "Child"("countyCode", "hasDisability");

-- CreateIndex
CREATE INDEX "Child_countyCode_isMigrant_idx" ON "Child"("countyCode", "isMigrant");

-- CreateIndex
CREATE INDEX "Child_countyCode_inDistress_idx" ON "Child"("countyCode", "inDistress");

-- CreateIndex
CREATE INDEX "Child_countyCode_isOrphan_idx" ON "Child"("countyCode", "isOrphan");

-- CreateIndex
CREATE INDEX "Guardianship_personId_idx" ON "Guardianship"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Guardianship_childId_personId_key" ON "Guardianship"("childId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrollment_childId_key" ON "Enrollment"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrollment_nationalStudentNumber_key" ON "Enrollment"("nationalStudentNumber");

-- CreateIndex
CREATE INDEX "Enrollment_schoolId_status_idx" ON "Enrollment"("schoolId", "status");

-- CreateIndex
CREATE INDEX "Enrollment_countyCode_status_idx" ON "Enrollment"("countyCode", "status");

-- CreateIndex
CREATE INDEX "StatusEvent_enrollmentId_occurredOn_idx" ON "StatusEvent"("enrollmentId", "occurredOn");

-- CreateIndex
CREATE INDEX "StatusEvent_childId_idx" ON "StatusEvent"("childId");

-- CreateIndex
CREATE INDEX "StatusEvent_countyCode_type_occurredOn_idx" ON "StatusEvent"("countyCode", "type", "occurredOn");

-- CreateIndex
CREATE INDEX "TransferRequest_childId_idx" ON "TransferRequest"("childId");

-- CreateIndex
CREATE INDEX "TransferRequest_fromSchoolId_status_idx" ON "TransferRequest"("fromSchoolId", "status");

-- CreateIndex
CREATE INDEX "TransferRequest_toSchoolId_status_idx" ON "TransferRequest"("toSchoolId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolTerm_countyCode_schoolYear_term_key" ON "SchoolTerm"("countyCode", "schoolYear", "term");

-- CreateIndex
CREATE INDEX "AttendanceRecord_schoolId_date_idx" ON "AttendanceRecord"("schoolId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceRecord_childId_date_key" ON "AttendanceRecord"("childId", "date");

-- CreateIndex
CREATE INDEX "LeaveRequest_childId_fromDate_idx" ON "LeaveRequest"("childId", "fromDate");

-- CreateIndex
CREATE UNIQUE INDEX "CensusRound_townshipCode_year_key" ON "CensusRound"("townshipCode", "year");

-- CreateIndex
CREATE INDEX "CensusEntry_roundId_idx" ON "CensusEntry"("roundId");

-- CreateIndex
CREATE INDEX "CensusEntry_childId_idx" ON "CensusEntry"("childId");

-- CreateIndex
CREATE INDEX "CensusEntry_idNumberHash_idx" ON "CensusEntry"("idNumberHash");

-- CreateIndex
CREATE INDEX "LearningSupport_childId_idx" ON "LearningSupport"("childId");

-- CreateIndex
CREATE INDEX "LearningSupportNote_supportId_idx" ON "LearningSupportNote"("supportId");

-- CreateIndex
CREATE INDEX "DropoutCase_childId_idx" ON "DropoutCase"("childId");

-- CreateIndex
CREATE INDEX "DropoutCase_countyCode_status_idx" ON "DropoutCase"("countyCode", "status");

-- CreateIndex
CREATE INDEX "PersuasionVisit_caseId_idx" ON "PersuasionVisit"("caseId");

-- CreateIndex
CREATE INDEX "LegalAction_childId_idx" ON "LegalAction"("childId");

-- CreateIndex
CREATE INDEX "LegalAction_caseId_idx" ON "LegalAction"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "SubsidyProgramme_code_key" ON "SubsidyProgramme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SubsidyRuleVersion_programmeId_version_key" ON "SubsidyRuleVersion"("programmeId", "version");

-- CreateIndex
CREATE INDEX "SubsidyGrant_programmeId_schoolYear_term_idx" ON "SubsidyGrant"("programmeId", "schoolYear", "term");

-- CreateIndex
CREATE UNIQUE INDEX "SubsidyGrant_childId_programmeId_schoolYear_term_key" ON "SubsidyGrant"("childId", "programmeId", "schoolYear", "term");

-- CreateIndex
CREATE INDEX "SupportPlan_householdId_idx" ON "SupportPlan"("householdId");

-- CreateIndex
CREATE INDEX "SupportPlan_childId_idx" ON "SupportPlan"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolTermBeds_schoolId_schoolYear_term_key" ON "SchoolTermBeds"("schoolId", "schoolYear", "term");

-- CreateIndex
CREATE INDEX "BoardingAssignment_schoolId_schoolYear_term_status_idx" ON "BoardingAssignment"("schoolId", "schoolYear", "term", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BoardingAssignment_childId_schoolYear_term_key" ON "BoardingAssignment"("childId", "schoolYear", "term");

-- CreateIndex
CREATE UNIQUE INDEX "DisabilityRecord_childId_key" ON "DisabilityRecord"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "DisabilityRecord_certificateHash_key" ON "DisabilityRecord"("certificateHash");

-- CreateIndex
CREATE INDEX "Placement_childId_idx" ON "Placement"("childId");

-- CreateIndex
CREATE INDEX "Placement_schoolId_idx" ON "Placement"("schoolId");

-- CreateIndex
CREATE INDEX "HomeTeachingVisit_placementId_visitedOn_idx" ON "HomeTeachingVisit"("placementId", "visitedOn");

-- CreateIndex
CREATE INDEX "MigrantEnrollment_childId_idx" ON "MigrantEnrollment"("childId");

-- CreateIndex
CREATE INDEX "MigrantEnrollment_assignedSchoolId_idx" ON "MigrantEnrollment"("assignedSchoolId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolFee_schoolId_schoolYear_grade_key" ON "SchoolFee"("schoolId", "schoolYear", "grade");

-- CreateIndex
CREATE INDEX "CareArrangement_childId_idx" ON "CareArrangement"("childId");

-- CreateIndex
CREATE INDEX "SurrogateParent_arrangementId_idx" ON "SurrogateParent"("arrangementId");

-- CreateIndex
CREATE INDEX "CareContact_arrangementId_contactedOn_idx" ON "CareContact"("arrangementId", "contactedOn");

-- CreateIndex
CREATE INDEX "CounsellingSession_arrangementId_idx" ON "CounsellingSession"("arrangementId");

-- CreateIndex
CREATE INDEX "LaborViolation_childId_idx" ON "LaborViolation"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "PovertyRollBatch_contentHash_key" ON "PovertyRollBatch"("contentHash");

-- CreateIndex
CREATE INDEX "PovertyRollEntry_idNumberHash_idx" ON "PovertyRollEntry"("idNumberHash");

-- CreateIndex
CREATE UNIQUE INDEX "PovertyRollEntry_batchId_idNumberHash_key" ON "PovertyRollEntry"("batchId", "idNumberHash");

-- CreateIndex
CREATE INDEX "Discrepancy_childId_idx" ON "Discrepancy"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "Discrepancy_kind_key_key" ON "Discrepancy"("kind", "key");

-- CreateIndex
CREATE INDEX "AccessLog_at_idx" ON "AccessLog"("at");

-- CreateIndex
CREATE INDEX "PlantedFact_kind_idx" ON "PlantedFact"("kind");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_townshipCode_fkey" FOREIGN KEY ("townshipCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_townshipCode_fkey" FOREIGN KEY ("townshipCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guardianship" ADD CONSTRAINT "Guardianship_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guardianship" ADD CONSTRAINT "Guardianship_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_correctsEventId_fkey" FOREIGN KEY ("correctsEventId") REFERENCES "StatusEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransferRequest" ADD CONSTRAINT "TransferRequest_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransferRequest" ADD CONSTRAINT "TransferRequest_fromSchoolId_fkey" FOREIGN KEY ("fromSchoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransferRequest" ADD CONSTRAINT "TransferRequest_toSchoolId_fkey" FOREIGN KEY ("toSchoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceRecord" ADD CONSTRAINT "AttendanceRecord_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceRecord" ADD CONSTRAINT "AttendanceRecord_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceRecord" ADD CONSTRAINT "AttendanceRecord_leaveRequestId_fkey" FOREIGN KEY ("leaveRequestId") REFERENCES "LeaveRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusRound" ADD CONSTRAINT "CensusRound_townshipCode_fkey" FOREIGN KEY ("townshipCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusEntry" ADD CONSTRAINT "CensusEntry_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "CensusRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusEntry" ADD CONSTRAINT "CensusEntry_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningSupport" ADD CONSTRAINT "LearningSupport_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningSupportNote" ADD CONSTRAINT "LearningSupportNote_supportId_fkey" FOREIGN KEY ("supportId") REFERENCES "LearningSupport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropoutCase" ADD CONSTRAINT "DropoutCase_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersuasionVisit" ADD CONSTRAINT "PersuasionVisit_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "DropoutCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalAction" ADD CONSTRAINT "LegalAction_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "DropoutCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalAction" ADD CONSTRAINT "LegalAction_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubsidyRuleVersion" ADD CONSTRAINT "SubsidyRuleVersion_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "SubsidyProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubsidyGrant" ADD CONSTRAINT "SubsidyGrant_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubsidyGrant" ADD CONSTRAINT "SubsidyGrant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "SubsidyProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportPlan" ADD CONSTRAINT "SupportPlan_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportPlan" ADD CONSTRAINT "SupportPlan_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolTermBeds" ADD CONSTRAINT "SchoolTermBeds_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardingAssignment" ADD CONSTRAINT "BoardingAssignment_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardingAssignment" ADD CONSTRAINT "BoardingAssignment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisabilityRecord" ADD CONSTRAINT "DisabilityRecord_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeTeachingVisit" ADD CONSTRAINT "HomeTeachingVisit_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MigrantEnrollment" ADD CONSTRAINT "MigrantEnrollment_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MigrantEnrollment" ADD CONSTRAINT "MigrantEnrollment_assignedSchoolId_fkey" FOREIGN KEY ("assignedSchoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolFee" ADD CONSTRAINT "SchoolFee_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareArrangement" ADD CONSTRAINT "CareArrangement_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurrogateParent" ADD CONSTRAINT "SurrogateParent_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "CareArrangement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareContact" ADD CONSTRAINT "CareContact_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "CareArrangement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounsellingSession" ADD CONSTRAINT "CounsellingSession_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "CareArrangement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LaborViolation" ADD CONSTRAINT "LaborViolation_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PovertyRollEntry" ADD CONSTRAINT "PovertyRollEntry_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PovertyRollBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discrepancy" ADD CONSTRAINT "Discrepancy_lastRunId_fkey" FOREIGN KEY ("lastRunId") REFERENCES "ReconciliationRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discrepancy" ADD CONSTRAINT "Discrepancy_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ─── Hand-written: what Prisma's schema language cannot say ───────────────────

-- Codes and ranges.
ALTER TABLE "Region" ADD CONSTRAINT "Region_code_format" CHECK ("code" ~ '^[0-9]{12}$' AND "countyCode" ~ '^[0-9]{6}$' AND left("code", 6) = "countyCode");
ALTER TABLE "School" ADD CONSTRAINT "School_code_format" CHECK ("code" ~ '^[0-9]{10}$');
ALTER TABLE "School" ADD CONSTRAINT "School_beds_nonnegative" CHECK ("boardingBeds" >= 0);
ALTER TABLE "Child" ADD CONSTRAINT "Child_idhash_len" CHECK ("idNumberHash" IS NULL OR octet_length("idNumberHash") = 32);
ALTER TABLE "Person" ADD CONSTRAINT "Person_idhash_len" CHECK ("idNumberHash" IS NULL OR octet_length("idNumberHash") = 32);
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_grade_range" CHECK ("grade" IS NULL OR "grade" BETWEEN 1 AND 12);
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_school_when_enrolled" CHECK ("status" = 'NOT_ENROLLED' OR "schoolId" IS NOT NULL);
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_correction_points" CHECK (("type" = 'CORRECTION') = ("correctsEventId" IS NOT NULL));
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_suspend_due" CHECK ("type" <> 'SUSPEND' OR "dueBackOn" IS NOT NULL);
ALTER TABLE "TransferRequest" ADD CONSTRAINT "TransferRequest_two_schools" CHECK ("fromSchoolId" <> "toSchoolId");
ALTER TABLE "SchoolTerm" ADD CONSTRAINT "SchoolTerm_dates" CHECK ("endsOn" > "startsOn" AND "term" IN (1, 2));
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_dates" CHECK ("toDate" >= "fromDate");
ALTER TABLE "CensusEntry" ADD CONSTRAINT "CensusEntry_confidence" CHECK ("matchConfidence" IS NULL OR "matchConfidence" BETWEEN 0 AND 1);
ALTER TABLE "DropoutCase" ADD CONSTRAINT "DropoutCase_escalation" CHECK ("escalationLevel" BETWEEN 0 AND 3);
ALTER TABLE "SubsidyProgramme" ADD CONSTRAINT "SubsidyProgramme_amount" CHECK ("amountCents" >= 0);
ALTER TABLE "SubsidyGrant" ADD CONSTRAINT "SubsidyGrant_amount" CHECK ("amountCents" >= 0 AND "term" IN (1, 2));
ALTER TABLE "SubsidyGrant" ADD CONSTRAINT "SubsidyGrant_stop_reason" CHECK ("status" <> 'STOPPED' OR "stopReason" IS NOT NULL);
ALTER TABLE "SupportPlan" ADD CONSTRAINT "SupportPlan_one_subject" CHECK (num_nonnulls("householdId", "childId") = 1);
ALTER TABLE "SchoolTermBeds" ADD CONSTRAINT "SchoolTermBeds_beds" CHECK ("beds" >= 0 AND "term" IN (1, 2));
ALTER TABLE "DisabilityRecord" ADD CONSTRAINT "DisabilityRecord_grade" CHECK ("grade" BETWEEN 1 AND 4);
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_home_teaching" CHECK ("type" <> 'HOME_TEACHING' OR "status" = 'PROPOSED' OR ("responsibleTeacher" IS NOT NULL AND "visitsPerMonth" > 0));
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_deferred" CHECK ("type" <> 'DEFERRED' OR ("deferReason" IS NOT NULL AND "reviewOn" IS NOT NULL));
ALTER TABLE "HomeTeachingVisit" ADD CONSTRAINT "HomeTeachingVisit_hours" CHECK ("hours" > 0 AND "hours" <= 24);
ALTER TABLE "MigrantEnrollment" ADD CONSTRAINT "MigrantEnrollment_permit_dates" CHECK ("permitValidTo" IS NULL OR "permitValidFrom" IS NULL OR "permitValidTo" >= "permitValidFrom");
ALTER TABLE "SchoolFee" ADD CONSTRAINT "SchoolFee_amount" CHECK ("feeCents" >= 0);
ALTER TABLE "LaborViolation" ADD CONSTRAINT "LaborViolation_fine" CHECK ("fineCents" IS NULL OR "fineCents" >= 0);
ALTER TABLE "AccessLog" ADD CONSTRAINT "AccessLog_hash_len" CHECK (octet_length("hash") = 32 AND octet_length("prevHash") = 32);

-- At most one active placement per child (一人一案, plan R6.4).
CREATE UNIQUE INDEX "Placement_one_active_per_child" ON "Placement" ("childId") WHERE "status" <> 'ENDED';

-- Append-only history (plan R2.1, S2; access-policy "Audit"): the database
-- itself refuses UPDATE, DELETE and TRUNCATE, whoever asks.
CREATE FUNCTION hub_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "StatusEvent_append_only" BEFORE UPDATE OR DELETE ON "StatusEvent"
  FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();
CREATE TRIGGER "StatusEvent_no_truncate" BEFORE TRUNCATE ON "StatusEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION hub_refuse_change();
CREATE TRIGGER "AccessLog_append_only" BEFORE UPDATE OR DELETE ON "AccessLog"
  FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();
CREATE TRIGGER "AccessLog_no_truncate" BEFORE TRUNCATE ON "AccessLog"
  FOR EACH STATEMENT EXECUTE FUNCTION hub_refuse_change();
