import { describe, expect, it } from 'vitest';

import { validateFile } from './validate-file.ts';

const databaseJob = [
  'job "postgres-nomad-demo" {',
  '  datacenters = ["dc1"]',
  '',
  '  group "db" {',
  '    task "server" {',
  '      driver = "docker"',
  '',
  '      config {',
  '        image = "hashicorp/postgres-nomad-demo:latest"',
  '      }',
  '',
  '      service {',
  '        name = "database"',
  '        port = "db"',
  '      }',
  '    }',
  '  }',
  '}',
].join('\n');

describe('jobspec', () => {
  it('accepts a job with one name', () => {
    expect(validateFile('db.nomad', 'hcl', databaseJob)).toEqual([]);
  });

  it('passes HCL syntax errors through in HCL wording', () => {
    const broken = databaseJob.replace('driver = "docker"', 'driver "docker"');

    const problems = validateFile('db.nomad', 'hcl', broken);

    expect(problems).toEqual([
      {
        line: 6,
        column: 22,
        message:
          'Invalid block definition; A block definition must have block ' +
          'content delimited by "{" and "}", starting on the same line as ' +
          'the block header.',
        severity: 'error',
      },
    ]);
  });

  it('requires a job block with exactly one label', () => {
    const unnamed = databaseJob.replace('job "postgres-nomad-demo"', 'job');
    const misspelt = databaseJob.replace('job "', 'jobs "');

    const unnamedProblems = validateFile('db.nomad', 'hcl', unnamed);
    const misspeltProblems = validateFile('db.nomad', 'hcl', misspelt);

    expect(unnamedProblems.map((p) => p.message)).toEqual([
      'The job block takes exactly one label, the job name, e.g. ' +
        'job "postgres-nomad-demo" { … }.',
    ]);
    expect(misspeltProblems.map((p) => p.message)).toEqual([
      'Unsupported block type; Blocks of type "jobs" are not expected here. ' +
        'Did you mean "job"?',
      'A jobspec needs a job block: job "name" { … } around its groups.',
    ]);
  });
});
