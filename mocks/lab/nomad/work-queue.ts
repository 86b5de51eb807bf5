// Background work (placements, task starts) that `settled()` waits for.
export class WorkQueue {
  private readonly pending = new Set<Promise<unknown>>();

  /** Runs `job` in the background; errors are the job's own business. */
  run(job: () => Promise<unknown>): void {
    const promise = Promise.resolve()
      .then(job)
      .catch(() => undefined)
      .finally(() => this.pending.delete(promise));
    this.pending.add(promise);
  }

  /** Waits on a promise without running it (e.g. a task start's progress). */
  track(promise: Promise<unknown>): void {
    const tracked = promise
      .catch(() => undefined)
      .finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  async settled(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.allSettled([...this.pending]);
    }
  }
}
