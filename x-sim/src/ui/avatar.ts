import { hashString } from '../prng';
import { escapeHtml } from './html';

/** A stable initials avatar per account, served by the simulator itself (profile_image_url points here). */
export function avatarSvg(id: string, name: string): string {
  const hue = hashString(id) % 360;
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('') || '?';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96" role="img" aria-label="${escapeHtml(name)}">
<rect width="96" height="96" rx="48" fill="hsl(${hue} 55% 45%)"/>
<text x="48" y="58" text-anchor="middle" font-family="system-ui, sans-serif" font-size="34" font-weight="600" fill="#fff">${escapeHtml(initials)}</text>
</svg>`;
}
