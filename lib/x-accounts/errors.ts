/** The account cannot act on X until someone reconnects it (refresh refused, tokens cleared, disconnected). */
export class AccountUnavailableError extends Error {
  constructor(
    readonly accountId: string,
    readonly status: string,
    message: string,
  ) {
    super(message);
    this.name = "AccountUnavailableError";
  }
}
