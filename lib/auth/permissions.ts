import type { Role } from "@/lib/db/generated/enums";

// What each role may do. Client-bound actions are further limited to the actor's clients.
export const ACTIONS = [
  "inbox.view",
  "conversation.act",
  "client.view",
  "client.manage",
  "report.view",
  "approval.decide",
  "team.manage",
  "audit.view",
  "settings.view",
] as const;
export type Action = (typeof ACTIONS)[number];

const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  AGENCY_ADMIN: ACTIONS,
  ACCOUNT_MANAGER: ["inbox.view", "conversation.act", "client.view", "client.manage", "report.view", "approval.decide", "settings.view"],
  STAFF: ["inbox.view", "conversation.act", "client.view", "report.view", "settings.view"],
  CLIENT_VIEWER: ["report.view", "approval.decide"],
};

export function roleAllows(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}

export const ROLE_LABELS: Record<Role, string> = {
  AGENCY_ADMIN: "Agency admin",
  ACCOUNT_MANAGER: "Account manager",
  STAFF: "Staff",
  CLIENT_VIEWER: "Client viewer",
};

export type { Role };
