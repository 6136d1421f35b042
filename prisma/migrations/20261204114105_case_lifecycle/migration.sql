-- AlterEnum
ALTER TYPE "CaseEventKind" ADD VALUE 'ASSIGNED';
ALTER TYPE "CaseEventKind" ADD VALUE 'TRIAGED';
ALTER TYPE "CaseEventKind" ADD VALUE 'PRIORITY_CHANGED';
ALTER TYPE "CaseEventKind" ADD VALUE 'MERGED';
ALTER TYPE "CaseEventKind" ADD VALUE 'FORWARDED';
ALTER TYPE "CaseEventKind" ADD VALUE 'LINK_REISSUED';

-- AlterEnum
ALTER TYPE "CaseStatus" ADD VALUE 'FORWARDED';
ALTER TYPE "CaseStatus" ADD VALUE 'LEFT_UNANSWERED';
ALTER TYPE "CaseStatus" ADD VALUE 'CORRESPONDENCE_ENDED';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "answerComment" TEXT,
ADD COLUMN     "answeredById" UUID,
ADD COLUMN     "customerNewsAt" TIMESTAMP(3),
ADD COLUMN     "forwardedTo" TEXT,
ALTER COLUMN "dueAt" DROP NOT NULL;

-- AlterTable
ALTER TABLE "CaseApplicant" ADD COLUMN     "statusLinkVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ReplyTemplate" ADD COLUMN     "nextStatus" "CaseStatus";

-- CreateTable
CREATE TABLE "WorkCalendarDay" (
    "date" DATE NOT NULL,
    "isWorkingDay" BOOLEAN NOT NULL,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkCalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE INDEX "case_answered_by_idx" ON "Case"("answeredById");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Russia's production calendar for 2026 (Government decree of 24.09.2025 No. 1466) and 2027 (the Labour
-- Code's own moves of holidays that fall on a weekend, art. 112; the decree's transfers of 2 and 3 January
-- 2027 are for the admins to import when published). Only days that differ from the Monday–Friday week.
INSERT INTO "WorkCalendarDay" ("date", "isWorkingDay", "note", "updatedAt") VALUES
  ('2026-01-01', false, 'Новогодние каникулы', now()),
  ('2026-01-02', false, 'Новогодние каникулы', now()),
  ('2026-01-05', false, 'Новогодние каникулы', now()),
  ('2026-01-06', false, 'Новогодние каникулы', now()),
  ('2026-01-07', false, 'Рождество Христово', now()),
  ('2026-01-08', false, 'Новогодние каникулы', now()),
  ('2026-01-09', false, 'Перенос с субботы 3 января', now()),
  ('2026-02-23', false, 'День защитника Отечества', now()),
  ('2026-03-09', false, 'Перенос с воскресенья 8 марта', now()),
  ('2026-05-01', false, 'Праздник Весны и Труда', now()),
  ('2026-05-11', false, 'Перенос с субботы 9 мая', now()),
  ('2026-06-12', false, 'День России', now()),
  ('2026-11-04', false, 'День народного единства', now()),
  ('2026-12-31', false, 'Перенос с воскресенья 4 января', now()),
  ('2027-01-01', false, 'Новогодние каникулы', now()),
  ('2027-01-04', false, 'Новогодние каникулы', now()),
  ('2027-01-05', false, 'Новогодние каникулы', now()),
  ('2027-01-06', false, 'Новогодние каникулы', now()),
  ('2027-01-07', false, 'Рождество Христово', now()),
  ('2027-01-08', false, 'Новогодние каникулы', now()),
  ('2027-02-23', false, 'День защитника Отечества', now()),
  ('2027-03-08', false, 'Международный женский день', now()),
  ('2027-05-03', false, 'Перенос с субботы 1 мая', now()),
  ('2027-05-10', false, 'Перенос с воскресенья 9 мая', now()),
  ('2027-06-14', false, 'Перенос с субботы 12 июня', now()),
  ('2027-11-04', false, 'День народного единства', now());
