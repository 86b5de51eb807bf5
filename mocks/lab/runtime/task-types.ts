// The task runtime contract Nomad drives; re-exported from Nomad's side so
// the runtime and the scheduler agree on one shape.
export type {
  RunningTask,
  TaskEvents,
  TaskRuntime,
  TaskSpec,
} from '../nomad/runtime.ts';
