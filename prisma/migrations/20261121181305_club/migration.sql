-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('UNDER_14', 'AGE_14_17', 'AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_64', 'AGE_65_PLUS');

-- CreateEnum
CREATE TYPE "UsageFrequency" AS ENUM ('WEEKLY', 'MONTHLY', 'FEW_TIMES_A_YEAR', 'RARELY');

-- CreateEnum
CREATE TYPE "PointsKind" AS ENUM ('EARN', 'SPEND', 'EXPIRE', 'ADJUST');

-- CreateEnum
CREATE TYPE "PointsRuleKind" AS ENUM ('PURCHASE', 'ACTIVITY');

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "ageBand" "AgeBand",
ADD COLUMN     "dataConsentAt" TIMESTAMP(3),
ADD COLUMN     "dataConsentVersion" TEXT,
ADD COLUMN     "leftAt" TIMESTAMP(3),
ADD COLUMN     "newsConsentAt" TIMESTAMP(3),
ADD COLUMN     "newsConsentVersion" TEXT;

-- CreateTable
CREATE TABLE "MembershipApplication" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "region" TEXT,
    "city" TEXT,
    "ageBand" "AgeBand" NOT NULL,
    "usageFrequency" "UsageFrequency" NOT NULL,
    "services" TEXT[],
    "preferredOfficePostcode" VARCHAR(6),
    "interests" TEXT[],
    "ideas" TEXT,
    "isReadyToInteract" BOOLEAN NOT NULL,
    "parentName" TEXT,
    "parentConsentAt" TIMESTAMP(3),
    "dataConsentVersion" TEXT NOT NULL,
    "dataConsentAt" TIMESTAMP(3) NOT NULL,
    "newsConsentVersion" TEXT,
    "newsConsentAt" TIMESTAMP(3),
    "locale" VARCHAR(2) NOT NULL DEFAULT 'ru',
    "confirmTokenHash" TEXT,
    "confirmExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "memberId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsEntry" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "kind" "PointsKind" NOT NULL,
    "points" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "reference" TEXT,
    "ruleId" UUID,
    "expiresAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Purchase" (
    "id" UUID NOT NULL,
    "externalId" TEXT NOT NULL,
    "memberId" UUID NOT NULL,
    "amountKopecks" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "officePostcode" VARCHAR(6),
    "purchasedAt" TIMESTAMP(3) NOT NULL,
    "pointsEntryId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Purchase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsRule" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "PointsRuleKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "pointsPer100Rub" INTEGER,
    "fixedPoints" INTEGER,
    "dailyLimit" INTEGER,
    "monthlyLimit" INTEGER,
    "expiryMonths" INTEGER,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PointsRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reward" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "costPoints" INTEGER NOT NULL,
    "stock" INTEGER NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Redemption" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "rewardId" UUID NOT NULL,
    "pointsEntryId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Redemption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MembershipApplication_confirmTokenHash_key" ON "MembershipApplication"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipApplication_memberId_key" ON "MembershipApplication"("memberId");

-- CreateIndex
CREATE INDEX "membership_application_email_idx" ON "MembershipApplication"("email");

-- CreateIndex
CREATE INDEX "points_entry_member_idx" ON "PointsEntry"("memberId", "createdAt");

-- CreateIndex
CREATE INDEX "points_entry_source_idx" ON "PointsEntry"("source", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "Purchase_externalId_key" ON "Purchase"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Purchase_pointsEntryId_key" ON "Purchase"("pointsEntryId");

-- CreateIndex
CREATE INDEX "purchase_member_idx" ON "Purchase"("memberId", "purchasedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PointsRule_code_key" ON "PointsRule"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Redemption_pointsEntryId_key" ON "Redemption"("pointsEntryId");

-- CreateIndex
CREATE INDEX "redemption_member_idx" ON "Redemption"("memberId");

-- AddForeignKey
ALTER TABLE "MembershipApplication" ADD CONSTRAINT "MembershipApplication_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "PointsRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Purchase" ADD CONSTRAINT "Purchase_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_rewardId_fkey" FOREIGN KEY ("rewardId") REFERENCES "Reward"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
