-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "hiddenInboxColumns" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "ReplyDraft" (
    "caseId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "templateId" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReplyDraft_pkey" PRIMARY KEY ("caseId","staffId")
);

-- CreateTable
CREATE TABLE "CasePresence" (
    "caseId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "isWriting" BOOLEAN NOT NULL DEFAULT false,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CasePresence_pkey" PRIMARY KEY ("caseId","staffId")
);

-- CreateIndex
CREATE INDEX "case_presence_seen_idx" ON "CasePresence"("caseId", "seenAt");

-- AddForeignKey
ALTER TABLE "ReplyDraft" ADD CONSTRAINT "ReplyDraft_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyDraft" ADD CONSTRAINT "ReplyDraft_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePresence" ADD CONSTRAINT "CasePresence_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePresence" ADD CONSTRAINT "CasePresence_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
