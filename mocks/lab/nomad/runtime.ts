// What the lab's Nomad client asks of whatever runs tasks: the emulated
// docker images in the browser and the sandbox alike.

/** One task of one allocation, as the client hands it to the driver. */
export interface TaskSpec {
  allocId: string;
  jobId: string;
  group: string;
  task: string;
  driver: string;
  /** Driver config as the job gives it (docker: image, ports, ...). */
  config: Record<string, unknown>;
  /** NOMAD_* variables plus the task's env block. */
  env: Record<string, string>;
  /** Host port `value`; `to` is the container port (0 when unset). */
  ports: { label: string; value: number; to: number }[];
  /** The node address the ports are bound on. */
  address: string;
  templates: { data: string; destination: string; changeMode?: string }[];
  /** Derived by the server from the token role (legacy Vault flow). */
  vaultToken?: string;
}

/** Task events the runtime adds (e.g. `Template`, `Driver`). */
export interface TaskEvents {
  event(type: string, message: string): void;
}

export interface RunningTask {
  stop(): Promise<void>;
}

export interface TaskRuntime {
  /**
   * Resolves when the task runs; stays pending while e.g. a template is
   * blocked (events explain why). Rejecting fails the task: a message
   * starting `Template failed:` becomes a `Killing` event, anything else a
   * `Driver Failure` event. Nomad records `Received`, `Task Setup`,
   * `Driver` (unless the runtime sent one) and `Started` itself.
   */
  start(
    spec: TaskSpec,
    events: TaskEvents,
    signal: AbortSignal,
  ): Promise<RunningTask>;
}
