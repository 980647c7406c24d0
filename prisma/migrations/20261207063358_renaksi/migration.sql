-- AlterEnum
ALTER TYPE "WorkPlanKind" ADD VALUE 'RENAKSI';

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "findingId" UUID;

-- CreateTable
CREATE TABLE "ActionReport" (
    "id" UUID NOT NULL,
    "governmentId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "quarter" INTEGER NOT NULL,
    "budgetRealization" DECIMAL(18,2),
    "supportingFactors" TEXT,
    "hinderingFactors" TEXT,
    "followUp" TEXT,
    "evidence" JSONB,
    "reportedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionReport_actionId_quarter_key" ON "ActionReport"("actionId", "quarter");

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionReport" ADD CONSTRAINT "ActionReport_governmentId_fkey" FOREIGN KEY ("governmentId") REFERENCES "Government"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionReport" ADD CONSTRAINT "ActionReport_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;
