// Single allocations and evaluations, and the agent's own view.
// https://developer.hashicorp.com/nomad/api-docs/allocations
import { z } from 'zod';

import { getJson } from './jobs.ts';
import {
  allocationSchema,
  allocationStubSchema,
  evaluationSchema,
  type Allocation,
  type AllocationStub,
  type Evaluation,
} from './schemas.ts';

/** GET allocation/:id (full UUID); holds the addresses and task events. */
export function readAllocation(allocationId: string): Promise<Allocation> {
  return getJson(
    `/v1/allocation/${encodeURIComponent(allocationId)}`,
    allocationSchema,
  );
}

export function readEvaluation(evaluationId: string): Promise<Evaluation> {
  return getJson(
    `/v1/evaluation/${encodeURIComponent(evaluationId)}`,
    evaluationSchema,
  );
}

export function listEvaluationAllocations(
  evaluationId: string,
): Promise<AllocationStub[]> {
  return getJson(
    `/v1/evaluation/${encodeURIComponent(evaluationId)}/allocations`,
    z.array(allocationStubSchema),
  );
}
