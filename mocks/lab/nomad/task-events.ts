// structs.TaskEvent, with the display texts Nomad's HTTP API fills in.
import type { JsonObject } from './json.ts';

const fixedDisplay: Record<string, string> = {
  Received: 'Task received by client',
  Started: 'Task started by client',
  Killed: 'Task successfully killed',
};

export interface EventDetails {
  message?: string;
  display?: string;
  failsTask?: boolean;
  driverMessage?: string;
  driverError?: string;
  killTimeout?: number;
  exitCode?: number;
}

export function taskEvent(
  type: string,
  time: number,
  details: EventDetails = {},
): JsonObject {
  const display =
    details.display ??
    fixedDisplay[type] ??
    details.driverMessage ??
    details.driverError ??
    details.message ??
    '';
  return {
    Type: type,
    Time: time,
    Message: details.message ?? '',
    DisplayMessage: display,
    Details: detailMap(details),
    FailsTask: details.failsTask ?? false,
    RestartReason: '',
    SetupError: '',
    DriverError: details.driverError ?? '',
    ExitCode: details.exitCode ?? 0,
    Signal: 0,
    KillTimeout: details.killTimeout ?? 0,
    KillError: '',
    KillReason: type === 'Killing' && details.display ? details.display : '',
    StartDelay: 0,
    DownloadError: '',
    ValidationError: '',
    DiskLimit: 0,
    FailedSibling: '',
    VaultError: '',
    TaskSignalReason: '',
    TaskSignal: '',
    DriverMessage: details.driverMessage ?? '',
    GenericSource: '',
  };
}

function detailMap(details: EventDetails): JsonObject {
  const map: JsonObject = {};
  if (details.failsTask) map['fails_task'] = 'true';
  if (details.driverMessage) map['driver_message'] = details.driverMessage;
  if (details.driverError) map['driver_error'] = details.driverError;
  if (details.killTimeout)
    map['kill_timeout'] = `${details.killTimeout / 1e9}s`;
  if (details.exitCode !== undefined)
    map['exit_code'] = String(details.exitCode);
  if (details.display && !details.driverMessage)
    map['message'] = details.display;
  return map;
}

/** Task events keep the latest ten. */
export function pushEvent(events: JsonObject[], event: JsonObject) {
  events.push(event);
  if (events.length > 10) events.splice(0, events.length - 10);
}
