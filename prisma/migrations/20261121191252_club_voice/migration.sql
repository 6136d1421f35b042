-- CreateEnum
CREATE TYPE "PurchaseImportStatus" AS ENUM ('RUNNING', 'APPLIED', 'REJECTED', 'FAILED');

-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "SurveyQuestionKind" AS ENUM ('SINGLE', 'MULTIPLE', 'RATING', 'NPS', 'TEXT');

-- CreateEnum
CREATE TYPE "SurveyResponseStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "ClubEventKind" AS ENUM ('FOCUS_GROUP', 'MEETING');

-- CreateEnum
CREATE TYPE "ClubEventStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "IdeaStatus" AS ENUM ('PROPOSED', 'UNDER_REVIEW', 'ACCEPTED', 'PLANNED', 'DONE', 'DECLINED');

-- CreateEnum
CREATE TYPE "ServiceArea" AS ENUM ('OFFICES', 'DELIVERY', 'WEBSITE', 'STAFF');

-- CreateTable
CREATE TABLE "PurchaseImport" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" "PurchaseImportStatus" NOT NULL DEFAULT 'RUNNING',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "appliedRows" INTEGER NOT NULL DEFAULT 0,
    "duplicateRows" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PurchaseImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" "SurveyStatus" NOT NULL DEFAULT 'DRAFT',
    "segment" JSONB NOT NULL DEFAULT '{}',
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "SurveyQuestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "help" TEXT,
    "isRequired" BOOLEAN NOT NULL DEFAULT false,
    "options" JSONB NOT NULL DEFAULT '[]',
    "showIf" JSONB,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyInvitation" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "remindedAt" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "SurveyInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "memberId" UUID,
    "status" "SurveyResponseStatus" NOT NULL DEFAULT 'DRAFT',
    "answers" JSONB NOT NULL DEFAULT '{}',
    "region" TEXT,
    "ageBand" "AgeBand",
    "services" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClubEvent" (
    "id" UUID NOT NULL,
    "kind" "ClubEventKind" NOT NULL,
    "status" "ClubEventStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "description" TEXT,
    "city" TEXT NOT NULL,
    "address" TEXT,
    "onlineUrl" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "segment" JSONB NOT NULL DEFAULT '{}',
    "screening" JSONB NOT NULL DEFAULT '[]',
    "attendanceCode" TEXT,
    "reminderSentAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClubEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "screeningAnswers" JSONB NOT NULL DEFAULT '{}',
    "checkInCode" VARCHAR(12) NOT NULL,
    "waitlistedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "attendedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Idea" (
    "id" UUID NOT NULL,
    "authorId" UUID,
    "area" "ServiceArea",
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "IdeaStatus" NOT NULL DEFAULT 'PROPOSED',
    "publicAnswer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" UUID,
    "supportCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Idea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaSupport" (
    "ideaId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaSupport_pkey" PRIMARY KEY ("ideaId","memberId")
);

-- CreateTable
CREATE TABLE "AreaRating" (
    "id" UUID NOT NULL,
    "memberId" UUID,
    "area" "ServiceArea" NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "region" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AreaRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "survey_status_idx" ON "Survey"("status", "closesAt");

-- CreateIndex
CREATE INDEX "survey_question_position_idx" ON "SurveyQuestion"("surveyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_tokenHash_key" ON "SurveyInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "survey_invitation_member_key" ON "SurveyInvitation"("surveyId", "memberId");

-- CreateIndex
CREATE INDEX "survey_response_status_idx" ON "SurveyResponse"("surveyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "survey_response_member_key" ON "SurveyResponse"("surveyId", "memberId");

-- CreateIndex
CREATE INDEX "club_event_status_idx" ON "ClubEvent"("status", "startsAt");

-- CreateIndex
CREATE INDEX "club_event_city_idx" ON "ClubEvent"("city", "startsAt");

-- CreateIndex
CREATE INDEX "event_registration_status_idx" ON "EventRegistration"("eventId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "event_registration_member_key" ON "EventRegistration"("eventId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "event_registration_code_key" ON "EventRegistration"("eventId", "checkInCode");

-- CreateIndex
CREATE INDEX "idea_status_idx" ON "Idea"("status", "createdAt");

-- CreateIndex
CREATE INDEX "idea_support_count_idx" ON "Idea"("supportCount");

-- CreateIndex
CREATE INDEX "area_rating_area_idx" ON "AreaRating"("area", "createdAt");

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ClubEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaSupport" ADD CONSTRAINT "IdeaSupport_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaSupport" ADD CONSTRAINT "IdeaSupport_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaRating" ADD CONSTRAINT "AreaRating_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;
