// The per-task part of `nomad alloc status`: `Task Events:` facts and the
// `Recent Events:` table, newest first (command/alloc_status.go).
import { formatKV, formatList } from './columns.ts';
import { formatNanoTime, formatTextTime } from './time.ts';
import type { NomadTaskEvent, NomadTaskState } from './types.ts';

/** `Task Events:` block, a blank line, then `Recent Events:`. */
export function formatTaskEvents(state: NomadTaskState): string {
  const facts = formatKV([
    ['Started At', taskTime(state.StartedAt)],
    ['Finished At', taskTime(state.FinishedAt)],
    ['Total Restarts', String(state.Restarts ?? 0)],
    ['Last Restart', taskTime(state.LastRestart)],
  ]);
  const events = [...(state.Events ?? [])]
    .reverse()
    .map((event) => [
      formatNanoTime(event.Time),
      event.Type,
      event.DisplayMessage || eventDescription(event),
    ]);
  const table = formatList([['Time', 'Type', 'Description'], ...events]);
  return `Task Events:\n${facts}\n\nRecent Events:\n${table}`;
}

function taskTime(text: string | null | undefined): string {
  return formatTextTime(text) || 'N/A';
}

/** The CLI's fallback text when an event has no DisplayMessage. */
export function eventDescription(event: NomadTaskEvent): string {
  switch (event.Type) {
    case 'Task Setup':
      return event.Message ?? '';
    case 'Started':
      return 'Task started by client';
    case 'Received':
      return 'Task received by client';
    case 'Failed Validation':
      return event.ValidationError || 'Validation of task failed';
    case 'Setup Failure':
      return event.SetupError || 'Task setup failed';
    case 'Driver Failure':
      return event.DriverError || 'Failed to start task';
    case 'Killing':
      return event.KillReason
        ? `Killing task: ${event.KillReason}`
        : 'Sent interrupt';
    case 'Killed':
      return 'Task successfully killed';
    case 'Terminated':
      return `Exit Code: ${event.ExitCode ?? 0}`;
    case 'Not Restarting':
      return event.RestartReason || 'Task exceeded restart policy';
    case 'Restart Signaled':
      return event.RestartReason || 'Task signaled to restart';
    case 'Driver':
      return event.DriverMessage ?? '';
    default:
      return event.Message ?? '';
  }
}
