import { describe, expect, it } from 'vitest';
import { GoStruct, renderTemplate } from './index.ts';

const secret = (data: Record<string, unknown>) =>
  new GoStruct('*dependency.Secret', {
    LeaseID: 'database/creds/accessdb/abc',
    LeaseDuration: 3600,
    Renewable: true,
    Data: data,
  });

const configTemplate = [
  '{{ with secret "database/creds/accessdb" }}',
  '  {',
  '    "username": "{{ .Data.username }}",',
  '    {{/* the password may hold any character */}}',
  '    "password": {{ .Data.password | toJSON }}',
  '  }',
  '{{ end }}',
  '',
].join('\n');

describe('renderTemplate', () => {
  it('renders a secret block into valid JSON with toJSON', () => {
    const password = 'p"w\\d&<>';
    const functions = {
      secret: () => secret({ username: 'v-token-accessdb-x', password }),
    };

    const rendered = renderTemplate(configTemplate, functions);

    expect(rendered).toContain('"password": "p\\"w\\\\d\\u0026\\u003c\\u003e"');
    expect(JSON.parse(rendered)).toEqual({
      username: 'v-token-accessdb-x',
      password,
    });
  });

  it('writes a quoted password raw, which breaks JSON', () => {
    const source = '{"password": "{{ .Data.password }}"}';
    const dot = secret({ password: 'a"b' });

    const rendered = renderTemplate(source, {}, dot);

    expect(rendered).toBe('{"password": "a"b"}');
    expect(() => JSON.parse(rendered)).toThrow();
  });

  it('escapes control characters and line separators like Go', () => {
    const rendered = renderTemplate('{{ . | toJSON }}', {}, 'a\nb\u0001\u2028');

    expect(rendered).toBe('"a\\nb\\u0001\\u2028"');
  });

  it('skips a with block when the secret is not there yet', () => {
    const rendered = renderTemplate(configTemplate, { secret: () => null });

    expect(rendered).toBe('\n');
  });

  it('trims whitespace next to trim markers', () => {
    const source = 'a  \n{{- "b" -}}\n  c {{- /* gone */ -}} d';

    expect(renderTemplate(source)).toBe('abcd');
  });

  it('refuses a comment with a space after the braces, as Go does', () => {
    const source = 'line one\n{{ /* not a comment */ }}';

    expect(() => renderTemplate(source)).toThrow(
      'template: :2: unexpected "/" in command',
    );
  });

  it('prints <no value> for a missing map key', () => {
    const rendered = renderTemplate('[{{ .Data.nope }}]', {}, secret({}));

    expect(rendered).toBe('[<no value>]');
  });

  it('refuses an unknown field of the secret struct', () => {
    const run = () => renderTemplate('{{ .data }}', {}, secret({}));

    expect(run).toThrow(
      'template: :1: executing "" at <.data>: ' +
        "can't evaluate field data in type *dependency.Secret",
    );
  });

  it('refuses an undefined function at parse time', () => {
    expect(() => renderTemplate('{{ vault "x" }}')).toThrow(
      'template: :1: function "vault" not defined',
    );
  });

  it('reads the task environment through env', () => {
    const env = (name: unknown) =>
      ({ NOMAD_TASK_NAME: 'server' })[String(name)];

    expect(renderTemplate('{{ env "NOMAD_TASK_NAME" }}', { env })).toBe(
      'server',
    );
  });

  it('follows else with and ranges over a list', () => {
    const source =
      '{{ with .a }}A{{ else with .b }}B{{ end }}' +
      '{{ range .list }}<{{ . }}>{{ else }}none{{ end }}';

    expect(renderTemplate(source, {}, { b: 1, list: ['x', 'y'] })).toBe(
      'B<x><y>',
    );
    expect(renderTemplate(source, {}, { a: 1, list: [] })).toBe('Anone');
  });

  it('reports a block left open', () => {
    expect(() => renderTemplate('{{ with . }}\nx\n')).toThrow(
      'template: :3: unexpected EOF',
    );
  });
});
