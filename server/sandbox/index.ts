// The sandbox's public face: start it, print its banner, and let the Node
// server forward the app's /api/lab and /api/mode to it.
export { sandboxBanner } from './banner.ts';
export { EMULATOR_HEADER, EMULATOR_NAME } from './emulator-mark.ts';
export { registerSandboxRoutes } from './proxy-routes.ts';
export type { SandboxAddresses } from './proxy-routes.ts';
export { startSandbox } from './start.ts';
export type { Sandbox, SandboxOptions } from './start.ts';
