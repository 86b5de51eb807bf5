import type { SyntaxNode, Tree } from '@lezer/common';
import { hclLanguage } from 'codemirror-lang-hcl';

export type { SyntaxNode };

/** The one HCL grammar the app uses (editor and emulators alike). */
export function parseTree(source: string): Tree {
  return hclLanguage.parser.parse(source);
}

export function children(node: SyntaxNode): SyntaxNode[] {
  const list: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name !== 'Comment') list.push(child);
  }
  return list;
}

/** A leaf of the tree: the closest thing Lezer has to an HCL token. */
export interface Token {
  name: string;
  from: number;
  to: number;
  isError: boolean;
}

export function tokens(tree: Tree): Token[] {
  const list: Token[] = [];
  tree.iterate({
    enter(node) {
      if (node.name === 'Comment') return false;
      if (node.node.firstChild) return undefined;
      list.push({
        name: node.name,
        from: node.from,
        to: node.to,
        isError: node.type.isError,
      });
      return undefined;
    },
  });
  return list;
}

/** Whether the text between two offsets holds a line break. */
export function breaksLine(source: string, from: number, to: number) {
  return source.slice(from, to).includes('\n');
}
