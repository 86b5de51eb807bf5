// The guide's vocabulary: plain data and functions, no React.

export type Mode = 'mock' | 'live' | 'sandbox';

/** What the navigation shows for a step. */
export type StepState = 'todo' | 'running' | 'done' | 'failed';

export type FileLanguage = 'hcl' | 'json' | 'sql';

/** A file a step uses (policy, role JSON, SQL, jobspec), as shipped. */
export interface StepFile {
  /** File name as the CLI would see it, e.g. `nomad-server-policy.hcl`. */
  name: string;
  language: FileLanguage;
  /** One line on what the file is for. */
  description: string;
  content: string;
}

/** One command echoed in the terminal, with its CLI-style output. */
export interface TranscriptEntry {
  /** The command line, without the `$ ` prompt. */
  command: string;
  output: string;
  isError?: boolean;
  /** Secret values inside command/output, masked unless revealed. */
  secrets?: string[];
}

/** The secrets the learner holds; kept for the tab, never persisted. */
export interface SecretValues {
  unsealKey?: string;
  rootToken?: string;
  serverToken?: string;
  dbUsername?: string;
  dbPassword?: string;
  /** Lease of the step 12 credentials, so the check can look it up. */
  dbLeaseId?: string;
}

export interface SecretsAccess {
  get(): SecretValues;
  set(patch: Partial<SecretValues>): void;
}

/** Where the learner's progress really is, read back from the servers. */
export interface CheckResult {
  isDone: boolean;
  /** Short facts for the step panel, e.g. "sealed: false". */
  detail?: string;
}

export interface StepContext {
  mode: Mode;
  secrets: SecretsAccess;
  /** Current content of a step file (edited or original). */
  file(name: string): string;
  /** Writes a command and its output to the terminal and transcript. */
  emit(entry: TranscriptEntry): void;
}

export interface StepOutcome {
  /** Sentence for the status region, e.g. "Done: Vault is unsealed." */
  message: string;
}

export interface Step {
  number: number;
  /** URL segment, e.g. `init-vault`. */
  slug: string;
  title: string;
  /** Our own explanation: what happens, why it matters, what to watch. */
  explanation: string[];
  watchFor?: string[];
  files: StepFile[];
  /** The CLI commands this step runs, as a learner would type them. */
  commands(ctx: StepContext): string[];
  run(ctx: StepContext): Promise<StepOutcome>;
  check(ctx: StepContext): Promise<CheckResult>;
}
