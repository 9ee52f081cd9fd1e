import type { IncomingMessage } from 'node:http';

const LIMIT_BYTES = 2 * 1024 * 1024;

export interface ParsedBody {
  kind: 'json' | 'form' | 'empty' | 'invalid';
  value: Record<string, unknown>;
  raw: string;
}

export async function readRaw(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > LIMIT_BYTES) throw new Error('body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON or form-encoded bodies: twitter-api-v2 sends JSON even to the token endpoint; browsers send forms. */
export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const raw = await readRaw(req);
  if (!raw.trim()) return { kind: 'empty', value: {}, raw };
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('application/x-www-form-urlencoded')) {
    return { kind: 'form', value: Object.fromEntries(new URLSearchParams(raw)), raw };
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return { kind: 'json', value: parsed as Record<string, unknown>, raw };
    }
    return { kind: 'invalid', value: {}, raw };
  } catch {
    if (!type.includes('json') && raw.includes('=')) {
      return { kind: 'form', value: Object.fromEntries(new URLSearchParams(raw)), raw };
    }
    return { kind: 'invalid', value: {}, raw };
  }
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
