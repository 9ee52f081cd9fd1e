import http from "node:http";
import https from "node:https";
import { TwitterApi, type ITwitterApiClientPlugin } from "twitter-api-v2";
import { env } from "@/lib/env";

// twitter-api-v2 hard-codes api.x.com / x.com and has no base-URL setting, so one plugin rewrites every
// URL it builds: REST calls, paginators and the OAuth token/refresh/revoke calls go through
// onBeforeRequestConfig; the authorize link through onOAuth2RequestToken, which the library does not
// await, so this plugin must stay first in `plugins`.
const X_HOSTS = new Set(["api.x.com", "api.twitter.com", "upload.x.com", "upload.twitter.com"]);

function rebase(raw: string, base: string): string {
  const url = new URL(raw.startsWith("http") ? raw : `https://${raw}`);
  if (!X_HOSTS.has(url.hostname)) return raw;
  const target = new URL(base);
  return `${target.origin}${target.pathname.replace(/\/$/, "")}${url.pathname}${url.search}`;
}

export function baseUrlPlugin(apiBaseUrl: string, authorizeUrl: string): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig({ params }) {
      params.url = rebase(params.url, apiBaseUrl);
    },
    onBeforeStreamRequestConfig({ params }) {
      params.url = rebase(params.url, apiBaseUrl);
    },
    onOAuth2RequestToken({ result }) {
      const link = new URL(result.url);
      const target = new URL(authorizeUrl);
      target.search = link.search;
      result.url = target.toString();
    },
  };
}

// Keep-alive agents shared by every client in the process: the sync makes thousands of calls a minute.
let agents: { http: http.Agent; https: https.Agent } | undefined;
function agentFor(baseUrl: string): http.Agent {
  agents ??= {
    http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };
  return baseUrl.startsWith("http:") ? agents.http : agents.https;
}

function settings() {
  const { X_API_BASE_URL, X_AUTHORIZE_URL } = env();
  return { plugins: [baseUrlPlugin(X_API_BASE_URL, X_AUTHORIZE_URL)], httpAgent: agentFor(X_API_BASE_URL) };
}

/** A client acting for one connected account (OAuth 2.0 user context). */
export function userClient(accessToken: string): TwitterApi {
  return new TwitterApi(accessToken, settings());
}

/** The app's own client, for the OAuth 2.0 token endpoints. */
export function appClient(): TwitterApi {
  const { X_CLIENT_ID, X_CLIENT_SECRET } = env();
  if (!X_CLIENT_ID) throw new Error("X_CLIENT_ID is not set: connecting X accounts needs the app's OAuth 2.0 client id");
  return new TwitterApi({ clientId: X_CLIENT_ID, clientSecret: X_CLIENT_SECRET }, settings());
}
