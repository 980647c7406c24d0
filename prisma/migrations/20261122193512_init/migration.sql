-- CreateEnum
CREATE TYPE "GovernmentKind" AS ENUM ('CITY', 'REGENCY', 'PROVINCE', 'MINISTRY');

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('SECRETARIAT', 'SECTION', 'OFFICE', 'BOARD', 'INSPECTORATE', 'DISTRICT', 'UNIT', 'OTHER');

-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('STEERING', 'EXECUTING', 'WORKING_GROUP', 'ASSESSORS', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'PLANNER', 'ASSESSOR', 'ASSESSMENT_COORDINATOR', 'REVIEWER', 'MANAGER', 'VIEWER');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'SIGN_IN', 'STATUS');

-- CreateEnum
CREATE TYPE "AreaKind" AS ENUM ('CHANGE_MANAGEMENT', 'DEREGULATION', 'ORGANIZATION', 'BUSINESS_PROCESS', 'HR_MANAGEMENT', 'ACCOUNTABILITY', 'SUPERVISION', 'PUBLIC_SERVICE');

-- CreateEnum
CREATE TYPE "ValueType" AS ENUM ('NUMBER', 'PERCENTAGE', 'SCORE', 'LEVEL', 'CATEGORY', 'TEXT');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "IndicatorScope" AS ENUM ('GOAL', 'AREA', 'PERFORMANCE_AGREEMENT', 'ACTIVITY', 'TREE', 'OTHER');

-- CreateEnum
CREATE TYPE "ValueKind" AS ENUM ('BASELINE', 'TARGET', 'REALIZATION');

-- CreateEnum
CREATE TYPE "WorkPlanKind" AS ENUM ('WORK_PLAN', 'FOLLOW_UP', 'PERFORMANCE_AGREEMENT');

-- CreateEnum
CREATE TYPE "WorkPlanStatus" AS ENUM ('DRAFT', 'APPROVED');

-- CreateEnum
CREATE TYPE "RealizationStatus" AS ENUM ('DONE', 'PARTIAL', 'NOT_DONE');

-- CreateEnum
CREATE TYPE "TreeNodeKind" AS ENUM ('RESULT', 'PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY');

-- CreateEnum
CREATE TYPE "ProcessKind" AS ENUM ('INPUT', 'MANAGERIAL', 'MAIN', 'SUPPORTING', 'OUTPUT');

-- CreateEnum
CREATE TYPE "FrameworkStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "FrameworkNodeKind" AS ENUM ('COMPONENT', 'SUBCOMPONENT', 'AREA', 'SUB_ITEM');

-- CreateEnum
CREATE TYPE "AnswerType" AS ENUM ('YES_NO', 'ABC', 'ABCD', 'ABCDE', 'PERCENTAGE', 'SCALE', 'CATEGORY');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'IN_ASSESSMENT', 'CONSENSUS', 'IN_REVIEW', 'NEEDS_REVISION', 'FINAL');

-- CreateEnum
CREATE TYPE "AssessmentRole" AS ENUM ('COORDINATOR', 'ASSESSOR', 'REVIEWER');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REVISION_REQUIRED', 'REVISED');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('FILE', 'LINK');

-- CreateTable
CREATE TABLE "Government" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "GovernmentKind" NOT NULL,
    "region" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Government_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "parentId" UUID,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "AgencyKind" NOT NULL DEFAULT 'OTHER',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "areaId" UUID,
    "kind" "TeamKind" NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "position" TEXT NOT NULL,
    "teamRole" TEXT NOT NULL,
    "personName" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'id',
    "isSystemAdmin" BOOLEAN NOT NULL DEFAULT false,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "agencyId" UUID,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "governmentId" UUID,
    "userId" UUID,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Roadmap" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "regulationRef" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Roadmap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "roadmapId" UUID,
    "workPlanId" UUID,
    "code" TEXT,
    "statement" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "kind" "AreaKind" NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "roadmapId" UUID,
    "goalId" UUID,
    "areaId" UUID,
    "programId" UUID,
    "activityId" UUID,
    "actionId" UUID,
    "ownerAgencyId" UUID,
    "scope" "IndicatorScope" NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "unit" TEXT,
    "valueType" "ValueType" NOT NULL DEFAULT 'NUMBER',
    "scaleMin" DECIMAL(20,4),
    "scaleMax" DECIMAL(20,4),
    "categories" TEXT[],
    "direction" "Direction" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "source" TEXT,
    "definition" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "agencyId" UUID,
    "scopeKey" TEXT NOT NULL DEFAULT '',
    "kind" "ValueKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL DEFAULT 0,
    "month" INTEGER NOT NULL DEFAULT 0,
    "numericValue" DECIMAL(20,4),
    "categoryValue" TEXT,
    "textValue" TEXT,
    "notAvailable" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "source" TEXT,
    "enteredById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodLock" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL DEFAULT 0,
    "lockedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedById" UUID,
    "reopenedAt" TIMESTAMP(3),
    "reopenedById" UUID,
    "reason" TEXT,

    CONSTRAINT "PeriodLock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusThreshold" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "indicatorId" UUID,
    "onTrackMin" DECIMAL(8,2) NOT NULL DEFAULT 100,
    "atRiskMin" DECIMAL(8,2) NOT NULL DEFAULT 80,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatusThreshold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkPlan" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "agencyId" UUID,
    "roadmapId" UUID,
    "sourceAssessmentId" UUID,
    "kind" "WorkPlanKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "regulationRef" TEXT,
    "status" "WorkPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "approvedAt" TIMESTAMP(3),
    "approvedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "workPlanId" UUID NOT NULL,
    "goalId" UUID,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "roadmapId" UUID,
    "workPlanId" UUID,
    "programId" UUID,
    "areaId" UUID,
    "indicatorId" UUID,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "budget" DECIMAL(18,2),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "roadmapActionId" UUID,
    "criterionId" UUID,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "output" TEXT,
    "responsibleAgencyId" UUID,
    "responsibleText" TEXT,
    "years" INTEGER[],
    "successCriteria" TEXT,
    "note" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionEffort" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "agencyId" UUID,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActionEffort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Step" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "output" TEXT,
    "successCriteria" TEXT,
    "responsibleAgencyId" UUID,
    "responsibleTeamId" UUID,
    "responsibleText" TEXT,
    "months" INTEGER[],
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StepRealization" (
    "id" UUID NOT NULL,
    "stepId" UUID NOT NULL,
    "month" INTEGER NOT NULL,
    "status" "RealizationStatus" NOT NULL,
    "note" TEXT,
    "evidenceLinks" TEXT[],
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StepRealization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanBaseline" (
    "id" UUID NOT NULL,
    "workPlanId" UUID NOT NULL,
    "createdById" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanBaseline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanBaselineStep" (
    "baselineId" UUID NOT NULL,
    "stepId" UUID NOT NULL,
    "months" INTEGER[],

    CONSTRAINT "PlanBaselineStep_pkey" PRIMARY KEY ("baselineId","stepId")
);

-- CreateTable
CREATE TABLE "QuickWin" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "roadmapId" UUID,
    "agencyId" UUID,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "output" TEXT,
    "year" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "QuickWin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerformanceTree" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "agencyId" UUID,
    "clonedFromId" UUID,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PerformanceTree_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreeNode" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "treeId" UUID NOT NULL,
    "parentId" UUID,
    "level" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "kind" "TreeNodeKind" NOT NULL DEFAULT 'RESULT',
    "statement" TEXT NOT NULL,
    "indicatorText" TEXT,
    "observedProblem" TEXT,
    "observedValue" DECIMAL(20,4),
    "observedYear" INTEGER,
    "observedSource" TEXT,
    "rationale" TEXT,
    "responsibleOfficial" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TreeNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreeNodeIndicator" (
    "nodeId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "rationale" TEXT,

    CONSTRAINT "TreeNodeIndicator_pkey" PRIMARY KEY ("nodeId","indicatorId")
);

-- CreateTable
CREATE TABLE "TreeNodeAction" (
    "nodeId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "rationale" TEXT,

    CONSTRAINT "TreeNodeAction_pkey" PRIMARY KEY ("nodeId","actionId")
);

-- CreateTable
CREATE TABLE "ProcessMap" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "agencyId" UUID,
    "title" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcessMap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessProcess" (
    "id" UUID NOT NULL,
    "mapId" UUID NOT NULL,
    "parentId" UUID,
    "kind" "ProcessKind" NOT NULL,
    "name" TEXT NOT NULL,
    "responsibleOfficial" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BusinessProcess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrossFunctionStep" (
    "id" UUID NOT NULL,
    "mapId" UUID NOT NULL,
    "activity" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "outputDocument" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CrossFunctionStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" UUID NOT NULL,
    "governmentId" UUID,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "regulation" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "copiedFromId" UUID,
    "status" "FrameworkStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkNode" (
    "id" UUID NOT NULL,
    "frameworkId" UUID NOT NULL,
    "parentId" UUID,
    "kind" "FrameworkNodeKind" NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "weight" DECIMAL(8,4),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FrameworkNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" UUID NOT NULL,
    "frameworkId" UUID NOT NULL,
    "nodeId" UUID NOT NULL,
    "code" TEXT,
    "text" TEXT NOT NULL,
    "guidance" TEXT,
    "answerType" "AnswerType" NOT NULL,
    "options" JSONB,
    "scaleMin" DECIMAL(20,4),
    "scaleMax" DECIMAL(20,4),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "agencyId" UUID,
    "frameworkId" UUID NOT NULL,
    "previousAssessmentId" UUID,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "deadline" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentMember" (
    "assessmentId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "AssessmentRole" NOT NULL,

    CONSTRAINT "AssessmentMember_pkey" PRIMARY KEY ("assessmentId","userId","role")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "assessorId" UUID NOT NULL,
    "value" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsensusAnswer" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "value" TEXT,
    "reason" TEXT,
    "decidedById" UUID,
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'PENDING',
    "reviewComment" TEXT,
    "reviewedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsensusAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "answerId" UUID,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "fileId" UUID,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Government_code_key" ON "Government"("code");

-- CreateIndex
CREATE INDEX "Agency_governmentId_idx" ON "Agency"("governmentId");

-- CreateIndex
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");

-- CreateIndex
CREATE INDEX "Team_governmentId_idx" ON "Team"("governmentId");

-- CreateIndex
CREATE INDEX "TeamMember_teamId_idx" ON "TeamMember"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_governmentId_idx" ON "Membership"("governmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_governmentId_role_agencyId_key" ON "Membership"("userId", "governmentId", "role", "agencyId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_governmentId_entity_entityId_idx" ON "AuditLog"("governmentId", "entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "Roadmap_governmentId_idx" ON "Roadmap"("governmentId");

-- CreateIndex
CREATE INDEX "Goal_governmentId_idx" ON "Goal"("governmentId");

-- CreateIndex
CREATE INDEX "Goal_roadmapId_idx" ON "Goal"("roadmapId");

-- CreateIndex
CREATE UNIQUE INDEX "Area_governmentId_kind_key" ON "Area"("governmentId", "kind");

-- CreateIndex
CREATE INDEX "Indicator_governmentId_scope_idx" ON "Indicator"("governmentId", "scope");

-- CreateIndex
CREATE INDEX "Indicator_goalId_idx" ON "Indicator"("goalId");

-- CreateIndex
CREATE INDEX "Indicator_areaId_idx" ON "Indicator"("areaId");

-- CreateIndex
CREATE INDEX "Indicator_activityId_idx" ON "Indicator"("activityId");

-- CreateIndex
CREATE INDEX "Indicator_actionId_idx" ON "Indicator"("actionId");

-- CreateIndex
CREATE INDEX "IndicatorValue_governmentId_year_idx" ON "IndicatorValue"("governmentId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_scopeKey_kind_year_quarter_month_key" ON "IndicatorValue"("indicatorId", "scopeKey", "kind", "year", "quarter", "month");

-- CreateIndex
CREATE INDEX "PeriodLock_governmentId_year_idx" ON "PeriodLock"("governmentId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "StatusThreshold_governmentId_indicatorId_key" ON "StatusThreshold"("governmentId", "indicatorId");

-- CreateIndex
CREATE INDEX "WorkPlan_governmentId_year_idx" ON "WorkPlan"("governmentId", "year");

-- CreateIndex
CREATE INDEX "Program_workPlanId_idx" ON "Program"("workPlanId");

-- CreateIndex
CREATE INDEX "Activity_workPlanId_idx" ON "Activity"("workPlanId");

-- CreateIndex
CREATE INDEX "Activity_roadmapId_idx" ON "Activity"("roadmapId");

-- CreateIndex
CREATE INDEX "Activity_governmentId_idx" ON "Activity"("governmentId");

-- CreateIndex
CREATE INDEX "Action_activityId_idx" ON "Action"("activityId");

-- CreateIndex
CREATE INDEX "Action_governmentId_idx" ON "Action"("governmentId");

-- CreateIndex
CREATE INDEX "ActionEffort_actionId_idx" ON "ActionEffort"("actionId");

-- CreateIndex
CREATE INDEX "Step_actionId_idx" ON "Step"("actionId");

-- CreateIndex
CREATE INDEX "Step_governmentId_idx" ON "Step"("governmentId");

-- CreateIndex
CREATE UNIQUE INDEX "StepRealization_stepId_month_key" ON "StepRealization"("stepId", "month");

-- CreateIndex
CREATE INDEX "PlanBaseline_workPlanId_idx" ON "PlanBaseline"("workPlanId");

-- CreateIndex
CREATE INDEX "QuickWin_governmentId_idx" ON "QuickWin"("governmentId");

-- CreateIndex
CREATE INDEX "PerformanceTree_governmentId_idx" ON "PerformanceTree"("governmentId");

-- CreateIndex
CREATE INDEX "TreeNode_treeId_idx" ON "TreeNode"("treeId");

-- CreateIndex
CREATE INDEX "TreeNode_parentId_idx" ON "TreeNode"("parentId");

-- CreateIndex
CREATE INDEX "ProcessMap_governmentId_idx" ON "ProcessMap"("governmentId");

-- CreateIndex
CREATE INDEX "BusinessProcess_mapId_idx" ON "BusinessProcess"("mapId");

-- CreateIndex
CREATE INDEX "CrossFunctionStep_mapId_idx" ON "CrossFunctionStep"("mapId");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_code_revision_key" ON "Framework"("code", "revision");

-- CreateIndex
CREATE INDEX "FrameworkNode_frameworkId_idx" ON "FrameworkNode"("frameworkId");

-- CreateIndex
CREATE INDEX "Criterion_nodeId_idx" ON "Criterion"("nodeId");

-- CreateIndex
CREATE INDEX "Assessment_governmentId_year_idx" ON "Assessment"("governmentId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_assessmentId_criterionId_assessorId_key" ON "Answer"("assessmentId", "criterionId", "assessorId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsensusAnswer_assessmentId_criterionId_key" ON "ConsensusAnswer"("assessmentId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_fileId_key" ON "Evidence"("fileId");

-- CreateIndex
CREATE INDEX "Evidence_assessmentId_criterionId_idx" ON "Evidence"("assessmentId", "criterionId");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Roadmap" ADD CONSTRAINT "Roadmap_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_workPlanId_fkey" FOREIGN KEY ("workPlanId") REFERENCES "WorkPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_ownerAgencyId_fkey" FOREIGN KEY ("ownerAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodLock" ADD CONSTRAINT "PeriodLock_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusThreshold" ADD CONSTRAINT "StatusThreshold_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusThreshold" ADD CONSTRAINT "StatusThreshold_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPlan" ADD CONSTRAINT "WorkPlan_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPlan" ADD CONSTRAINT "WorkPlan_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPlan" ADD CONSTRAINT "WorkPlan_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPlan" ADD CONSTRAINT "WorkPlan_sourceAssessmentId_fkey" FOREIGN KEY ("sourceAssessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_workPlanId_fkey" FOREIGN KEY ("workPlanId") REFERENCES "WorkPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_workPlanId_fkey" FOREIGN KEY ("workPlanId") REFERENCES "WorkPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_roadmapActionId_fkey" FOREIGN KEY ("roadmapActionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_responsibleAgencyId_fkey" FOREIGN KEY ("responsibleAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEffort" ADD CONSTRAINT "ActionEffort_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEffort" ADD CONSTRAINT "ActionEffort_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Step" ADD CONSTRAINT "Step_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Step" ADD CONSTRAINT "Step_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Step" ADD CONSTRAINT "Step_responsibleAgencyId_fkey" FOREIGN KEY ("responsibleAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Step" ADD CONSTRAINT "Step_responsibleTeamId_fkey" FOREIGN KEY ("responsibleTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepRealization" ADD CONSTRAINT "StepRealization_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBaseline" ADD CONSTRAINT "PlanBaseline_workPlanId_fkey" FOREIGN KEY ("workPlanId") REFERENCES "WorkPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBaselineStep" ADD CONSTRAINT "PlanBaselineStep_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "PlanBaseline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBaselineStep" ADD CONSTRAINT "PlanBaselineStep_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuickWin" ADD CONSTRAINT "QuickWin_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuickWin" ADD CONSTRAINT "QuickWin_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuickWin" ADD CONSTRAINT "QuickWin_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceTree" ADD CONSTRAINT "PerformanceTree_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceTree" ADD CONSTRAINT "PerformanceTree_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceTree" ADD CONSTRAINT "PerformanceTree_clonedFromId_fkey" FOREIGN KEY ("clonedFromId") REFERENCES "PerformanceTree"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreeNode" ADD CONSTRAINT "TreeNode_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreeNode" ADD CONSTRAINT "TreeNode_treeId_fkey" FOREIGN KEY ("treeId") REFERENCES "PerformanceTree"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreeNode" ADD CONSTRAINT "TreeNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "TreeNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreeNodeIndicator" ADD CONSTRAINT "TreeNodeIndicator_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "TreeNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreeNodeIndicator" ADD CONSTRAINT "TreeNodeIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreeNodeAction" ADD CONSTRAINT "TreeNodeAction_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "TreeNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreeNodeAction" ADD CONSTRAINT "TreeNodeAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessMap" ADD CONSTRAINT "ProcessMap_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessMap" ADD CONSTRAINT "ProcessMap_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessProcess" ADD CONSTRAINT "BusinessProcess_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ProcessMap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessProcess" ADD CONSTRAINT "BusinessProcess_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "BusinessProcess"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossFunctionStep" ADD CONSTRAINT "CrossFunctionStep_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ProcessMap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "Framework"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkNode" ADD CONSTRAINT "FrameworkNode_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkNode" ADD CONSTRAINT "FrameworkNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "FrameworkNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "FrameworkNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_previousAssessmentId_fkey" FOREIGN KEY ("previousAssessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentMember" ADD CONSTRAINT "AssessmentMember_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentMember" ADD CONSTRAINT "AssessmentMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsensusAnswer" ADD CONSTRAINT "ConsensusAnswer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsensusAnswer" ADD CONSTRAINT "ConsensusAnswer_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "EvidenceFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
