import { isApiError } from '../../api/errors.ts';
import { lookupSelf } from '../../api/vault/tokens.ts';
import { asRoot, requireSecret } from '../context.ts';
import { vaultOutput, withTranscript } from '../transcript.ts';
import type { Step } from '../types.ts';

export const logInStep: Step = {
  number: 3,
  slug: 'log-in',
  title: 'Log in with the root token',
  explanation: [
    'Every request Vault serves is checked against the token that comes ' +
      'with it. Logging in with a token simply means presenting it: Vault ' +
      'looks the token up and tells you which policies it carries.',
    'The root token from step 1 carries the "root" policy, which may do ' +
      'anything. Steps 4 to 13 use it to set things up.',
  ],
  watchFor: [
    'A root token is meant for setup only. Real deployments revoke it once ' +
      'other ways to log in exist.',
  ],
  files: [],
  commands: () => ['vault login <root token>'],
  run: async (ctx) => {
    const token = requireSecret(ctx, 'rootToken');
    await withTranscript(
      ctx,
      {
        command: `vault login ${token}`,
        secrets: [token],
        failure: (e) => vaultOutput.error('login', e),
      },
      () => lookupSelf(asRoot(ctx)),
      (answer) => ({ output: vaultOutput.login(answer) }),
    );
    return { message: 'Done: logged in with the root token.' };
  },
  check: async (ctx) => {
    if (!ctx.secrets.get().rootToken) {
      return { isDone: false, detail: 'no root token held in this tab' };
    }
    try {
      const answer = await lookupSelf(asRoot(ctx));
      const policies = answer.data.policies;
      return {
        isDone: policies.includes('root'),
        detail: `policies: ${policies.join(', ')}`,
      };
    } catch (error) {
      if (isApiError(error) && error.status === 403) {
        return { isDone: false, detail: 'Vault does not accept the token' };
      }
      throw error;
    }
  },
};
