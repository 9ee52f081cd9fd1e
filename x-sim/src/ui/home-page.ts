import { FAULT_KINDS } from '../faults';
import { RATE_LIMITS } from '../rate-limit';
import type { Simulator } from '../simulator';
import { userFollowers } from '../world/metrics';
import { clientOf } from '../world/brands';
import { escapeHtml, page } from './html';
import { HOME_SCRIPT } from './home-script';

/** The trainer's page: accounts, live activity, fault switches and the clock. */
export function homePage(sim: Simulator): string {
  const now = sim.clock.now();
  const accounts = [...sim.world.brands, ...[...sim.world.users.values()].filter((u) => u.kind === 'created').slice(0, 200)];
  const rows = accounts
    .map(
      (u) => `<tr>
<td><img class="avatar" src="/avatars/${u.id}.svg" alt=""> <strong>${escapeHtml(u.name)}</strong><br><span class="muted">@${escapeHtml(u.username)}${clientOf(u.username) ? ` · ${escapeHtml(clientOf(u.username) ?? '')}` : ''}</span></td>
<td>${userFollowers(u, now).toLocaleString('en-US')}</td>
<td><button type="button" data-mention="${escapeHtml(u.username)}" aria-label="Create a mention of @${escapeHtml(u.username)}">Create mention</button></td>
</tr>`,
    )
    .join('\n');
  const endpoints = ['*', ...Object.keys(RATE_LIMITS), 'POST /2/oauth2/token']
    .map((e) => `<option value="${escapeHtml(e)}">${escapeHtml(e)}</option>`)
    .join('');
  const kinds = FAULT_KINDS.map((k) => `<option value="${k}">${k}</option>`).join('');
  return page(
    'X simulator',
    `<main>
<header style="display:flex;justify-content:space-between;align-items:end;flex-wrap:wrap;gap:12px;margin-bottom:16px">
<div><h1>X simulator</h1><p class="muted" style="margin:0">Seed ${escapeHtml(String(sim.config.seed))} · ${sim.world.posts.size.toLocaleString('en-US')} posts · <span id="clock" aria-live="polite">${new Date(now).toISOString()}</span></p></div>
<div role="group" aria-label="Advance the simulated clock" style="display:flex;gap:6px;flex-wrap:wrap">
<button type="button" data-advance="60000">+1 min</button><button type="button" data-advance="900000">+15 min</button>
<button type="button" data-advance="3600000">+1 hour</button><button type="button" data-advance="86400000">+1 day</button>
</div>
</header>
<div style="display:grid;grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);gap:16px">
<section class="card" aria-labelledby="accounts-h"><h2 id="accounts-h">Accounts</h2>
<table><thead><tr><th scope="col">Account</th><th scope="col">Followers</th><th scope="col"><span class="muted">Action</span></th></tr></thead><tbody>${rows}</tbody></table>
<p style="margin-top:12px"><button type="button" id="busy">Stage a busy hour (30 items)</button></p>
</section>
<section class="card" aria-labelledby="activity-h"><h2 id="activity-h">Recent activity</h2>
<ol id="activity" aria-live="polite" style="list-style:none;margin:0;padding:0;max-height:640px;overflow:auto"></ol>
</section>
</div>
<section class="card" aria-labelledby="faults-h"><h2 id="faults-h">Faults</h2>
<form id="fault-form" style="display:flex;gap:10px;flex-wrap:wrap;align-items:end">
<p style="margin:0"><label for="f-endpoint">Endpoint</label><br><select id="f-endpoint" name="endpoint">${endpoints}</select></p>
<p style="margin:0"><label for="f-kind">Kind</label><br><select id="f-kind" name="kind">${kinds}</select></p>
<p style="margin:0"><label for="f-prob">Probability</label><br><input id="f-prob" name="probability" type="number" min="0" max="1" step="0.05" value="1" style="width:90px"></p>
<p style="margin:0"><label for="f-count">Only next N calls</label><br><input id="f-count" name="count" type="number" min="1" placeholder="all" style="width:110px"></p>
<p style="margin:0"><label for="f-delay">Delay for slow (ms)</label><br><input id="f-delay" name="delayMs" type="number" min="0" value="15000" style="width:120px"></p>
<button class="primary" type="submit">Add fault</button>
<button class="danger" type="button" id="clear-faults">Clear all faults</button>
</form>
<ul id="faults" aria-live="polite"></ul>
</section>
<p class="muted">Control API under <code>/_sim/</code>; see x-sim/README.md.</p>
</main>`,
    HOME_SCRIPT,
  );
}
