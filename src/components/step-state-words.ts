import type { StepState } from '../guide/types.ts';

/** How a step's state reads in its link name, e.g. "4. … — to do". */
export const STEP_STATE_WORDS: Record<StepState, string> = {
  todo: 'to do',
  running: 'running',
  done: 'done',
  failed: 'failed',
};

/** The mark beside each step; decorative, the words carry the meaning. */
export const STEP_STATE_MARKS: Record<StepState, string> = {
  todo: '○',
  running: '◔',
  done: '✓',
  failed: '!',
};
