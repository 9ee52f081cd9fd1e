-- AlterTable
ALTER TABLE "sync_cursors" ADD COLUMN     "gap_detected_at" TIMESTAMPTZ(3),
ADD COLUMN     "gap_from_id" TEXT,
ADD COLUMN     "gap_to_id" TEXT,
ADD COLUMN     "last_error" TEXT;

-- CreateTable
CREATE TABLE "api_billed_items" (
    "agency_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "x_id" TEXT NOT NULL,

    CONSTRAINT "api_billed_items_pkey" PRIMARY KEY ("agency_id","day","kind","x_id")
);

-- CreateIndex
CREATE INDEX "api_billed_items_day_idx" ON "api_billed_items"("day");
