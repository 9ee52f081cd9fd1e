-- The inbox list (issue #5): search over text and author, and the indexes its pages need at 1M mentions
-- (plans checked with EXPLAIN ANALYZE by bench/inbox).

-- Trigram matching for search. btree_gin lets one GIN index also hold the tenant and the status, so a search
-- in a view reads only that agency's conversations in that status. Both extensions are trusted: a database
-- owner may create them without superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- AlterTable
ALTER TABLE "conversations" ADD COLUMN     "search_text" TEXT;

-- Backfill before the triggers exist: the newest inbound text, then the author's @handle and name.
UPDATE "conversations" c
SET "search_text" = concat_ws(' ', c."latest_inbound_text", (SELECT '@' || u."username" || ' ' || u."name" FROM "x_users" u WHERE u."id" = c."author_id"));

-- CreateIndex
CREATE INDEX "conversations_agency_id_status_search_text_idx" ON "conversations" USING GIN ("agency_id" uuid_ops, "status" enum_ops, "search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "conversations_client_id_status_last_inbound_at_id_idx" ON "conversations"("client_id", "status", "last_inbound_at" DESC, "id");

-- CreateIndex
CREATE INDEX "conversations_author_id_idx" ON "conversations"("author_id");

-- search_text follows its sources whoever writes them (the sync, raw SQL, tests), so no writer has to know.
-- Function bodies are E-strings with \073 for each semicolon: Prisma's driver-adapter migrator splits a
-- migration on every semicolon, even inside a function body.
CREATE FUNCTION "conversations_set_search_text"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."search_text" := concat_ws(\' \', NEW."latest_inbound_text",
    (SELECT \'@\' || u."username" || \' \' || u."name" FROM "x_users" u WHERE u."id" = NEW."author_id"))\073
  RETURN NEW\073
END';

CREATE TRIGGER "conversations_search_text"
  BEFORE INSERT OR UPDATE OF "latest_inbound_text", "author_id" ON "conversations"
  FOR EACH ROW EXECUTE FUNCTION "conversations_set_search_text"();

-- A person on X who appears (first seen after their conversation) or changes name or handle: their
-- conversations in every tenant match the new name. Upserts that change nothing do not fire it.
CREATE FUNCTION "x_users_refresh_search_text"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "conversations"
  SET "search_text" = concat_ws(\' \', "latest_inbound_text", \'@\' || NEW."username" || \' \' || NEW."name")
  WHERE "author_id" = NEW."id"\073
  RETURN NULL\073
END';

CREATE TRIGGER "x_users_search_text_insert"
  AFTER INSERT ON "x_users"
  FOR EACH ROW EXECUTE FUNCTION "x_users_refresh_search_text"();

CREATE TRIGGER "x_users_search_text_update"
  AFTER UPDATE OF "username", "name" ON "x_users"
  FOR EACH ROW WHEN (OLD."username" IS DISTINCT FROM NEW."username" OR OLD."name" IS DISTINCT FROM NEW."name")
  EXECUTE FUNCTION "x_users_refresh_search_text"();
