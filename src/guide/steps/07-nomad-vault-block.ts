import { orNotFound } from '../../api/errors.ts';
import { applyNomadVaultBlock } from '../../api/lab.ts';
import {
  agentVersion,
  defaultVaultConfig,
  readAgentSelf,
} from '../../api/nomad/agent.ts';
import { readTokenRole } from '../../api/vault/token-roles.ts';
import { asRoot, requireSecret } from '../context.ts';
import { stepFiles } from '../files/index.ts';
import { StepError } from '../step-error.ts';
import { addresses } from '../transcript.ts';
import {
  fillServerToken,
  fillVaultAddress,
  readVaultBlock,
} from '../vault-block.ts';
import type { Step, StepContext } from '../types.ts';

const FILE = stepFiles.nomadVaultBlock;
const CONFIG_PATH = '/etc/nomad.d/nomad.hcl';
const APPEND = `sudo tee -a ${CONFIG_PATH} < ${FILE.name}`;
const RESTART = 'sudo systemctl restart nomad';

export const nomadVaultBlockStep: Step = {
  number: 7,
  slug: 'nomad-vault-block',
  title: "Give Nomad's servers the Vault token",
  explanation: [
    "Nomad learns about Vault from a vault block in its server's " +
      'configuration: where Vault is, which token role to mint task tokens ' +
      'from, how long those tokens last, and the server token from step 6.',
    'Nomad reads the block when it starts, so the server must restart. ' +
      'At startup it looks up its token and the nomad-cluster role and ' +
      'refuses a role it cannot use.',
  ],
  watchFor: [
    'The token line holds a secret. Keep the config file readable only by ' +
      'the Nomad user, or pass the token through the VAULT_TOKEN variable.',
    'Against your own Nomad this step cannot edit files: paste the block, ' +
      'restart Nomad, then run the step to check that Nomad took it.',
  ],
  files: [FILE],
  commands: () => [APPEND, RESTART],
  run: async (ctx) => {
    const token = requireSecret(ctx, 'serverToken');
    const withToken = fillServerToken(ctx.file(FILE.name), token);
    const blockHcl =
      ctx.mode === 'sandbox'
        ? fillVaultAddress(withToken, addresses.vault)
        : withToken;
    const block = readVaultBlock(blockHcl);
    ctx.emit({ command: APPEND, output: blockHcl.trimEnd(), secrets: [token] });
    if (ctx.mode === 'live') return confirmLiveAgent();
    await checkRoleFitness(ctx, block.create_from_role);
    await applyNomadVaultBlock(block);
    ctx.emit({ command: RESTART, output: '' });
    return { message: 'Done: Nomad restarted with the vault block.' };
  },
  check: async () => {
    const vault = defaultVaultConfig(await readAgentSelf());
    const isDone = vault?.Enabled === true && Boolean(vault.Token);
    return {
      isDone,
      detail: isDone
        ? `vault enabled, create_from_role ${vault?.Role ?? '(none)'}`
        : 'Nomad has no Vault token configured',
    };
  },
};

/** Nomad's own startup refusals, raised before anything restarts (C5). */
async function checkRoleFitness(ctx: StepContext, roleName: string) {
  const role = await orNotFound(readTokenRole(asRoot(ctx), roleName));
  const refusal = !role
    ? `Role "${roleName}" does not exist`
    : role.data.token_explicit_max_ttl > 0
      ? 'Role can not use an explicit max ttl. Token must be periodic.'
      : role.data.token_period <= 0
        ? 'Role must have a non-zero period to make tokens periodic.'
        : !role.data.renewable
          ? 'Role must allow tokens to be renewed'
          : undefined;
  if (refusal === undefined) return;
  throw new StepError(
    'token-role-unfit',
    `Nomad would refuse to start with this role: ${refusal} ` +
      `Fix the role ${roleName} in step 5, then run this step again.`,
    { nextStep: 5, details: [refusal] },
  );
}

async function confirmLiveAgent() {
  const self = await readAgentSelf();
  const version = agentVersion(self) ?? '';
  if (isAtLeast(version, [1, 10])) {
    throw new StepError(
      'vault-block-missing',
      `Nomad ${version} no longer supports Vault tokens on servers ` +
        '(removed in 1.10); it uses workload identities instead. This ' +
        'guide needs Nomad 1.9 or older.',
    );
  }
  const vault = defaultVaultConfig(self);
  if (vault?.Enabled === true && vault.Token) {
    return { message: 'Done: Nomad reports the vault block is active.' };
  }
  throw new StepError(
    'vault-block-missing',
    `Nomad does not report a Vault token yet. Add the block to ` +
      `${CONFIG_PATH} on each server, run "${RESTART}", then run this ` +
      'step again.',
  );
}

function isAtLeast(version: string, wanted: [number, number]): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > wanted[0] || (major === wanted[0] && minor >= wanted[1]);
}
