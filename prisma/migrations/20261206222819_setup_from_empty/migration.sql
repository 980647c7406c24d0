-- CreateEnum
CREATE TYPE "IndicatorFrequency" AS ENUM ('YEARLY', 'QUARTERLY', 'MONTHLY');

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "budget" DECIMAL(18,2);

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "frequency" "IndicatorFrequency" NOT NULL DEFAULT 'YEARLY';

-- AlterTable
ALTER TABLE "Roadmap" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "TeamMember" ADD COLUMN     "userId" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "activationExpiresAt" TIMESTAMP(3),
ADD COLUMN     "activationTokenHash" TEXT,
ADD COLUMN     "lastSignInAt" TIMESTAMP(3),
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "WorkPlan" ADD COLUMN     "copiedFromId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "User_activationTokenHash_key" ON "User"("activationTokenHash");
