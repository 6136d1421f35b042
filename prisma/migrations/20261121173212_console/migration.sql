/*
  Warnings:

  - A unique constraint covering the columns `[replyToken]` on the table `Case` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "extendedAt" TIMESTAMP(3),
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "firstRepliedAt" TIMESTAMP(3),
ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "pausedAt" TIMESTAMP(3),
ADD COLUMN     "replyToken" TEXT;

-- CreateTable
CREATE TABLE "ReplyTemplate" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "locale" VARCHAR(2) NOT NULL DEFAULT 'ru',
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReplyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReplyTemplate_code_key" ON "ReplyTemplate"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_staffId_name_key" ON "SavedView"("staffId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Case_replyToken_key" ON "Case"("replyToken");

-- CreateIndex
CREATE INDEX "case_topic_idx" ON "Case"("topicId");

-- CreateIndex
CREATE INDEX "case_region_idx" ON "Case"("region");

-- CreateIndex
CREATE INDEX "case_priority_idx" ON "Case"("priority");

-- CreateIndex
CREATE INDEX "case_created_idx" ON "Case"("createdAt");

-- CreateIndex
CREATE INDEX "case_due_idx" ON "Case"("dueAt");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Full-text search of the inbox in Russian over the case's text, the applicant's name and email, the case
-- and tracking numbers. An expression index: Prisma's schema cannot describe it, and leaves it alone.
CREATE INDEX "case_search_idx" ON "Case" USING GIN (
  to_tsvector('russian'::regconfig,
    "number" || ' ' || "applicantName" || ' ' || "applicantEmail" || ' ' || coalesce("trackingNumber", '') || ' ' || "text")
);
