import type { SimulatorHandle } from '../../src/server';

/**
 * Drives the consent form without a browser: GET the page (as a person would see it), then POST the
 * same fields with the chosen account and decision. Returns the redirect target.
 */
export async function authorizeVia(sim: SimulatorHandle, authUrl: string, username: string, decision: 'authorize' | 'cancel' = 'authorize'): Promise<URL> {
  const page = await fetch(authUrl);
  if (page.status !== 200) throw new Error(`authorize page answered ${page.status}: ${await page.text()}`);
  const form = new URLSearchParams(new URL(authUrl).searchParams);
  form.set('account', username);
  form.set('decision', decision);
  const res = await fetch(`${sim.url}/i/oauth2/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) throw new Error(`expected a redirect, got ${res.status}: ${await res.text()}`);
  return new URL(location);
}
