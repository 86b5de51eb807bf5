/** Runs tasks one at a time, in order; PGlite has a single connection. */
export function createTaskQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export type TaskQueue = ReturnType<typeof createTaskQueue>;
