/** The page's small script: posts to the control API and refreshes activity, faults and the clock. */
export const HOME_SCRIPT = `
const $ = (s) => document.querySelector(s);
const api = async (method, path, body) => {
  const res = await fetch(path, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  return res.json();
};
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
async function refresh() {
  const [activity, faults, clock] = await Promise.all([api('GET', '/_sim/activity?limit=50'), api('GET', '/_sim/faults'), api('GET', '/_sim/clock')]);
  $('#clock').textContent = clock.now;
  $('#activity').innerHTML = activity.posts.map((p) => '<li style="padding:8px 0;border-bottom:1px solid var(--line)">'
    + '<img class="avatar" src="/avatars/' + p.authorId + '.svg" alt="" style="width:24px;height:24px"> <strong>@' + esc(p.username) + '</strong> '
    + '<span class="muted">' + esc(p.createdAt.slice(5, 16).replace('T', ' ')) + (p.inReplyToPostId ? ' · reply' : '') + (p.quotedPostId ? ' · quote' : '') + '</span><br>'
    + esc(p.text) + '<br><span class="muted">' + p.publicMetrics.impression_count + ' views · ' + p.publicMetrics.like_count + ' likes · ' + p.publicMetrics.reply_count + ' replies</span></li>').join('');
  $('#faults').innerHTML = faults.faults.length ? faults.faults.map((f) => '<li>' + esc(f.endpoint) + ' → <strong>' + esc(f.kind) + '</strong> p=' + f.probability
    + (f.remaining !== undefined ? ' (next ' + f.remaining + ')' : '') + ' · hits ' + f.hits
    + ' <button type="button" data-remove="' + esc(f.id) + '" aria-label="Remove fault ' + esc(f.kind) + ' on ' + esc(f.endpoint) + '">Remove</button></li>').join('') : '<li class="muted">No faults: the API is healthy.</li>';
}
document.addEventListener('click', async (e) => {
  const t = e.target.closest('button');
  if (!t) return;
  if (t.dataset.mention) await api('POST', '/_sim/mentions', { to: t.dataset.mention });
  else if (t.dataset.advance) await api('POST', '/_sim/clock', { advanceMs: Number(t.dataset.advance) });
  else if (t.dataset.remove) await api('DELETE', '/_sim/faults/' + t.dataset.remove);
  else if (t.id === 'clear-faults') await api('DELETE', '/_sim/faults');
  else if (t.id === 'busy') await api('POST', '/_sim/activity/step', { count: 30 });
  else return;
  refresh();
});
$('#fault-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = new FormData(e.target);
  const body = { endpoint: f.get('endpoint'), kind: f.get('kind'), probability: Number(f.get('probability')), delayMs: Number(f.get('delayMs')) };
  if (f.get('count')) body.count = Number(f.get('count'));
  const res = await api('POST', '/_sim/faults', body);
  if (res.error) alert(res.error);
  refresh();
});
refresh();
setInterval(refresh, 3000);
`;
