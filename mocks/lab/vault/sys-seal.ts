import type { Route } from './core.ts';

/** `PUT sys/seal` (needs sudo): Vault stops answering until unsealed. */
export const sealRoutes: Route[] = [
  {
    pattern: 'seal',
    handlers: {
      update: ({ core }) => {
        Object.assign(core.state.seal, {
          isSealed: true,
          progress: [],
          nonce: '',
        });
        return undefined;
      },
    },
  },
];
