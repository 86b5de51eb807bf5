/** A value as an HCL attribute evaluates to, in JSON terms. */
export type HclValue =
  string | number | boolean | null | HclValue[] | { [key: string]: HclValue };

export interface HclBlock {
  type: string;
  labels: string[];
  body: HclBody;
  /** 1-based line of the block type keyword. */
  line: number;
}

export interface HclBody {
  attributes: Record<string, HclValue>;
  blocks: HclBlock[];
}

/**
 * A problem in the source, positioned like HCL's own ranges: 1-based
 * line and columns, `endColumn` exclusive. `endLine` is only set when
 * the range ends on a later line.
 */
export interface HclDiagnostic {
  line: number;
  column: number;
  endColumn: number;
  endLine?: number;
  summary: string;
  detail: string;
}

export type HclResult =
  { ok: true; body: HclBody } | { ok: false; diagnostics: HclDiagnostic[] };

/** A source range in HCL's terms (see HclDiagnostic). */
export interface HclRange {
  line: number;
  column: number;
  endColumn: number;
  endLine?: number;
}

/** Attributes and blocks with where they were written, for schema checks. */
export interface HclSyntaxAttribute {
  name: string;
  value: HclValue;
  nameRange: HclRange;
  valueRange: HclRange;
}

export interface HclSyntaxBlock {
  type: string;
  labels: string[];
  typeRange: HclRange;
  labelRanges: HclRange[];
  /** Where label errors point, as in HCL. */
  openBraceRange: HclRange;
  body: HclSyntaxBody;
  line: number;
}

export interface HclSyntaxBody {
  attributes: HclSyntaxAttribute[];
  blocks: HclSyntaxBlock[];
  /** Just inside the closing brace (or the end of file), as HCL's MissingItemRange. */
  endRange: HclRange;
}

export type HclSyntaxResult =
  | { ok: true; body: HclSyntaxBody }
  | { ok: false; diagnostics: HclDiagnostic[] };
