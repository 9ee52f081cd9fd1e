import { Badge } from "@/components/ui/badge";
import type { AccountSyncStatus } from "@/lib/sync/get-sync-status";
import { DisconnectButton } from "./disconnect-button";

const STATUS: Record<AccountSyncStatus["status"], { label: string; tone: "success" | "warning" | "danger" | "neutral" }> = {
  ACTIVE: { label: "Syncing", tone: "success" },
  NEEDS_RECONNECT: { label: "Needs reconnection", tone: "danger" },
  PAUSED: { label: "Paused", tone: "warning" },
  DISCONNECTED: { label: "Disconnected", tone: "neutral" },
};

// X's endpoints as an account manager knows them (the keys are lib/x's endpoint names).
const ENDPOINT_LABELS: Record<string, string> = {
  "GET /2/users/:id/mentions": "Mentions",
  "GET /2/users/:id/tweets": "Own posts",
  "GET /2/tweets/search/recent": "Thread search",
  "GET /2/tweets": "Post metrics",
  "GET /2/users": "Follower counts",
  "GET /2/users/me": "Account check",
  "POST /2/tweets": "Replies sent",
  "POST /2/users/:id/retweets": "Reposts",
};

const endpointLabel = (endpoint: string) => ENDPOINT_LABELS[endpoint] ?? endpoint;

function when(date: Date | null, now: Date): string {
  if (!date) return "never";
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  const text = abs < 60 ? `${abs} s` : abs < 3600 ? `${Math.round(abs / 60)} min` : abs < 86_400 ? `${Math.round(abs / 3600)} h` : `${Math.round(abs / 86_400)} d`;
  return seconds <= 0 ? `${text} ago` : `in ${text}`;
}

/** Each X account with what its sync is doing: when it last ran, when it runs next, limits and errors. */
export function AccountSyncList({ accounts, canManage, disconnectAction }: { accounts: AccountSyncStatus[]; canManage: boolean; disconnectAction: (accountId: string) => Promise<{ ok: boolean; error?: string }> }) {
  const now = new Date();
  return (
    <ul className="divide-y">
      {accounts.map((account) => {
        const status = STATUS[account.status];
        const limited = account.rateLimits.filter((r) => r.exhausted);
        const gap = account.streams.find((s) => s.gap)?.gap;
        return (
          <li key={account.accountId} className="grid gap-1.5 py-3 text-sm" data-testid="x-account">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-medium">@{account.username}</span>
              <span className="flex items-center gap-2">
                <Badge tone={status.tone}>{status.label}</Badge>
                {canManage && account.status !== "DISCONNECTED" && <DisconnectButton username={account.username} action={disconnectAction.bind(null, account.accountId)} />}
              </span>
            </div>
            {account.status !== "DISCONNECTED" && (
              <p className="text-xs text-muted-foreground" data-testid="sync-summary">
                Last sync {when(account.lastSyncAt, now)} · next {account.status === "ACTIVE" ? when(account.nextSyncAt, now) : "paused"} · {account.itemsThisMonth.toLocaleString("en")} items read this month
              </p>
            )}
            {account.needsReconnect && (
              <p className="text-xs font-medium text-danger">X no longer accepts this connection. Reconnect the account (Connect X account, same handle) to resume syncing.</p>
            )}
            {limited.map((r) => (
              <p key={r.endpoint} className="text-xs text-warning">
                Rate limit reached on {endpointLabel(r.endpoint)}; resumes {when(r.resetAt, now)}.
              </p>
            ))}
            {account.status !== "DISCONNECTED" && account.rateLimits.length > 0 && (
              <details className="text-xs text-muted-foreground" data-testid="rate-limits">
                <summary className="w-fit cursor-pointer hover:text-foreground">Rate limits</summary>
                <ul className="mt-1 grid gap-0.5 pl-4">
                  {account.rateLimits.map((r) => (
                    <li key={r.endpoint}>
                      {endpointLabel(r.endpoint)}: {r.remaining.toLocaleString("en")} of {r.limit.toLocaleString("en")} calls left
                      {r.resetAt.getTime() > now.getTime() ? `, window resets ${when(r.resetAt, now)}` : ", window has reset"}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {gap && <p className="text-xs text-warning">X only serves the newest 800 mentions: some older ones are being filled in from search.</p>}
            {account.lastError && !account.needsReconnect && <p className="text-xs text-danger">Last problem: {account.lastError}</p>}
          </li>
        );
      })}
    </ul>
  );
}
