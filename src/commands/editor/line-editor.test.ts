import { describe, expect, it } from 'vitest';

import { isIncompleteLine } from '../shell/lex.ts';
import type { Completion } from '../types.ts';
import { createLineEditor, type LineEditorOptions } from './line-editor.ts';

const UP = '\u001b[A';
const DOWN = '\u001b[B';
const LEFT = '\u001b[D';
const HOME = '\u001b[H';
const END = '\u001b[F';
const DELETE = '\u001b[3~';
const BACKSPACE = '\u007f';

function editorWith(options: Partial<LineEditorOptions> = {}) {
  const editor = createLineEditor({
    history: { entries: () => ['vault status', 'nomad status'] },
    complete: (): Completion => ({ candidates: [], replaceFrom: 0 }),
    isIncomplete: isIncompleteLine,
    ...options,
  });
  editor.start();
  return editor;
}

describe('line editor', () => {
  it('echoes typed text and submits it on Enter', () => {
    const editor = editorWith();

    const typed = editor.feed('ls');
    const entered = editor.feed('\r');

    expect(typed.echo).toBe('ls');
    expect(entered).toEqual({ echo: '\r\n', submitted: 'ls' });
    expect(editor.mode).toBe('busy');
  });

  it('rubs out the last character with Backspace', () => {
    const editor = editorWith();
    editor.feed('lsx');

    const result = editor.feed(BACKSPACE);

    expect(result.echo).toBe('\b \b');
    expect(editor.feed('\r').submitted).toBe('ls');
  });

  it('edits in the middle of the line after moving left', () => {
    const editor = editorWith();
    editor.feed('vault stats');

    editor.feed(`${LEFT}u`);

    expect(editor.feed('\r').submitted).toBe('vault status');
  });

  it('jumps with Home and End and deletes under the cursor', () => {
    const editor = editorWith();
    editor.feed('xvault status');

    editor.feed(`${HOME}${DELETE}${END}!`);

    expect(editor.feed('\r').submitted).toBe('vault status!');
  });

  it('walks history with up and down and keeps the draft', () => {
    const editor = editorWith();
    editor.feed('dra');

    editor.feed(UP);
    editor.feed(UP);
    const newest = editor.feed(DOWN);
    editor.feed(DOWN);

    expect(newest.echo).toContain('nomad status');
    expect(editor.feed('ft\r').submitted).toBe('draft');
  });

  it('asks for a continuation line after a trailing backslash', () => {
    const editor = editorWith();

    const first = editor.feed('vault write x \\\r');
    const second = editor.feed('  a=b\r');

    expect(first.echo).toBe('vault write x \\\r\n> ');
    expect(second.submitted).toBe('vault write x \\\n  a=b');
  });

  it('continues while a quote is open', () => {
    const editor = editorWith();

    expect(editor.feed('echo "a\r').submitted).toBeUndefined();
    expect(editor.feed('b"\r').submitted).toBe('echo "a\nb"');
  });

  it('cancels the line with Ctrl-C and shows a new prompt', () => {
    const editor = editorWith();
    editor.feed('vault sta');

    const result = editor.feed('\u0003');

    expect(result.echo).toBe('^C\r\n$ ');
    expect(editor.feed('\r').submitted).toBe('');
  });

  it('reports Ctrl-C while busy as an interrupt', () => {
    const editor = editorWith();
    editor.feed('sleep\r');

    expect(editor.feed('\u0003')).toEqual({ echo: '^C\r\n', interrupt: true });
  });

  it('asks for a clear screen on Ctrl-L and redraws the line', () => {
    const editor = editorWith();
    editor.feed('ls');

    const result = editor.feed('\u000c');

    expect(result.clearScreen).toBe(true);
    expect(result.echo.startsWith('$ ')).toBe(true);
    expect(result.echo).toContain('ls');
  });

  it('completes a single candidate and adds a space', () => {
    const editor = editorWith({
      complete: () => ({ candidates: ['status'], replaceFrom: 6 }),
    });
    editor.feed('vault st');

    editor.feed('\t');

    expect(editor.feed('\r').submitted).toBe('vault status ');
  });

  it('lists candidates when no common prefix can be added', () => {
    const editor = editorWith({
      complete: () => ({ candidates: ['read', 'revoke'], replaceFrom: 6 }),
    });
    editor.feed('vault re');

    const result = editor.feed('\t');

    expect(result.echo).toContain('\r\nread  revoke\r\n$ ');
  });

  it('hides the answer to a masked question', () => {
    const editor = editorWith();
    editor.feed('vault operator unseal\r');
    editor.ask('Unseal Key (will be hidden): ', true);

    const typed = editor.feed('secret');
    const entered = editor.feed('\r');

    expect(typed.echo).toBe('');
    expect(entered).toEqual({ echo: '\r\n', answer: 'secret' });
  });

  it('keeps keys typed while busy for the next prompt', () => {
    const editor = editorWith();
    editor.feed('ls\r');

    editor.feed('pwd\r');
    editor.start();

    expect(editor.takeTypeahead()).toBe('pwd\r');
  });

  it('moves the cursor across wrapped rows', () => {
    const editor = editorWith({ columns: () => 10 });
    editor.feed('abcdefghijkl');

    const result = editor.feed(HOME);

    expect(result.echo).toBe('\u001b[1A\r\u001b[2C');
  });

  it('starts a new row when the text fills the last column', () => {
    const editor = editorWith({ columns: () => 10 });
    editor.feed('abcdefg');

    const result = editor.feed('h');

    expect(result.echo).toContain('abcdefgh\r\n');
  });
});
