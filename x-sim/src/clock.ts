/**
 * The simulator's clock: a base time source (wall clock or a test's own) plus an offset the control API moves.
 * Token expiry, code expiry, rate-limit windows, metric growth and the search window all read it.
 */
export class SimClock {
  private offsetMs = 0;
  private listeners: Array<() => void> = [];

  constructor(private readonly base: () => number = Date.now) {}

  now(): number {
    return this.base() + this.offsetMs;
  }

  advance(ms: number): number {
    this.offsetMs += ms;
    this.emit();
    return this.now();
  }

  set(timeMs: number): number {
    this.offsetMs = timeMs - this.base();
    this.emit();
    return this.now();
  }

  get offset(): number {
    return this.offsetMs;
  }

  restoreOffset(offsetMs: number): void {
    this.offsetMs = offsetMs;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
