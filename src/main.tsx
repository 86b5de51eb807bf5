import './lib/zod-config.ts';

import { createRoot } from 'react-dom/client';

import { App } from './app/app.tsx';
import { boot } from './app/boot.ts';
import { BootScreen } from './app/boot-screen.tsx';
import {
  clearCacheOnModeChange,
  createQueryClient,
} from './app/query-client.ts';
import { configureAddresses } from './guide/index.ts';
import { appStore } from './state/use-app-store.ts';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);

function showProgress(message: string): void {
  root.render(<BootScreen message={message} />);
}

// The mode decides who answers; nothing may query before it is ready.
async function start(): Promise<void> {
  showProgress('Connecting…');
  const booted = await boot(showProgress);
  const queryClient = createQueryClient();
  appStore.getState().setModeInfo(booted.modeInfo);
  configureAddresses(booted.modeInfo);
  clearCacheOnModeChange(appStore, queryClient);
  root.render(<App queryClient={queryClient} lab={booted.lab} />);
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  root.render(<BootScreen message="" error={message} />);
});
