import type { SecretValues } from '../guide/types.ts';
import { maskedSecretValues } from '../state/masked-secrets.ts';
import { entrySecrets } from '../terminal/entry-secrets.ts';
import { maskText } from '../terminal/mask.ts';
import type { EntryCalls } from './curl-script.ts';

/**
 * The terminal's text as a plain file: every command and its output,
 * always masked, whatever the learner revealed on screen.
 */
export function exportTranscript(
  calls: readonly EntryCalls[],
  secrets: SecretValues,
): string {
  const held = maskedSecretValues(secrets);
  const blocks = calls.map(({ entry, exchanges }) => {
    const hidden = [...entrySecrets(entry, exchanges), ...held];
    const output = entry.output.replace(/\r?\n$/, '');
    const lines = [`$ ${maskText(entry.command, hidden)}`];
    if (output !== '') lines.push(maskText(output, hidden));
    return lines.join('\n');
  });
  return [
    '# Nomad + Vault walkthrough: terminal transcript (secrets masked)',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}
