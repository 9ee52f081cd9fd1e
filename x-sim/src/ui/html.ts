export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

export const BASE_CSS = `
:root { color-scheme: light dark; --fg:#0f1419; --muted:#536471; --bg:#fff; --card:#f7f9f9; --line:#cfd9de; --accent:#1d9bf0; --danger:#c0262d; }
@media (prefers-color-scheme: dark) { :root { --fg:#e7e9ea; --muted:#8b98a5; --bg:#15202b; --card:#1e2732; --line:#38444d; } }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--fg); background:var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 0 0 12px; }
.muted { color: var(--muted); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 16px; margin-bottom: 16px; }
button, .button { white-space: nowrap; font: inherit; border-radius: 999px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); padding: 6px 14px; cursor: pointer; }
button.primary { background: var(--fg); color: var(--bg); border-color: var(--fg); font-weight: 600; }
button.danger { color: var(--danger); border-color: var(--danger); }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
label { font-weight: 600; }
input, select { font: inherit; padding: 6px 10px; border-radius: 8px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); }
table { width: 100%; border-collapse: collapse; } th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
.avatar { width: 32px; height: 32px; border-radius: 50%; vertical-align: middle; }
`;

export function page(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${BASE_CSS}</style>
</head>
<body>
${body}
${script ? `<script>${script}</script>` : ''}
</body>
</html>`;
}
