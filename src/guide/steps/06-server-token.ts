import { isApiError } from '../../api/errors.ts';
import type { Credential } from '../../api/http.ts';
import {
  createToken,
  lookupToken,
  type TokenLookup,
} from '../../api/vault/tokens.ts';
import { asRootCheck } from '../checks.ts';
import { asRoot } from '../context.ts';
import { vaultOutput, withTranscript } from '../transcript.ts';
import type { Step, StepContext } from '../types.ts';

const POLICY = 'nomad-server';
const COMMAND = `vault token create -policy ${POLICY} -period 72h -orphan`;

export const serverTokenStep: Step = {
  number: 6,
  slug: 'server-token',
  title: 'Create the Nomad server token',
  explanation: [
    'This is the token the Nomad servers will hold. It carries the ' +
      'nomad-server policy from step 4 and nothing more.',
    'It is an orphan, so revoking the root token later does not take it ' +
      'down, and periodic (72 hours): it never reaches a hard expiry as ' +
      'long as Nomad renews it within each period.',
  ],
  watchFor: [
    'Every run of the CLI command mints a new token. This step reuses the ' +
      'token it created earlier as long as Vault still accepts it.',
  ],
  files: [],
  commands: () => [COMMAND],
  run: async (ctx) => {
    const reused = await heldServerToken(ctx);
    if (reused) {
      const token = reused.data.id;
      ctx.emit({
        command: `vault token lookup ${token}`,
        output: vaultOutput.secret(reused),
        secrets: [token],
      });
      return {
        message: 'Done: reusing the Nomad server token from an earlier run.',
      };
    }
    const created = await withTranscript(
      ctx,
      {
        command: COMMAND,
        failure: (e) => vaultOutput.error('token create', e),
      },
      () =>
        createToken(asRoot(ctx), {
          policies: [POLICY],
          period: '72h',
          no_parent: true,
          renewable: true,
        }),
      (answer) => ({
        output: vaultOutput.secret(answer),
        secrets: [answer.auth.client_token],
      }),
    );
    ctx.secrets.set({ serverToken: created.auth.client_token });
    return { message: 'Done: the Nomad server token is ready for step 7.' };
  },
  check: (ctx) =>
    asRootCheck(ctx, async () => {
      if (!ctx.secrets.get().serverToken) {
        return { isDone: false, detail: 'no server token held in this tab' };
      }
      const held = await heldServerToken(ctx);
      return held
        ? { isDone: true, detail: `server token valid, ttl ${held.data.ttl}s` }
        : { isDone: false, detail: 'the held server token is no longer valid' };
    }),
};

/** The held server token's lookup, or null when there is none or it died. */
async function heldServerToken(ctx: StepContext): Promise<TokenLookup | null> {
  const token = ctx.secrets.get().serverToken;
  if (!token) return null;
  const root: Credential = asRoot(ctx);
  try {
    const answer = await lookupToken(root, token);
    return answer.data.policies.includes(POLICY) ? answer : null;
  } catch (error) {
    if (isApiError(error) && error.kind === 'upstream' && error.status < 500) {
      return null;
    }
    throw error;
  }
}
