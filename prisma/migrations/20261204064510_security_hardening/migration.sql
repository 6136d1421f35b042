-- AlterEnum
ALTER TYPE "StaffTokenPurpose" ADD VALUE 'UNLOCK';

-- AlterTable
ALTER TABLE "CaseApplicant" ADD COLUMN     "idempotencyHash" VARCHAR(64),
ADD COLUMN     "memberId" UUID;

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "totpLastStep" INTEGER,
ADD COLUMN     "totpPendingSecret" TEXT;

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" UUID NOT NULL,
    "memberId" UUID,
    "staffId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "staffId" UUID,
    "memberId" UUID,
    "ip" TEXT,
    "requestId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "auth_session_member_idx" ON "AuthSession"("memberId");

-- CreateIndex
CREATE INDEX "auth_session_staff_idx" ON "AuthSession"("staffId");

-- CreateIndex
CREATE INDEX "auth_session_expires_idx" ON "AuthSession"("expiresAt");

-- CreateIndex
CREATE INDEX "security_event_staff_idx" ON "SecurityEvent"("staffId", "createdAt");

-- CreateIndex
CREATE INDEX "security_event_member_idx" ON "SecurityEvent"("memberId");

-- CreateIndex
CREATE INDEX "security_event_created_idx" ON "SecurityEvent"("createdAt");

-- CreateIndex
CREATE INDEX "case_applicant_member_idx" ON "CaseApplicant"("memberId");

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
