// The docker images the lab knows how to run: the guide's two demo images.
import type { TaskSpec } from './task-types.ts';

export type DemoImage = 'postgres' | 'web-app';

/** The database image has this in its name (any registry or tag). */
export const POSTGRES_IMAGE = 'postgres-nomad-demo';
/** The web app image has this in its name. */
export const WEB_APP_IMAGE = 'nomad-vault-demo';

export function demoImageOf(spec: TaskSpec): DemoImage | undefined {
  const image = spec.config['image'];
  if (spec.driver !== 'docker' || typeof image !== 'string') return undefined;
  if (image.includes(POSTGRES_IMAGE)) return 'postgres';
  if (image.includes(WEB_APP_IMAGE)) return 'web-app';
  return undefined;
}

/** The host port docker publishes for a container port, if any. */
export function hostPortFor(
  spec: TaskSpec,
  containerPort: number,
): number | undefined {
  const port = spec.ports.find(
    (candidate) => (candidate.to || candidate.value) === containerPort,
  );
  return port?.value;
}
