-- AlterTable
ALTER TABLE "TreeNode" ADD COLUMN     "deletedAt" TIMESTAMP(3);
