export { formatDiagnostic, formatDiagnostics } from './format.ts';
export {
  parseHcl,
  parseHclSyntax,
  plainBody,
  type ParseOptions,
} from './parse.ts';
export type {
  HclBlock,
  HclBody,
  HclDiagnostic,
  HclRange,
  HclResult,
  HclSyntaxAttribute,
  HclSyntaxBlock,
  HclSyntaxBody,
  HclSyntaxResult,
  HclValue,
} from './types.ts';
