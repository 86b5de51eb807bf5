// The shape of the jobspec schema: which arguments and blocks a block
// takes, and the api.* field each one fills.
import type { StructName } from './structs.ts';

export type Kind =
  'string' | 'number' | 'bool' | 'duration' | 'strings' | 'map' | 'any';

export type SchemaName =
  | 'job'
  | 'group'
  | 'task'
  | 'resources'
  | 'network'
  | 'port'
  | 'service'
  | 'check'
  | 'template'
  | 'vault'
  | 'constraint'
  | 'update'
  | 'restart'
  | 'reschedule'
  | 'logs'
  | 'ephemeral_disk'
  | 'artifact';

/** How a nested block is read: another schema, a plain map, or raw. */
export interface BlockRule {
  schema: SchemaName | 'map' | 'config' | 'generic';
  field: string;
  many?: boolean;
}

export interface BlockSchema {
  struct?: StructName;
  /** Label names in order, and the field each label fills. */
  labels?: [name: string, field: string][];
  attrs: Record<string, [field: string, kind: Kind]>;
  blocks: Record<string, BlockRule>;
}

export const generic = (field: string, many = false): BlockRule => ({
  schema: 'generic',
  field,
  many,
});
export const map = (field: string): BlockRule => ({ schema: 'map', field });
export const many = (schema: SchemaName, field: string): BlockRule => ({
  schema,
  field,
  many: true,
});
export const one = (schema: SchemaName, field: string): BlockRule => ({
  schema,
  field,
});
