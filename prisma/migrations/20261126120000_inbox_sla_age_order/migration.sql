-- The inbox's SLA order breaks ties on the due time by age (awaiting_since, oldest waiting first) before the
-- id: business hours make every item received overnight due at the same opening minute. The keyset scans
-- read (status, sla_due_at, awaiting_since, id) in index order, per agency and per client, as before.

-- DropIndex
DROP INDEX IF EXISTS "conversations_agency_id_status_sla_due_at_id_idx";

-- DropIndex
DROP INDEX IF EXISTS "conversations_client_id_status_sla_due_at_id_idx";

-- CreateIndex
CREATE INDEX "conversations_agency_id_status_sla_due_at_awaiting_since_id_idx" ON "conversations"("agency_id", "status", "sla_due_at", "awaiting_since", "id");

-- CreateIndex
CREATE INDEX "conversations_client_id_status_sla_due_at_awaiting_since_id_idx" ON "conversations"("client_id", "status", "sla_due_at", "awaiting_since", "id");
