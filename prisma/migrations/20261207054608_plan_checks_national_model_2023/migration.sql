-- CreateEnum
CREATE TYPE "CategoryAchievement" AS ENUM ('MET_OR_NOT', 'RANK_SHARE');

-- CreateEnum
CREATE TYPE "ScoreRule" AS ENUM ('RANGE', 'OF_MAX', 'DIRECT');

-- CreateEnum
CREATE TYPE "Scorer" AS ENUM ('SELF', 'NATIONAL', 'MESO');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'EVALUATOR';

-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "multiplierId" UUID,
ADD COLUMN     "scoreRule" "ScoreRule" NOT NULL DEFAULT 'RANGE',
ADD COLUMN     "scoredBy" "Scorer" NOT NULL DEFAULT 'SELF',
ADD COLUMN     "scorerName" TEXT,
ADD COLUMN     "source" TEXT;

-- AlterTable
ALTER TABLE "Framework" ADD COLUMN     "gradeBands" JSONB,
ADD COLUMN     "indexCode" TEXT,
ADD COLUMN     "model" TEXT,
ADD COLUMN     "rescale" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "source" TEXT,
ADD COLUMN     "validFrom" INTEGER,
ADD COLUMN     "validTo" INTEGER;

-- AlterTable
ALTER TABLE "FrameworkNode" ADD COLUMN     "source" TEXT,
ADD COLUMN     "variantWeights" JSONB;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "categoryAchievement" "CategoryAchievement" NOT NULL DEFAULT 'MET_OR_NOT';

-- CreateTable
CREATE TABLE "CheckRuleSetting" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "ruleId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "reason" TEXT,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckRuleSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluatorScore" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "value" TEXT,
    "note" TEXT,
    "evaluator" TEXT,
    "enteredById" UUID,
    "imported" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluatorScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentExclusion" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "nodeId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentExclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "assessmentId" UUID,
    "criterionId" UUID,
    "year" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "source" TEXT,
    "createdById" UUID,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckRuleSetting_governmentId_ruleId_key" ON "CheckRuleSetting"("governmentId", "ruleId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluatorScore_assessmentId_criterionId_key" ON "EvaluatorScore"("assessmentId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentExclusion_assessmentId_nodeId_key" ON "AssessmentExclusion"("assessmentId", "nodeId");

-- CreateIndex
CREATE INDEX "Finding_governmentId_year_idx" ON "Finding"("governmentId", "year");

-- AddForeignKey
ALTER TABLE "CheckRuleSetting" ADD CONSTRAINT "CheckRuleSetting_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorScore" ADD CONSTRAINT "EvaluatorScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorScore" ADD CONSTRAINT "EvaluatorScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentExclusion" ADD CONSTRAINT "AssessmentExclusion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentExclusion" ADD CONSTRAINT "AssessmentExclusion_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "FrameworkNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
