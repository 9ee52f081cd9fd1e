import { escapeHtml, page } from '../ui/html';

export interface AuthorizeView {
  clientId: string;
  appName: string;
  scopes: string[];
  hidden: Record<string, string>;
  accounts: Array<{ id: string; username: string; name: string }>;
}

const SCOPE_TEXT: Record<string, string> = {
  'tweet.read': 'View posts you can see',
  'users.read': 'View any account you can see',
  'tweet.write': 'Create and repost on your behalf',
  'offline.access': 'Stay connected until you revoke access',
  'dm.read': 'Read your Direct Messages',
  'dm.write': 'Send Direct Messages on your behalf',
  'like.write': 'Like and unlike posts on your behalf',
};

/** X's consent screen, kept plain so Playwright (and fetch) can drive it: one form, two named buttons. */
export function authorizePage(view: AuthorizeView): string {
  const hidden = Object.entries(view.hidden)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n');
  const options = view.accounts
    .map((a, i) => `<option value="${escapeHtml(a.username)}" title="${escapeHtml(a.name)}"${i === 0 ? ' selected' : ''}>@${escapeHtml(a.username)}</option>`)
    .join('\n');
  const scopes = view.scopes.map((s) => `<li><strong>${escapeHtml(s)}</strong>: ${escapeHtml(SCOPE_TEXT[s] ?? s)}</li>`).join('');
  return page(
    `Authorize ${view.appName} - X simulator`,
    `<main style="max-width:520px">
<div class="card">
<p class="muted">X simulator · OAuth 2.0</p>
<h1>${escapeHtml(view.appName)} wants to access your X account</h1>
<p class="muted">Client id <code>${escapeHtml(view.clientId)}</code></p>
<h2>It will be able to:</h2>
<ul>${scopes}</ul>
<form method="post" action="/i/oauth2/authorize">
${hidden}
<p><label for="account">Sign in as</label><br>
<select id="account" name="account">${options}</select></p>
<p><label for="username">Or type a username</label><br>
<input id="username" name="username" placeholder="e.g. northwindhelp" autocomplete="off" pattern="@?[A-Za-z0-9_]{1,15}"><br>
<span class="muted">Typed names win over the list; an unknown name creates that account.</span></p>
<p style="display:flex;gap:8px">
<button class="primary" type="submit" name="decision" value="authorize">Authorize app</button>
<button type="submit" name="decision" value="cancel">Cancel</button>
</p>
</form>
</div>
</main>`,
  );
}

export function authorizeErrorPage(reason: string): string {
  return page(
    'Something went wrong - X simulator',
    `<main style="max-width:520px"><div class="card" role="alert">
<h1>Something went wrong</h1>
<p>You weren’t able to give access to the App. Go back and try logging in again.</p>
<p class="muted">Reason: ${escapeHtml(reason)}</p>
</div></main>`,
  );
}
