// `vault read` / `vault write` / `vault token create` output for a
// response envelope: table (default), `-format=json` or `-field=NAME`.
import { goJson, sortKeysDeep } from '../shared/go-json.ts';
import { goQuotedList, goValue } from '../shared/go-value.ts';
import {
  humanDuration,
  humanDurationValue,
  looksLikeDuration,
} from './duration.ts';
import { formatVaultTable, type VaultRow } from './table.ts';
import type { VaultFormat, VaultSecret, VaultSecretAuth } from './types.ts';
import { formatVaultWarnings } from './warnings.ts';

export interface SecretOutputOptions {
  /** `-format=`; table unless told otherwise. */
  format?: VaultFormat | undefined;
  /** `-field=`: print only this field's raw value, without a newline. */
  field?: string | undefined;
}

/**
 * What the CLI prints for an envelope. Table: warnings first, then
 * lease rows, auth rows and the sorted `data` rows; '' when none.
 */
export function formatSecret(
  secret: VaultSecret,
  options: SecretOutputOptions = {},
): string {
  if (options.field !== undefined) {
    return formatSecretField(secret, options.field, options.format);
  }
  if (options.format === 'json') return goJson(secretAsGoJson(secret));
  const rows = secretRows(secret);
  const warnings = formatVaultWarnings(secret.warnings);
  const table = rows.length > 0 ? formatVaultTable(rows) : '';
  if (warnings === '' || table === '') return warnings + table;
  return `${warnings}\n${table}`;
}

/** True when `-field=NAME` would find a value (else the CLI exits 1). */
export function secretHasField(secret: VaultSecret, field: string): boolean {
  const value = rawField(secret, field);
  return value !== undefined && value !== null;
}

/** `-field=NAME`; a missing field gives the CLI's error line instead. */
export function formatSecretField(
  secret: VaultSecret,
  field: string,
  format: VaultFormat = 'table',
): string {
  const value = rawField(secret, field);
  if (value === undefined || value === null) {
    return `Field "${field}" not present in secret`;
  }
  return format === 'json' ? goJson(sortKeysDeep(value)) : goValue(value);
}

/** The table rows of an envelope, in the CLI's order (OutputSecret). */
export function secretRows(secret: VaultSecret): VaultRow[] {
  return [...leaseRows(secret), ...authRows(secret.auth), ...dataRows(secret)];
}

function leaseRows(secret: VaultSecret): VaultRow[] {
  const duration = secret.lease_duration ?? 0;
  if (duration <= 0) return [];
  if (!secret.lease_id) {
    return [['refresh_interval', humanDuration(duration)]];
  }
  return [
    ['lease_id', secret.lease_id],
    ['lease_duration', humanDuration(duration)],
    ['lease_renewable', String(secret.renewable ?? false)],
  ];
}

function authRows(auth: VaultSecretAuth | null | undefined): VaultRow[] {
  if (!auth) return [];
  const duration =
    auth.lease_duration === 0 ? '∞' : humanDuration(auth.lease_duration);
  const metadata = Object.entries(auth.metadata ?? {}).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  return [
    ['token', auth.client_token],
    ['token_accessor', auth.accessor],
    ['token_duration', duration],
    ['token_renewable', String(auth.renewable)],
    ['token_policies', goQuotedList(auth.token_policies)],
    ['identity_policies', goQuotedList(auth.identity_policies)],
    ['policies', goQuotedList(auth.policies)],
    ...metadata.map(([key, value]): VaultRow => [`token_meta_${key}`, value]),
  ];
}

function dataRows(secret: VaultSecret): VaultRow[] {
  const data = dataObject(secret);
  return Object.keys(data)
    .sort()
    .map((key) => {
      const value = data[key];
      const shown = looksLikeDuration(key) ? humanDurationValue(value) : value;
      return [key, goValue(shown)];
    });
}

function dataObject(secret: VaultSecret): Record<string, unknown> {
  const { data } = secret;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {};
  }
  return data as Record<string, unknown>;
}

/** The CLI's RawField: auth fields first, then envelope, then `data`. */
function rawField(secret: VaultSecret, field: string): unknown {
  const data = dataObject(secret);
  const { auth } = secret;
  if (auth) {
    const authFields: Record<string, unknown> = {
      token: auth.client_token,
      token_accessor: auth.accessor,
      token_duration: auth.lease_duration,
      token_renewable: auth.renewable,
      // Go stores nil lists in an interface, so they still print `[]`.
      token_policies: auth.token_policies ?? [],
      identity_policies: auth.identity_policies ?? [],
      policies: auth.policies ?? [],
    };
    return field in authFields ? authFields[field] : data[field];
  }
  const envelopeFields: Record<string, unknown> = {
    lease_duration: secret.lease_duration ?? 0,
    lease_id: secret.lease_id ?? '',
    request_id: secret.request_id ?? '',
    renewable: secret.renewable ?? false,
    refresh_interval: secret.lease_duration ?? 0,
    data: 'data' in data ? data['data'] : secret.data,
  };
  return field in envelopeFields ? envelopeFields[field] : data[field];
}

/** api.Secret's field order, as `-format=json` re-encodes it. */
function secretAsGoJson(secret: VaultSecret): Record<string, unknown> {
  const encoded: Record<string, unknown> = {
    request_id: secret.request_id ?? '',
    lease_id: secret.lease_id ?? '',
    lease_duration: secret.lease_duration ?? 0,
    renewable: secret.renewable ?? false,
    data: sortKeysDeep(secret.data ?? null),
    warnings: secret.warnings ?? null,
  };
  if (secret.auth) encoded['auth'] = authAsGoJson(secret.auth);
  if (secret.wrap_info) encoded['wrap_info'] = secret.wrap_info;
  if (secret.mount_type) encoded['mount_type'] = secret.mount_type;
  return encoded;
}

function authAsGoJson(auth: VaultSecretAuth): Record<string, unknown> {
  return {
    client_token: auth.client_token,
    accessor: auth.accessor,
    policies: auth.policies ?? null,
    token_policies: auth.token_policies ?? null,
    identity_policies: auth.identity_policies ?? null,
    metadata: sortKeysDeep(auth.metadata ?? null),
    orphan: auth.orphan ?? false,
    entity_id: auth.entity_id ?? '',
    lease_duration: auth.lease_duration,
    renewable: auth.renewable,
    mfa_requirement: auth.mfa_requirement ?? null,
  };
}
