-- CreateEnum
CREATE TYPE "Accumulation" AS ENUM ('CUMULATIVE', 'ADDITIVE');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "accumulation" "Accumulation";
