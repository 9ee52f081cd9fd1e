// An opaque credential for calls to X. lib/x-accounts makes one from a decrypted token and hands it to
// lib/sync, which passes it back to lib/x: the token itself never travels outside lib/x and lib/x-accounts,
// never lands in a log line (toJSON / inspect show nothing), and cannot be read by app code.
const secrets = new WeakMap<XAuth, string>();

export class XAuth {
  private constructor() {}

  /** @internal lib/x-accounts only. */
  static fromAccessToken(token: string): XAuth {
    const auth = new XAuth();
    secrets.set(auth, token);
    return auth;
  }

  toJSON(): string {
    return "[XAuth]";
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return "[XAuth]";
  }
}

/** @internal lib/x and lib/x-accounts only. */
export function accessTokenOf(auth: XAuth): string {
  const token = secrets.get(auth);
  if (token === undefined) throw new Error("XAuth without a token");
  return token;
}
