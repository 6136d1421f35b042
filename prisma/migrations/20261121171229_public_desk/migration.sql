/*
  Warnings:

  - A unique constraint covering the columns `[idempotencyKey]` on the table `Case` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "ApplicantRole" AS ENUM ('APPLICANT', 'SENDER', 'ADDRESSEE');

-- CreateEnum
CREATE TYPE "CaseEventKind" AS ENUM ('FILED', 'APPLICANT_JOINED', 'APPLICANT_COMMENT', 'STATUS_CHANGED', 'PUBLIC_REPLY', 'INTERNAL_NOTE', 'ANSWER_RATED', 'DEADLINE_EXTENDED');

-- CreateEnum
CREATE TYPE "ClaimDirection" AS ENUM ('DOMESTIC', 'INTERNATIONAL');

-- CreateEnum
CREATE TYPE "ItemType" AS ENUM ('LETTER', 'BANDEROL', 'PARCEL', 'EMS', 'SMALL_PACKET');

-- CreateEnum
CREATE TYPE "ItemCategory" AS ENUM ('SIMPLE', 'REGISTERED', 'DECLARED_VALUE', 'CASH_ON_DELIVERY');

-- CreateEnum
CREATE TYPE "ClaimProblem" AS ENUM ('NOT_DELIVERED', 'DELAYED', 'DAMAGED', 'CONTENTS_MISSING');

-- CreateEnum
CREATE TYPE "ClaimWish" AS ENUM ('SEARCH_ONLY', 'COMPENSATION');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "answerRatedAt" TIMESTAMP(3),
ADD COLUMN     "answerRating" SMALLINT,
ADD COLUMN     "deadlineRule" TEXT NOT NULL DEFAULT 'APPEAL',
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "ratingScore" SMALLINT,
ADD COLUMN     "ratingSubject" TEXT,
ADD COLUMN     "registerBy" TIMESTAMP(3),
ADD COLUMN     "registeredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CaseApplicant" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "role" "ApplicantRole" NOT NULL DEFAULT 'APPLICANT',
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "patronymic" TEXT,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "locale" VARCHAR(2) NOT NULL DEFAULT 'ru',
    "statusTokenHash" TEXT NOT NULL,
    "consentPolicyVersion" TEXT NOT NULL,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseApplicant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "CaseEventKind" NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "body" TEXT,
    "data" JSONB,
    "applicantId" UUID,
    "staffId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "eventId" UUID,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimDetails" (
    "caseId" UUID NOT NULL,
    "direction" "ClaimDirection" NOT NULL,
    "itemType" "ItemType" NOT NULL,
    "itemCategory" "ItemCategory" NOT NULL,
    "acceptedOn" DATE NOT NULL,
    "acceptanceOfficePostcode" VARCHAR(6),
    "senderName" TEXT NOT NULL,
    "senderAddress" TEXT NOT NULL,
    "senderPostcode" VARCHAR(10),
    "addresseeName" TEXT NOT NULL,
    "addresseeAddress" TEXT NOT NULL,
    "addresseePostcode" VARCHAR(10),
    "declaredValueKopecks" INTEGER,
    "codAmountKopecks" INTEGER,
    "contents" TEXT,
    "problem" "ClaimProblem" NOT NULL,
    "wish" "ClaimWish" NOT NULL,
    "payoutDetails" TEXT,
    "isSameSettlement" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ClaimDetails_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "OpenClaim" (
    "trackingNumber" VARCHAR(20) NOT NULL,
    "caseId" UUID NOT NULL,

    CONSTRAINT "OpenClaim_pkey" PRIMARY KEY ("trackingNumber")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" VARCHAR(12) NOT NULL,
    "keyHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "createdById" UUID,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseApplicant_statusTokenHash_key" ON "CaseApplicant"("statusTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "CaseApplicant_idempotencyKey_key" ON "CaseApplicant"("idempotencyKey");

-- CreateIndex
CREATE INDEX "case_applicant_case_idx" ON "CaseApplicant"("caseId");

-- CreateIndex
CREATE INDEX "case_applicant_email_idx" ON "CaseApplicant"("email");

-- CreateIndex
CREATE INDEX "case_event_case_idx" ON "CaseEvent"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "attachment_case_idx" ON "Attachment"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "OpenClaim_caseId_key" ON "OpenClaim"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "Case_idempotencyKey_key" ON "Case"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "CaseApplicant" ADD CONSTRAINT "CaseApplicant_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CaseEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimDetails" ADD CONSTRAINT "ClaimDetails_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenClaim" ADD CONSTRAINT "OpenClaim_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
