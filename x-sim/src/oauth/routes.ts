import type { IncomingMessage } from 'node:http';
import { readBody, str } from '../http/read-body';
import { html, json, redirect, type HttpResult } from '../http/respond';
import type { Simulator } from '../simulator';
import { createAccount, USERNAME } from '../world/accounts';
import { authorizeErrorPage, authorizePage } from './authorize-page';
import { KNOWN_SCOPES, verifierMatches } from './codes';

type OAuthError = 'invalid_request' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_client';

function oauthError(status: number, error: OAuthError, description: string): HttpResult {
  return json(status, { error, error_description: description });
}

interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  challenge: string;
  method: 'S256' | 'plain';
}

function readAuthorizeParams(sim: Simulator, source: Record<string, string | undefined>): AuthorizeParams | string {
  if (source.response_type !== 'code') return 'response_type must be "code"';
  if (source.client_id !== sim.config.clientId) return `unknown client_id "${source.client_id ?? ''}"`;
  const redirectUri = source.redirect_uri ?? '';
  try {
    const parsed = new URL(redirectUri);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'redirect_uri must be an http(s) URL';
  } catch {
    return 'redirect_uri is missing or not a URL';
  }
  const scopes = (source.scope ?? '').split(/[\s+]+/).filter(Boolean);
  if (!scopes.length) return 'scope is missing';
  const unknown = scopes.filter((s) => !KNOWN_SCOPES.has(s));
  if (unknown.length) return `unknown scope(s): ${unknown.join(' ')}`;
  if (!source.state) return 'state is missing';
  if (!source.code_challenge) return 'code_challenge is missing';
  const rawMethod = (source.code_challenge_method ?? 'plain').toLowerCase();
  if (rawMethod !== 's256' && rawMethod !== 'plain') return 'code_challenge_method must be S256 or plain';
  return {
    clientId: sim.config.clientId,
    redirectUri,
    scope: [...new Set(scopes)].join(' '),
    state: source.state,
    challenge: source.code_challenge,
    method: rawMethod === 's256' ? 'S256' : 'plain',
  };
}

export function authorizeGet(sim: Simulator, url: URL): HttpResult {
  const source = Object.fromEntries(url.searchParams);
  const params = readAuthorizeParams(sim, source);
  if (typeof params === 'string') return html(400, authorizeErrorPage(params));
  const accounts = [...sim.world.brands, ...[...sim.world.users.values()].filter((u) => u.kind === 'created')];
  return html(
    200,
    authorizePage({
      clientId: params.clientId,
      appName: 'Rapport',
      scopes: params.scope.split(' '),
      accounts: accounts.map((a) => ({ id: a.id, username: a.username, name: a.name })),
      hidden: {
        response_type: 'code',
        client_id: params.clientId,
        redirect_uri: params.redirectUri,
        scope: params.scope,
        state: params.state,
        code_challenge: params.challenge,
        code_challenge_method: params.method,
      },
    }),
  );
}

/** The consent form's POST (also usable straight from fetch): 302 back to the app with a code, or access_denied. */
export async function authorizePost(sim: Simulator, req: IncomingMessage): Promise<HttpResult> {
  const body = await readBody(req);
  const source: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(body.value)) source[k] = str(v);
  const params = readAuthorizeParams(sim, source);
  if (typeof params === 'string') return html(400, authorizeErrorPage(params));
  const target = new URL(params.redirectUri);
  if (source.decision !== 'authorize') {
    target.searchParams.set('error', 'access_denied');
    target.searchParams.set('state', params.state);
    return redirect(target.toString());
  }
  const typed = (source.username ?? '').trim().replace(/^@/, '');
  const chosen = typed || (source.account ?? '').trim().replace(/^@/, '');
  if (!USERNAME.test(chosen)) return html(400, authorizeErrorPage('pick an account or type a valid username'));
  const { user } = createAccount(sim.world, { username: chosen }, sim.clock.now());
  const code = sim.codes.create({
    clientId: params.clientId,
    redirectUri: params.redirectUri,
    scope: params.scope,
    userId: user.id,
    challenge: params.challenge,
    method: params.method,
  });
  target.searchParams.set('state', params.state);
  target.searchParams.set('code', code.code);
  return redirect(target.toString());
}

/** Client authentication: HTTP Basic (confidential client) or client_id in the body (public client with PKCE). */
function authenticateClient(sim: Simulator, req: IncomingMessage, body: Record<string, unknown>): string | HttpResult {
  const header = req.headers.authorization;
  if (header && /^Basic\s+/i.test(header)) {
    const decoded = Buffer.from(header.replace(/^Basic\s+/i, ''), 'base64').toString('utf8');
    const sep = decoded.indexOf(':');
    const id = decodeURIComponent(decoded.slice(0, sep));
    const secret = decodeURIComponent(decoded.slice(sep + 1));
    if (sep < 0 || id !== sim.config.clientId || secret !== sim.config.clientSecret) {
      return oauthError(401, 'unauthorized_client', 'Missing valid authorization header');
    }
    return id;
  }
  const clientId = str(body.client_id);
  if (!clientId) return oauthError(401, 'unauthorized_client', 'Missing valid authorization header');
  if (clientId !== sim.config.clientId) return oauthError(400, 'invalid_request', 'Value passed for the client id was invalid.');
  const secret = str(body.client_secret);
  if (secret !== undefined && secret !== sim.config.clientSecret) {
    return oauthError(401, 'unauthorized_client', 'Missing valid authorization header');
  }
  return clientId;
}

export async function tokenEndpoint(sim: Simulator, req: IncomingMessage): Promise<HttpResult> {
  const body = (await readBody(req)).value;
  const client = authenticateClient(sim, req, body);
  if (typeof client !== 'string') return client;
  const grant = str(body.grant_type);
  if (!grant) return oauthError(400, 'invalid_request', 'Missing required parameter [grant_type].');

  if (grant === 'authorization_code') {
    for (const name of ['code', 'redirect_uri', 'code_verifier']) {
      if (!str(body[name])) return oauthError(400, 'invalid_request', `Missing required parameter [${name}].`);
    }
    const code = sim.codes.redeem(str(body.code) ?? '');
    const ok =
      code &&
      code.clientId === client &&
      code.redirectUri === str(body.redirect_uri) &&
      verifierMatches(code.method, code.challenge, str(body.code_verifier) ?? '');
    if (!code || !ok) return oauthError(400, 'invalid_request', 'Value passed for the authorization code was invalid.');
    const tokens = sim.tokens.issue({ userId: code.userId, clientId: client, scope: code.scope, ttlSeconds: sim.config.tokenTtlS });
    return json(200, tokens);
  }

  if (grant === 'refresh_token') {
    const refreshToken = str(body.refresh_token);
    if (!refreshToken) return oauthError(400, 'invalid_request', 'Missing required parameter [refresh_token].');
    const outcome = sim.tokens.rotate(refreshToken, client);
    if (!outcome.ok) return oauthError(400, 'invalid_request', 'Value passed for the token was invalid.');
    return json(200, outcome.tokens);
  }

  return oauthError(400, 'unsupported_grant_type', `Grant type [${grant}] is not supported.`);
}

export async function revokeEndpoint(sim: Simulator, req: IncomingMessage): Promise<HttpResult> {
  const body = (await readBody(req)).value;
  const client = authenticateClient(sim, req, body);
  if (typeof client !== 'string') return client;
  const token = str(body.token);
  if (!token) return oauthError(400, 'invalid_request', 'Missing required parameter [token].');
  sim.tokens.revoke(token);
  return json(200, { revoked: true });
}
