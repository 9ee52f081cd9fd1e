-- A closed month's conversations CSV, frozen at the close, in its own column: kept inside the snapshot's
-- JSON, every read of the report (the agency overview reads 200 of them) had to unpack the whole file.
ALTER TABLE "report_snapshots" ADD COLUMN "conversations_csv" TEXT;

UPDATE "report_snapshots"
SET "conversations_csv" = "data" ->> 'conversationsCsv', "data" = "data" - 'conversationsCsv'
WHERE "data" ? 'conversationsCsv';
