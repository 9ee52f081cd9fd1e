import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiResponseError, TwitterApi } from 'twitter-api-v2';
import type { SimulatorHandle } from '../src/server';
import { authorizeVia } from './helpers/authorize';
import { appClient, clientSettings, rawGet, startTestSim } from './helpers/sim';

const REDIRECT = 'http://localhost:3000/api/x/callback';
const SCOPES = ['tweet.read', 'users.read', 'tweet.write', 'offline.access'];

let sim: SimulatorHandle;
beforeAll(async () => {
  sim = await startTestSim({ history: false });
});
afterAll(() => sim.close());

async function login(username: string) {
  const app = appClient(sim);
  const link = app.generateOAuth2AuthLink(REDIRECT, { scope: SCOPES, state: 'state-123' });
  expect(link.url.startsWith(`${sim.url}/i/oauth2/authorize?`)).toBe(true);
  const back = await authorizeVia(sim, link.url, username);
  expect(back.origin + back.pathname).toBe(REDIRECT);
  expect(back.searchParams.get('state')).toBe('state-123');
  const code = back.searchParams.get('code') ?? '';
  return app.loginWithOAuth2({ code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT });
}

describe('OAuth 2.0 with PKCE through twitter-api-v2', () => {
  it('authorize page is a plain, labelled form', async () => {
    const link = appClient(sim).generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
    const html = await (await fetch(link.url)).text();
    expect(html).toContain('>Authorize app</button>');
    expect(html).toContain('>Cancel</button>');
    expect(html).toContain('<label for="account">');
    expect(html).toContain('@northwindcoffee');
  });

  it('logs in, reads /2/users/me, rotates refresh tokens, detects reuse and revokes', async () => {
    const first = await login('northwindhelp');
    expect(first.scope.sort()).toEqual([...SCOPES].sort());
    expect(first.expiresIn).toBe(7200);
    expect(first.refreshToken).toBeTruthy();
    const me = await first.client.v2.me();
    expect(me.data.username).toBe('northwindhelp');

    const app = appClient(sim);
    const second = await app.refreshOAuth2Token(first.refreshToken ?? '');
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await second.client.v2.me()).data.username).toBe('northwindhelp');

    // Reusing the rotated refresh token fails and revokes the whole chain.
    const reuse = await app.refreshOAuth2Token(first.refreshToken ?? '').catch((e: unknown) => e);
    expect(reuse).toBeInstanceOf(ApiResponseError);
    expect((reuse as ApiResponseError).code).toBe(400);
    expect((reuse as ApiResponseError).data).toMatchObject({ error: 'invalid_request' });
    const afterReuse = await second.client.v2.me().catch((e: unknown) => e);
    expect((afterReuse as ApiResponseError).code).toBe(401);
    expect((afterReuse as ApiResponseError).data).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    const refreshAfter = await app.refreshOAuth2Token(second.refreshToken ?? '').catch((e: unknown) => e);
    expect((refreshAfter as ApiResponseError).code).toBe(400);
  });

  it('revokeOAuth2Token ends the access token', async () => {
    const session = await login('lumenbikes');
    await expect(appClient(sim).revokeOAuth2Token(session.accessToken, 'access_token')).resolves.toEqual({ revoked: true });
    const after = await session.client.v2.me().catch((e: unknown) => e);
    expect((after as ApiResponseError).code).toBe(401);
  });

  it('codes are single-use and live 30 seconds on the simulated clock', async () => {
    const app = appClient(sim);
    const link = app.generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
    const code = (await authorizeVia(sim, link.url, 'harborhealth')).searchParams.get('code') ?? '';
    await app.loginWithOAuth2({ code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT });
    const again = await app.loginWithOAuth2({ code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT }).catch((e: unknown) => e);
    expect((again as ApiResponseError).code).toBe(400);

    const link2 = app.generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
    const code2 = (await authorizeVia(sim, link2.url, 'harborhealth')).searchParams.get('code') ?? '';
    sim.advance(31_000);
    const late = await app.loginWithOAuth2({ code: code2, codeVerifier: link2.codeVerifier, redirectUri: REDIRECT }).catch((e: unknown) => e);
    expect((late as ApiResponseError).data).toMatchObject({ error: 'invalid_request', error_description: 'Value passed for the authorization code was invalid.' });
  });

  it('checks the PKCE verifier (S256 and plain) and the redirect_uri', async () => {
    const app = appClient(sim);
    const link = app.generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
    const code = (await authorizeVia(sim, link.url, 'northwindcoffee')).searchParams.get('code') ?? '';
    const wrong = await app.loginWithOAuth2({ code, codeVerifier: 'not-the-verifier-at-all-0000000000000000000', redirectUri: REDIRECT }).catch((e: unknown) => e);
    expect((wrong as ApiResponseError).code).toBe(400);

    const plainUrl = `${sim.url}/i/oauth2/authorize?response_type=code&client_id=rapport-dev&redirect_uri=${encodeURIComponent(REDIRECT)}&scope=tweet.read%20users.read&state=s&code_challenge=plain-verifier-value&code_challenge_method=plain`;
    const plainCode = (await authorizeVia(sim, plainUrl, 'northwindcoffee')).searchParams.get('code') ?? '';
    const mismatch = await app.loginWithOAuth2({ code: plainCode, codeVerifier: 'plain-verifier-value', redirectUri: 'http://localhost:3000/other' }).catch((e: unknown) => e);
    expect((mismatch as ApiResponseError).code).toBe(400);
    const plainCode2 = (await authorizeVia(sim, plainUrl, 'northwindcoffee')).searchParams.get('code') ?? '';
    const ok = await app.loginWithOAuth2({ code: plainCode2, codeVerifier: 'plain-verifier-value', redirectUri: REDIRECT });
    expect(ok.refreshToken).toBeUndefined();
  });

  it('form-encoded token requests with client_id in the body work (public client)', async () => {
    const plainUrl = `${sim.url}/i/oauth2/authorize?response_type=code&client_id=rapport-dev&redirect_uri=${encodeURIComponent(REDIRECT)}&scope=tweet.read%20users.read%20offline.access&state=s&code_challenge=v&code_challenge_method=plain`;
    const code = (await authorizeVia(sim, plainUrl, 'newbrand_one')).searchParams.get('code') ?? '';
    const res = await fetch(`${sim.url}/2/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: 'v', client_id: 'rapport-dev' }),
    });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 7200, scope: 'tweet.read users.read offline.access' });
    expect(typeof body.refresh_token).toBe('string');
    const me = await rawGet(sim, '/2/users/me', String(body.access_token));
    expect(me.body).toMatchObject({ data: { username: 'newbrand_one' } });
  });

  it('rejects a bad client secret with 401 unauthorized_client', async () => {
    const bad = new TwitterApi({ clientId: 'rapport-dev', clientSecret: 'wrong' }, clientSettings(sim));
    const err = await bad.refreshOAuth2Token('whatever').catch((e: unknown) => e);
    expect((err as ApiResponseError).code).toBe(401);
    expect((err as ApiResponseError).data).toMatchObject({ error: 'unauthorized_client' });
  });

  it('cancel redirects with access_denied; a bad client_id shows an error page', async () => {
    const link = appClient(sim).generateOAuth2AuthLink(REDIRECT, { scope: SCOPES, state: 'st' });
    const back = await authorizeVia(sim, link.url, 'northwindhelp', 'cancel');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st');
    const res = await fetch(link.url.replace('client_id=rapport-dev', 'client_id=someone-else'));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Something went wrong');
  });

  it('access tokens expire after their TTL on the simulated clock', async () => {
    const session = await login('northwindcoffee');
    sim.advance(7200 * 1000 + 1);
    const err = await session.client.v2.me().catch((e: unknown) => e);
    expect((err as ApiResponseError).code).toBe(401);
    const refreshed = await appClient(sim).refreshOAuth2Token(session.refreshToken ?? '');
    expect((await refreshed.client.v2.me()).data.username).toBe('northwindcoffee');
  });
});
