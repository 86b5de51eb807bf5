// The HCL 2 jobspec schema, by block type.
import { blockSchemas } from './schema-blocks.ts';
import { taskSchemas } from './schema-tasks.ts';
import type { BlockSchema, SchemaName } from './schema-types.ts';

export type {
  BlockRule,
  BlockSchema,
  Kind,
  SchemaName,
} from './schema-types.ts';

export const schemas = { ...taskSchemas, ...blockSchemas } as Record<
  SchemaName,
  BlockSchema
>;
