export const SAVED_REPLY_VARIABLES = [
  { key: "name", description: "The person's display name" },
  { key: "first_name", description: "The first word of their display name" },
  { key: "handle", description: "Their @handle" },
  { key: "agent", description: "Your first name" },
  { key: "client", description: "The client's name" },
  { key: "account", description: "The client's @handle" },
] as const;

export type VariableKey = (typeof SAVED_REPLY_VARIABLES)[number]["key"];
export type ReplyVariables = Partial<Record<VariableKey, string>>;

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/gi;

/** The values for a conversation: who is answered, by whom, for which client. */
export function replyVariables(input: { authorName?: string | null; authorUsername?: string | null; agentName: string; clientName: string; accountUsername: string }): ReplyVariables {
  const name = input.authorName?.trim() || (input.authorUsername ? `@${input.authorUsername}` : "");
  return {
    name,
    first_name: name.split(/\s+/)[0] ?? name,
    handle: input.authorUsername ? `@${input.authorUsername}` : "",
    agent: input.agentName.trim().split(/\s+/)[0] ?? input.agentName,
    client: input.clientName,
    account: `@${input.accountUsername}`,
  };
}

/**
 * Fills `{{variable}}` placeholders (case and inner spaces do not matter). An unknown or empty variable
 * stays as written, so the agent sees it in the composer and fixes it instead of sending a gap.
 */
export function renderSavedReply(body: string, values: ReplyVariables): string {
  return body.replace(PLACEHOLDER, (whole, raw: string) => {
    const value = values[raw.toLowerCase() as VariableKey];
    return value ? value : whole;
  });
}
