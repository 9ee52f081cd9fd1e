/**
 * Does what a person does on the simulator's consent page: picks an account and presses
 * "Authorize app" (or "Cancel"). Returns the URL X redirects back to.
 */
export async function authorizeOnSimulator(consentUrl: string, choice: { account: string } | "cancel"): Promise<URL> {
  const page = await fetch(consentUrl);
  const html = await page.text();
  if (!page.ok) throw new Error(`consent page answered ${page.status}: ${html.slice(0, 200)}`);
  const form = new URLSearchParams();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.set(match[1] ?? "", decodeHtml(match[2] ?? ""));
  }
  if (choice === "cancel") form.set("decision", "cancel");
  else {
    form.set("decision", "authorize");
    form.set("account", choice.account);
  }
  const answer = await fetch(new URL("/i/oauth2/authorize", consentUrl), { method: "POST", body: form, redirect: "manual" });
  const location = answer.headers.get("location");
  if (!location) throw new Error(`consent form answered ${answer.status} without a redirect`);
  return new URL(location);
}

function decodeHtml(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}
