/*
  Warnings:

  - You are about to drop the column `failedSignIns` on the `StaffUser` table. All the data in the column will be lost.
  - You are about to drop the column `lockedUntil` on the `StaffUser` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "StaffUser" DROP COLUMN "failedSignIns",
DROP COLUMN "lockedUntil";
