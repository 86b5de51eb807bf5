import type { StateCreator } from 'zustand';

import type { AppState } from './app-state.ts';

/** The last Run of a step in this tab: what the status region says. */
export type RunRecord =
  | { status: 'running' }
  | { status: 'done'; message: string }
  | {
      status: 'failed';
      message: string;
      nextStep?: number;
      /** Raw facts behind the message, e.g. a task event. */
      details?: string[];
    };

export interface RunsSlice {
  runs: Partial<Record<number, RunRecord>>;
  setRun(stepNumber: number, record: RunRecord): void;
  clearRuns(): void;
}

export const createRunsSlice: StateCreator<AppState, [], [], RunsSlice> = (
  set,
) => ({
  runs: {},
  setRun: (stepNumber, record) =>
    set((state) => ({
      runs: {
        ...(record.status === 'done'
          ? withoutLaterFailures(state.runs, stepNumber)
          : state.runs),
        [stepNumber]: record,
      },
    })),
  clearRuns: () => set({ runs: {} }),
});

// A step that now succeeds may have been what later failures lacked (a
// key, a running job): their old failure marks no longer say anything.
function withoutLaterFailures(
  runs: Partial<Record<number, RunRecord>>,
  stepNumber: number,
): Partial<Record<number, RunRecord>> {
  return Object.fromEntries(
    Object.entries(runs).filter(
      ([number, run]) =>
        Number(number) <= stepNumber || run?.status !== 'failed',
    ),
  );
}
