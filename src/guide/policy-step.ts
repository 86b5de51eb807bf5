import { writePolicy } from '../api/vault/policies.ts';
import { asRoot } from './context.ts';
import { vaultOutput, withTranscript } from './transcript.ts';
import type { StepContext, StepOutcome } from './types.ts';

/** `vault policy write NAME FILE` with the root token, echoed as the CLI. */
export async function writePolicyFile(
  ctx: StepContext,
  policy: string,
  fileName: string,
): Promise<StepOutcome> {
  await withTranscript(
    ctx,
    {
      command: policyWriteCommand(policy, fileName),
      failure: (e) => vaultOutput.error('policy write', e),
    },
    () => writePolicy(asRoot(ctx), policy, ctx.file(fileName)),
    () => ({ output: vaultOutput.policyWritten(policy) }),
  );
  return { message: `Done: policy ${policy} is in Vault.` };
}

export function policyWriteCommand(policy: string, fileName: string): string {
  return `vault policy write ${policy} ${fileName}`;
}
