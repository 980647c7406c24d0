-- DropIndex
DROP INDEX "Framework_code_revision_key";

-- CreateIndex
CREATE UNIQUE INDEX "Framework_governmentId_code_revision_key" ON "Framework"("governmentId", "code", "revision");
