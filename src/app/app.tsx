import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';

import { LabControlsContext, type LabControls } from './lab-controls.ts';
import { Shell } from './shell.tsx';

interface AppProps {
  queryClient: QueryClient;
  lab: LabControls;
}

/** Providers around the shell; the router uses the browser's location. */
export function App({ queryClient, lab }: AppProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LabControlsContext value={lab}>
          <Shell />
        </LabControlsContext>
      </QueryClientProvider>
    </StrictMode>
  );
}
