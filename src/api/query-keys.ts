// Hierarchical TanStack Query keys, one factory per backend; invalidating
// a prefix (e.g. `vaultKeys.all`) refreshes everything below it.

export const vaultKeys = {
  all: ['vault'] as const,
  initStatus: () => [...vaultKeys.all, 'init-status'] as const,
  sealStatus: () => [...vaultKeys.all, 'seal-status'] as const,
  health: () => [...vaultKeys.all, 'health'] as const,
  lookupSelf: (tokenRole: string) =>
    [...vaultKeys.all, 'lookup-self', tokenRole] as const,
  policies: () => [...vaultKeys.all, 'policies'] as const,
  policy: (name: string) => [...vaultKeys.policies(), name] as const,
  tokenRole: (name: string) => [...vaultKeys.all, 'token-role', name] as const,
  mounts: () => [...vaultKeys.all, 'mounts'] as const,
  databaseConfig: (name: string) =>
    [...vaultKeys.all, 'database', 'config', name] as const,
  databaseRole: (name: string) =>
    [...vaultKeys.all, 'database', 'role', name] as const,
  lease: (leaseId: string) => [...vaultKeys.all, 'lease', leaseId] as const,
};

export const nomadKeys = {
  all: ['nomad'] as const,
  agentSelf: () => [...nomadKeys.all, 'agent-self'] as const,
  jobs: () => [...nomadKeys.all, 'jobs'] as const,
  job: (jobId: string) => [...nomadKeys.jobs(), jobId] as const,
  jobSummary: (jobId: string) => [...nomadKeys.job(jobId), 'summary'] as const,
  jobAllocations: (jobId: string) =>
    [...nomadKeys.job(jobId), 'allocations'] as const,
  jobEvaluations: (jobId: string) =>
    [...nomadKeys.job(jobId), 'evaluations'] as const,
  jobDeployments: (jobId: string) =>
    [...nomadKeys.job(jobId), 'deployments'] as const,
  allocation: (allocationId: string) =>
    [...nomadKeys.all, 'allocation', allocationId] as const,
  evaluation: (evaluationId: string) =>
    [...nomadKeys.all, 'evaluation', evaluationId] as const,
};

export const labKeys = {
  all: ['lab'] as const,
  info: () => [...labKeys.all, 'info'] as const,
};

export const webKeys = {
  all: ['web'] as const,
  names: () => [...webKeys.all, 'names'] as const,
};

export const modeKeys = {
  all: ['mode'] as const,
};

/** Step checks read several backends; keyed by mode and step slug. */
export const guideKeys = {
  all: ['guide'] as const,
  checks: (mode: string) => [...guideKeys.all, 'check', mode] as const,
  check: (mode: string, slug: string) =>
    [...guideKeys.checks(mode), slug] as const,
};
