// An allocation's client status follows from its tasks' states.
import { ZERO_TIME } from './go-time.ts';
import type { ClientStatus, TaskStateRecord } from './state.ts';

export function newTaskState(): TaskStateRecord {
  return {
    State: 'pending',
    Failed: false,
    Restarts: 0,
    LastRestart: ZERO_TIME,
    StartedAt: ZERO_TIME,
    FinishedAt: ZERO_TIME,
    Events: [],
  };
}

const descriptions: Record<ClientStatus, string> = {
  pending: 'No tasks have started',
  running: 'Tasks are running',
  complete: 'All tasks have completed',
  failed: 'Failed tasks',
  lost: 'alloc is lost since its node is down',
};

export function clientStatusOf(tasks: Record<string, TaskStateRecord>) {
  const states = Object.values(tasks);
  const status: ClientStatus = states.some((s) => s.Failed)
    ? 'failed'
    : states.every((s) => s.State === 'running')
      ? 'running'
      : states.every((s) => s.State === 'dead')
        ? 'complete'
        : 'pending';
  return { ClientStatus: status, ClientDescription: descriptions[status] };
}
