// The files the steps hand to the CLIs, shipped as text.
import type { FileLanguage, StepFile } from '../types.ts';
import accessTablesPolicy from './access-tables-policy.hcl?raw';
import accessdbSql from './accessdb.sql?raw';
import connectionJson from './connection.json?raw';
import dbJob from './db.nomad?raw';
import nomadClusterRole from './nomad-cluster-role.json?raw';
import nomadServerPolicy from './nomad-server-policy.hcl?raw';
import nomadVaultBlock from './nomad-vault-block.hcl?raw';
import webAppJob from './web-app.nomad?raw';

/** Stands for the step 6 token in the shipped `vault` block. */
export const SERVER_TOKEN_PLACEHOLDER = '<SERVER_TOKEN>';

function file(
  name: string,
  language: FileLanguage,
  description: string,
  content: string,
): StepFile {
  return { name, language, description, content };
}

export const stepFiles = {
  nomadServerPolicy: file(
    'nomad-server-policy.hcl',
    'hcl',
    'Vault policy for the token Nomad servers hold.',
    nomadServerPolicy,
  ),
  nomadClusterRole: file(
    'nomad-cluster-role.json',
    'json',
    'Token role Nomad derives task tokens from.',
    nomadClusterRole,
  ),
  nomadVaultBlock: file(
    'nomad-vault-block.hcl',
    'hcl',
    'The vault block for the Nomad server configuration.',
    nomadVaultBlock,
  ),
  dbJob: file(
    'db.nomad',
    'hcl',
    'Nomad job running the demo PostgreSQL database.',
    dbJob,
  ),
  connection: file(
    'connection.json',
    'json',
    'How Vault reaches PostgreSQL as its superuser.',
    connectionJson,
  ),
  accessdbSql: file(
    'accessdb.sql',
    'sql',
    'SQL Vault runs to create each short-lived database user.',
    accessdbSql,
  ),
  accessTablesPolicy: file(
    'access-tables-policy.hcl',
    'hcl',
    'Vault policy letting tasks read accessdb credentials.',
    accessTablesPolicy,
  ),
  webAppJob: file(
    'web-app.nomad',
    'hcl',
    'Nomad job running the web app with Vault credentials.',
    webAppJob,
  ),
} satisfies Record<string, StepFile>;

export const allStepFiles: readonly StepFile[] = Object.values(stepFiles);
