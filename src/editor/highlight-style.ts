import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

// Colours chosen for at least 4.5:1 contrast on the editor's light
// background (#f6f7f9), so highlighted code stays readable for everyone.
export const accessibleHighlightStyle = HighlightStyle.define([
  { tag: [tags.keyword, tags.definitionKeyword], color: '#7a1fa2' },
  { tag: [tags.propertyName, tags.attributeName], color: '#0b5394' },
  { tag: [tags.variableName, tags.typeName], color: '#005f3c' },
  { tag: [tags.string, tags.special(tags.string)], color: '#a0301c' },
  { tag: [tags.number, tags.bool, tags.null], color: '#8a4b00' },
  { tag: tags.comment, color: '#4f5b66', fontStyle: 'italic' },
  { tag: [tags.operator, tags.punctuation], color: '#383d42' },
  { tag: tags.invalid, color: '#b42318' },
]);
