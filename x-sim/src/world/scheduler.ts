interface Job {
  at: number;
  seq: number;
  run: () => void;
}

/** Things the world will do at a simulated time (a person answering the brand's reply, say). */
export class Scheduler {
  private jobs: Job[] = [];
  private seq = 0;

  schedule(at: number, run: () => void): void {
    const job: Job = { at, seq: ++this.seq, run };
    let i = this.jobs.length;
    while (i > 0 && (this.jobs[i - 1]?.at ?? 0) > at) i--;
    this.jobs.splice(i, 0, job);
  }

  /** Runs every job due by `now`, in time order; jobs may schedule more. */
  runDue(now: number): number {
    let ran = 0;
    while (this.jobs.length && (this.jobs[0]?.at ?? Infinity) <= now) {
      const job = this.jobs.shift();
      if (!job) break;
      job.run();
      ran++;
    }
    return ran;
  }

  get pending(): number {
    return this.jobs.length;
  }

  clear(): void {
    this.jobs = [];
  }
}
