// A task's directory (local/, secrets/, alloc/) held in memory, and the
// docker volume binds that show its files inside the container.
import type { TaskSpec } from './task-types.ts';

export interface TaskDir {
  write(path: string, content: string): void;
  read(path: string): string | undefined;
  /** Reads a path as the container sees it, through `config.volumes`. */
  readInContainer(path: string): string | undefined;
}

const normalize = (path: string) => path.replace(/^(\.\/)+/, '');

function volumeBinds(config: TaskSpec['config']): [string, string][] {
  const volumes = config['volumes'];
  if (!Array.isArray(volumes)) return [];
  return volumes.flatMap((volume): [string, string][] => {
    if (typeof volume !== 'string') return [];
    const [source, target] = volume.split(':');
    return source && target ? [[normalize(source), target]] : [];
  });
}

export function createTaskDir(config: TaskSpec['config']): TaskDir {
  const files = new Map<string, string>();
  const binds = volumeBinds(config);
  const read = (path: string) => files.get(normalize(path));
  return {
    write: (path, content) => files.set(normalize(path), content),
    read,
    readInContainer(path) {
      for (const [source, target] of binds) {
        // Host paths outside the task dir do not exist in the lab.
        if (source.startsWith('/')) continue;
        if (path === target) return read(source);
        if (path.startsWith(`${target}/`)) {
          return read(`${source}/${path.slice(target.length + 1)}`);
        }
      }
      return undefined;
    },
  };
}
