// Every top-level command the terminal knows, sorted by name.
import { builtins } from './builtins.ts';
import type { CommandNode } from './command.ts';
import { curlCommand } from './curl.ts';
import { hostCommands } from './host.ts';
import { nomadProgram } from './nomad/nomad.ts';
import { vaultProgram } from './vault/vault.ts';

export const programs: readonly CommandNode[] = [
  vaultProgram,
  nomadProgram,
  curlCommand,
  ...builtins,
  ...hostCommands,
].sort((a, b) => (a.name < b.name ? -1 : 1));
