-- AlterTable
ALTER TABLE "sent_replies" ADD COLUMN     "last_attempt_at" TIMESTAMPTZ(3);
