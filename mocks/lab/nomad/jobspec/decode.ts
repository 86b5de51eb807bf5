// HCL 2 jobspec → api.Job, as `nomad job run` and /v1/jobs/parse read it.
import type {
  HclDiagnostic,
  HclSyntaxBlock,
  HclSyntaxBody,
  HclValue,
} from '../../../../src/lib/hcl/index.ts';
import { isObject, type Json, type JsonObject } from '../json.ts';
import { convertAttribute, mapOfStrings } from './convert.ts';
import {
  duplicateBlock,
  extraLabel,
  missingJob,
  missingLabel,
  unsupportedArgument,
  unsupportedBlock,
} from './hcl-words.ts';
import { finishBlock } from './finish.ts';
import { schemas, type BlockRule, type SchemaName } from './schema.ts';
import { emptyStruct } from './structs.ts';

// Top-level blocks HCL 2 jobspecs may hold besides `job`.
const fileBlocks = ['job', 'variable', 'variables', 'locals'];

export class JobspecDecoder {
  readonly diagnostics: HclDiagnostic[] = [];

  constructor(private readonly filename: string) {}

  decodeFile(body: HclSyntaxBody): JsonObject | undefined {
    for (const attr of body.attributes) {
      this.diagnostics.push(
        unsupportedArgument(attr.nameRange, attr.name, [], fileBlocks),
      );
    }
    const jobs: HclSyntaxBlock[] = [];
    for (const block of body.blocks) {
      if (block.type === 'job') jobs.push(block);
      else if (!fileBlocks.includes(block.type)) {
        this.diagnostics.push(
          unsupportedBlock(block.typeRange, block.type, [], fileBlocks),
        );
      }
    }
    const [job, second] = jobs;
    if (!job) {
      this.diagnostics.push(missingJob(body.endRange));
      return undefined;
    }
    if (second) {
      const r = job.typeRange;
      const previous = `${this.filename}:${r.line},${r.column}-${r.endColumn}`;
      this.diagnostics.push(duplicateBlock(second.typeRange, 'job', previous));
    }
    return this.decodeBlock(job, 'job');
  }

  decodeBlock(block: HclSyntaxBlock, name: SchemaName): JsonObject {
    const schema = schemas[name];
    const out: JsonObject = schema.struct ? emptyStruct(schema.struct) : {};
    const labels = schema.labels ?? [];
    this.checkLabels(
      block,
      labels.map(([label]) => label),
    );
    labels.forEach(([, field], i) => {
      out[field] = block.labels[i] ?? '';
    });
    const attrNames = Object.keys(schema.attrs);
    const blockNames = Object.keys(schema.blocks);
    for (const attr of block.body.attributes) {
      const rule = schema.attrs[attr.name];
      if (!rule) {
        this.diagnostics.push(
          unsupportedArgument(attr.nameRange, attr.name, attrNames, blockNames),
        );
        continue;
      }
      const converted = convertAttribute(attr, rule[1]);
      if ('diagnostic' in converted)
        this.diagnostics.push(converted.diagnostic);
      else out[rule[0]] = converted.value;
    }
    for (const nested of block.body.blocks) {
      const rule = schema.blocks[nested.type];
      if (!rule) {
        this.diagnostics.push(
          unsupportedBlock(
            nested.typeRange,
            nested.type,
            attrNames,
            blockNames,
          ),
        );
        continue;
      }
      const value = this.decodeNested(nested, rule);
      if (!rule.many) out[rule.field] = value;
      else {
        const list = out[rule.field];
        out[rule.field] = Array.isArray(list) ? [...list, value] : [value];
      }
    }
    return finishBlock(name, out);
  }

  private decodeNested(block: HclSyntaxBlock, rule: BlockRule): Json {
    switch (rule.schema) {
      case 'map':
        this.checkLabels(block, []);
        return mapOfStrings(plainAttributes(block.body));
      case 'config':
        this.checkLabels(block, []);
        return rawBody(block.body);
      case 'generic':
        return genericBody(block.body);
      default:
        return this.decodeBlock(block, rule.schema);
    }
  }

  private checkLabels(block: HclSyntaxBlock, names: string[]) {
    if (block.labels.length < names.length) {
      this.diagnostics.push(
        missingLabel(
          block.openBraceRange,
          block.type,
          names,
          block.labels.length,
        ),
      );
    }
    const extra = block.labelRanges[names.length];
    if (extra) this.diagnostics.push(extraLabel(extra, block.type, names));
  }
}

function plainAttributes(body: HclSyntaxBody): { [key: string]: HclValue } {
  return Object.fromEntries(body.attributes.map((a) => [a.name, a.value]));
}

/** Driver config: nested blocks become lists of objects, as in Nomad. */
function rawBody(body: HclSyntaxBody): JsonObject {
  const out: JsonObject = { ...(plainAttributes(body) as JsonObject) };
  for (const block of body.blocks) {
    const list = out[block.type];
    const value = rawBody(block.body);
    out[block.type] = Array.isArray(list) ? [...list, value] : [value];
  }
  return out;
}

const pascal = (name: string) =>
  name.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** Blocks the lab only carries along: snake_case names in Go spelling. */
function genericBody(body: HclSyntaxBody): JsonObject {
  const out: JsonObject = {};
  for (const attr of body.attributes) {
    out[pascal(attr.name)] = attr.value as Json;
  }
  for (const block of body.blocks) {
    const key = pascal(block.type);
    const value = genericBody(block.body);
    const existing = out[key];
    out[key] = isObject(existing) ? [existing, value] : value;
  }
  return out;
}
