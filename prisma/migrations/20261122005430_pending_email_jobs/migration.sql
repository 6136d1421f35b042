-- CreateTable
CREATE TABLE "PendingEmailJob" (
    "messageId" UUID NOT NULL,
    "maxAttempts" SMALLINT NOT NULL,

    CONSTRAINT "PendingEmailJob_pkey" PRIMARY KEY ("messageId")
);

-- AddForeignKey
ALTER TABLE "PendingEmailJob" ADD CONSTRAINT "PendingEmailJob_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "OutboxMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
