-- AlterTable
ALTER TABLE "daily_metrics" ADD COLUMN     "sla_breached" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "top_post_ids" UUID[] DEFAULT ARRAY[]::UUID[];

-- CreateIndex
CREATE INDEX "conversations_client_id_first_inbound_at_idx" ON "conversations"("client_id", "first_inbound_at", "inbound_count", "own_reply_count");

-- CreateIndex
CREATE INDEX "posts_account_id_in_reply_to_x_id_idx" ON "posts"("account_id", "in_reply_to_x_id");

-- CreateIndex
CREATE INDEX "posts_account_id_x_conversation_id_kind_idx" ON "posts"("account_id", "x_conversation_id", "kind");

-- CreateIndex
CREATE INDEX "posts_client_id_inbound_posted_at_author_id_idx" ON "posts"("client_id", "inbound", "posted_at", "author_id");
