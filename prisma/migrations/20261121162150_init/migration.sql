-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('OPERATOR', 'SUPERVISOR', 'OFFICE_HEAD', 'ANALYST', 'ADMIN');

-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('PENDING', 'ACTIVE', 'LEFT');

-- CreateEnum
CREATE TYPE "CaseType" AS ENUM ('COMPLAINT', 'CLAIM', 'RATING', 'QUEUE_REPORT');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('NEW', 'REGISTERED', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'ANSWERED', 'CLOSED', 'REOPENED');

-- CreateEnum
CREATE TYPE "CaseChannel" AS ENUM ('WEB', 'API', 'EMAIL');

-- CreateEnum
CREATE TYPE "CasePriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateTable
CREATE TABLE "Office" (
    "postcode" VARCHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "parentPostcode" VARCHAR(6),
    "region" TEXT NOT NULL,
    "autonomousOkrug" TEXT,
    "area" TEXT,
    "city" TEXT,
    "settlement" TEXT,
    "effectiveFrom" DATE,
    "previousPostcode" VARCHAR(6),
    "contactEmail" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Moscow',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("postcode")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "passwordHash" TEXT,
    "isDisabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffOffice" (
    "staffId" UUID NOT NULL,
    "officePostcode" VARCHAR(6) NOT NULL,

    CONSTRAINT "StaffOffice_pkey" PRIMARY KEY ("staffId","officePostcode")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "region" TEXT,
    "city" TEXT,
    "cardNumber" VARCHAR(16) NOT NULL,
    "status" "MemberStatus" NOT NULL DEFAULT 'PENDING',
    "emailVerified" TIMESTAMP(3),
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "type" "CaseType" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'NEW',
    "channel" "CaseChannel" NOT NULL DEFAULT 'WEB',
    "priority" "CasePriority" NOT NULL DEFAULT 'NORMAL',
    "topicId" UUID,
    "applicantName" TEXT NOT NULL,
    "applicantEmail" TEXT NOT NULL,
    "applicantPhone" TEXT,
    "officePostcode" VARCHAR(6),
    "region" TEXT,
    "trackingNumber" VARCHAR(20),
    "text" TEXT NOT NULL,
    "assigneeId" UUID,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseCounter" (
    "prefix" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseCounter_pkey" PRIMARY KEY ("prefix","year")
);

-- CreateIndex
CREATE INDEX "office_region_idx" ON "Office"("region");

-- CreateIndex
CREATE INDEX "office_parent_idx" ON "Office"("parentPostcode");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "staff_office_office_idx" ON "StaffOffice"("officePostcode");

-- CreateIndex
CREATE UNIQUE INDEX "Member_email_key" ON "Member"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Member_cardNumber_key" ON "Member"("cardNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_code_key" ON "Topic"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Case_number_key" ON "Case"("number");

-- CreateIndex
CREATE INDEX "case_status_due_idx" ON "Case"("status", "dueAt");

-- CreateIndex
CREATE INDEX "case_type_created_idx" ON "Case"("type", "createdAt");

-- CreateIndex
CREATE INDEX "case_office_idx" ON "Case"("officePostcode");

-- CreateIndex
CREATE INDEX "case_assignee_idx" ON "Case"("assigneeId");

-- CreateIndex
CREATE INDEX "case_tracking_idx" ON "Case"("trackingNumber");

-- CreateIndex
CREATE INDEX "case_email_idx" ON "Case"("applicantEmail");

-- AddForeignKey
ALTER TABLE "StaffOffice" ADD CONSTRAINT "StaffOffice_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffOffice" ADD CONSTRAINT "StaffOffice_officePostcode_fkey" FOREIGN KEY ("officePostcode") REFERENCES "Office"("postcode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_officePostcode_fkey" FOREIGN KEY ("officePostcode") REFERENCES "Office"("postcode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
