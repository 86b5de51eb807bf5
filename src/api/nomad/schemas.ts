// The parts of Nomad's JSON the app relies on; everything else is kept
// as sent so CLI formatters can print it (contract §3).
import { z } from 'zod';

const nullableArray = <T extends z.ZodType>(item: T) =>
  z.array(item).nullable().optional();

export const taskEventSchema = z.looseObject({
  Type: z.string(),
  Time: z.number(),
  Message: z.string().optional(),
  DisplayMessage: z.string().optional(),
  FailsTask: z.boolean().optional(),
});

export const taskStateSchema = z.looseObject({
  State: z.string(),
  Failed: z.boolean(),
  Restarts: z.number().optional(),
  Events: nullableArray(taskEventSchema),
});

export const allocationStubSchema = z.looseObject({
  ID: z.string(),
  EvalID: z.string(),
  Name: z.string(),
  NodeID: z.string(),
  JobID: z.string(),
  TaskGroup: z.string(),
  DesiredStatus: z.string(),
  ClientStatus: z.string(),
  CreateIndex: z.number(),
  CreateTime: z.number(),
  ModifyTime: z.number(),
  TaskStates: z.record(z.string(), taskStateSchema).nullable().optional(),
});

const portSchema = z.looseObject({
  Label: z.string(),
  Value: z.number(),
  To: z.number().optional(),
  HostIP: z.string().optional(),
});

export const allocationSchema = allocationStubSchema.extend({
  AllocatedResources: z
    .looseObject({
      Shared: z.looseObject({ Ports: nullableArray(portSchema) }),
    })
    .nullable()
    .optional(),
});

export const evaluationSchema = z.looseObject({
  ID: z.string(),
  JobID: z.string(),
  Status: z.string(),
  TriggeredBy: z.string(),
  DeploymentID: z.string().optional(),
  BlockedEval: z.string().optional(),
  FailedTGAllocs: z.record(z.string(), z.unknown()).nullable().optional(),
});

export const deploymentSchema = z.looseObject({
  ID: z.string(),
  JobID: z.string(),
  Status: z.string(),
  StatusDescription: z.string(),
});

export const jobSchema = z.looseObject({
  ID: z.string(),
  Name: z.string(),
  Type: z.string(),
  Status: z.string(),
  Stop: z.boolean().optional(),
  Version: z.number(),
});

export const jobSummarySchema = z.looseObject({
  JobID: z.string(),
  Summary: z.record(z.string(), z.record(z.string(), z.number())),
});

export const registerResponseSchema = z.looseObject({
  EvalID: z.string(),
  JobModifyIndex: z.number(),
  Warnings: z.string().optional(),
});

export type TaskEvent = z.infer<typeof taskEventSchema>;
export type TaskState = z.infer<typeof taskStateSchema>;
export type AllocationStub = z.infer<typeof allocationStubSchema>;
export type Allocation = z.infer<typeof allocationSchema>;
export type Evaluation = z.infer<typeof evaluationSchema>;
export type Deployment = z.infer<typeof deploymentSchema>;
export type Job = z.infer<typeof jobSchema>;
export type JobSummary = z.infer<typeof jobSummarySchema>;
export type RegisterResponse = z.infer<typeof registerResponseSchema>;
