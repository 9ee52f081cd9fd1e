import { env } from "@/lib/env";

/** Where X sends people back after its consent page; must match the app's registered callback. */
export function oauthCallbackUrl(): string {
  return `${env().APP_URL}/api/x/callback`;
}

export function connectLinkUrl(token: string): string {
  return `${env().APP_URL}/connect/${token}`;
}
