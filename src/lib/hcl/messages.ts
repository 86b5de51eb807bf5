// HCL's own diagnostic wording (hashicorp/hcl hclsyntax), so that the
// emulators can answer with the text a real agent prints.
export const messages = {
  argumentOrBlock: [
    'Argument or block definition required',
    'An argument or block definition is required here.',
  ],
  argumentNeedsEquals: [
    'Argument or block definition required',
    'An argument or block definition is required here. To set an argument, ' +
      'use the equals sign "=" to introduce the argument value.',
  ],
  quotedName: ['Invalid argument name', 'Argument names must not be quoted.'],
  unclosedBlock: [
    'Unclosed configuration block',
    'There is no closing brace for this block before the end of the file. ' +
      'This may be caused by incorrect brace nesting elsewhere in this file.',
  ],
  newlineAfterArgument: [
    'Missing newline after argument',
    'An argument definition must end with a newline.',
  ],
  commaAfterArgument: [
    'Unexpected comma after argument',
    'Argument definitions must be separated by newlines, not commas. ' +
      'An argument definition must end with a newline.',
  ],
  newlineAfterBlock: [
    'Missing newline after block definition',
    'A block definition must end with a newline.',
  ],
  blockEquals: [
    'Invalid block definition',
    'The equals sign "=" indicates an argument definition, and must not ' +
      'be used when defining a block.',
  ],
  blockNewline: [
    'Invalid block definition',
    'A block definition must have block content delimited by "{" and "}", ' +
      'starting on the same line as the block header.',
  ],
  blockLabelOrBrace: [
    'Invalid block definition',
    'Either a quoted string block label or an opening brace ("{") is ' +
      'expected here.',
  ],
  singleLineNewline: [
    'Invalid single-argument block definition',
    'An argument definition on the same line as its containing block ' +
      'creates a single-line block definition, which must also be closed ' +
      "on the same line. Place the block's closing brace immediately after " +
      'the argument definition.',
  ],
  singleLineEnd: [
    'Invalid single-argument block definition',
    'A single-line block definition must end with a closing brace ' +
      'immediately after its single argument definition.',
  ],
  missingExpression: [
    'Missing expression',
    'Expected the start of an expression, but found the end of the file.',
  ],
  invalidExpression: [
    'Invalid expression',
    'Expected the start of an expression, but found an invalid expression ' +
      'token.',
  ],
  itemSeparator: [
    'Missing item separator',
    'Expected a comma to mark the beginning of the next item.',
  ],
  unterminatedTuple: [
    'Unterminated tuple constructor expression',
    'There is no corresponding closing bracket before the end of the file. ' +
      'This may be caused by incorrect bracket nesting elsewhere in this file.',
  ],
  unterminatedObject: [
    'Unterminated object constructor expression',
    'There is no corresponding closing brace before the end of the file. ' +
      'This may be caused by incorrect brace nesting elsewhere in this file.',
  ],
  attributeValue: [
    'Missing attribute value',
    'Expected an attribute value, introduced by an equals sign ("=").',
  ],
  keyValueSeparator: [
    'Missing key/value separator',
    'Expected an equals sign ("=") to mark the beginning of the attribute ' +
      'value.',
  ],
  keyValueSeparatorName: [
    'Missing key/value separator',
    'Expected an equals sign ("=") to mark the beginning of the attribute ' +
      'value. If you intended to given an attribute name containing ' +
      'periods or spaces, write the name in quotes to create a string ' +
      'literal.',
  ],
  attributeSeparator: [
    'Missing attribute separator',
    'Expected a newline or comma to mark the beginning of the next ' +
      'attribute.',
  ],
  argumentSeparator: [
    'Missing argument separator',
    'A comma is required to separate each function argument from the next.',
  ],
  unterminatedCall: [
    'Unterminated function call',
    'There is no closing parenthesis for this function call before the end ' +
      'of the file. This may be caused by incorrect parenthesis nesting ' +
      'elsewhere in this file.',
  ],
  unterminatedTemplate: [
    'Unterminated template string',
    'No closing marker was found for the string.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export function singleArgumentOnly(name: string): [string, string] {
  return [
    'Argument definition required',
    'A single-line block definition can contain only a single argument. ' +
      `If you meant to define argument "${name}", use an equals sign to ` +
      'assign it a value. To define a nested block, place it on a line of ' +
      'its own within its parent block.',
  ];
}

export function attributeRedefined(name: string, at: string): [string, string] {
  return [
    'Attribute redefined',
    `The argument "${name}" was already set at ${at}. Each argument may be ` +
      'set only once.',
  ];
}

export function unknownFunction(name: string): [string, string] {
  return ['Call to unknown function', `There is no function named "${name}".`];
}
