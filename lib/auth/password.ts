import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP-recommended memory cost); ≈ 140 ms here.
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Compared against when the e-mail is unknown, so response time does not reveal which
// addresses have accounts.
let decoyHash: Promise<string> | undefined;

export async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hash("decoy-password-never-valid");
  await verifyPassword(await decoyHash, password);
}
