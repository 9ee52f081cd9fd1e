export type Params = Record<string, string>;

interface Route<H> {
  method: string;
  pattern: string;
  segments: string[];
  handler: H;
}

export interface Match<H> {
  handler: H;
  params: Params;
  /** "GET /2/users/:id/mentions": the name used by rate limits, faults and the request log. */
  name: string;
}

/** Segment matcher for X-style paths (`/2/users/:id/mentions`); literal segments win over parameters. */
export class Router<H> {
  private readonly routes: Route<H>[] = [];

  add(method: string, pattern: string, handler: H): this {
    const segments = pattern.split('/').filter(Boolean);
    this.routes.push({ method, pattern, segments, handler });
    this.routes.sort((a, b) => specificity(b) - specificity(a));
    return this;
  }

  match(method: string, pathname: string): Match<H> | undefined {
    const parts = pathname.split('/').filter(Boolean);
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== parts.length) continue;
      const params: Params = {};
      let ok = true;
      for (let i = 0; i < parts.length; i++) {
        const seg = route.segments[i] ?? '';
        const part = parts[i] ?? '';
        if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(part);
        else if (seg !== part) {
          ok = false;
          break;
        }
      }
      if (ok) return { handler: route.handler, params, name: `${method} ${route.pattern}` };
    }
    return undefined;
  }

  hasPath(pathname: string): boolean {
    return ['GET', 'POST', 'DELETE', 'PUT'].some((m) => this.match(m, pathname));
  }
}

function specificity(route: Route<unknown>): number {
  return route.segments.reduce((score, seg) => score + (seg.startsWith(':') ? 1 : 2), 0);
}
