// The guide's policies (the very files the app ships) and a token role,
// shared by this folder's tests.
import { stepFiles } from '../../../src/guide/files/index.ts';

export const nomadServerPolicy = stepFiles.nomadServerPolicy.content;

export const accessTablesPolicy = stepFiles.accessTablesPolicy.content;

export const nomadClusterRole = {
  disallowed_policies: 'nomad-server',
  token_explicit_max_ttl: 0,
  name: 'nomad-cluster',
  orphan: true,
  token_period: 259200,
  renewable: true,
};
