/**
 * Runs one parameterised statement: a pg PoolClient inside the sync's page transaction
 * (`(text, values) => client.query(text, values)`), or Prisma's `$queryRawUnsafe` elsewhere.
 */
export type SqlRunner = (text: string, values: unknown[]) => Promise<unknown>;
