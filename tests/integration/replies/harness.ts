import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { saveDraft } from "@/lib/replies/save-draft";
import { startSimulator, type SimulatorHandle } from "../../../x-sim/src/server";
import type { TestThread } from "../../factories/create-thread";

/**
 * The X simulator in this process on a free port, with lib/x pointed at it. lib/env reads the environment
 * once, on first use, so this must run before anything calls X (each test file gets fresh modules).
 */
export async function startSim(): Promise<SimulatorHandle> {
  const sim = await startSimulator({ port: 0, history: false, reactions: false });
  process.env.X_API_BASE_URL = sim.url;
  return sim;
}

export type CreatedPost = { id: string; text: string; kind: string; inReplyToPostId: string | null; username: string };

/** The simulator's ground truth: every post an account created through the API. */
export async function createdBy(sim: SimulatorHandle, username: string): Promise<CreatedPost[]> {
  const res = await fetch(`${sim.url}/_sim/truth/created?account=${encodeURIComponent(username)}`);
  return ((await res.json()) as { posts: CreatedPost[] }).posts;
}

export async function injectFault(sim: SimulatorHandle, fault: { endpoint: string; kind: string; count?: number; delayMs?: number }): Promise<void> {
  const res = await fetch(`${sim.url}/_sim/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fault) });
  if (!res.ok) throw new Error(`fault refused: ${await res.text()}`);
}

/** A draft by `actor` answering the thread's follow-up (its latest post). */
export async function draftFor(actor: Actor, thread: TestThread, text: string, flagged = false): Promise<{ draftId: string; version: number }> {
  return saveDraft(actor, { conversationId: thread.conversationId, text, flagged, inReplyToXId: thread.followUp.xId });
}

export async function draftRow(draftId: string) {
  return db.draft.findUniqueOrThrow({ where: { id: draftId }, select: { status: true, text: true, failureCode: true, failureMessage: true, version: true } });
}

export async function ledgerRow(draftId: string) {
  return db.sentReply.findUnique({ where: { draftId }, select: { state: true, xPostId: true, attempts: true } });
}

/** What a call threw, for asserting on AppError codes. */
export async function failureOf(run: () => Promise<unknown>): Promise<{ code?: string; failureCode?: string; message: string; retryAfterSeconds?: number }> {
  try {
    await run();
  } catch (error) {
    const e = error as { code?: string; failureCode?: string; message: string; retryAfterSeconds?: number };
    return { code: e.code, failureCode: e.failureCode, message: e.message, retryAfterSeconds: e.retryAfterSeconds };
  }
  throw new Error("expected a failure, but the call succeeded");
}
