import { describeFound } from './json-tokens.ts';

// What to tell the learner at the spot where strict JSON stops.

const wordAt = (text: string, index: number) =>
  /^[A-Za-z_][\w.-]*/.exec(text.slice(index))?.[0];

/** Where a value should start but something else is. */
export function valueAdvice(text: string, index: number): string {
  const word = wordAt(text, index);
  if (word !== undefined) {
    return (
      `Unknown word "${word}". Use true, false or null, ` +
      'or put text in double quotes.'
    );
  }
  const ch = text[index];
  if (ch === undefined) {
    return (
      'The file ends where a value should be. ' +
      'Add the value and close every { and [.'
    );
  }
  if (ch === "'") return 'Strings need double quotes. Replace \' with ".';
  return (
    `Expected a value but found ${describeFound(text, index)}. Use a ` +
    'string in double quotes, a number, true, false, null, an object or ' +
    'an array.'
  );
}

/** Where a property name in double quotes should be. */
export function propertyNameAdvice(text: string, index: number): string {
  if (text[index] === "'") {
    return 'Property names need double quotes. Replace \' with ".';
  }
  const word = wordAt(text, index);
  if (word !== undefined) {
    return (
      'Property names need double quotes. ' +
      `Write "${word}" instead of ${word}.`
    );
  }
  const found = describeFound(text, index);
  return `Expected a property name in double quotes but found ${found}.`;
}

/** After a property's value, where "," or "}" should be. */
export function afterPropertyAdvice(
  text: string,
  index: number,
  name: string,
): string {
  if (text[index] === '"') {
    return (
      'Missing comma before this property. ' +
      'Add "," after the previous value.'
    );
  }
  const found = describeFound(text, index);
  return `Expected "," or "}" after the value of "${name}" but found ${found}.`;
}
