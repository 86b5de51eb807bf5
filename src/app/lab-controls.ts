import { createContext, useContext } from 'react';

/** What the app can do to the answerer beyond the Vault and Nomad APIs. */
export interface LabControls {
  /** Present in mock and sandbox modes; a real Vault is never reset. */
  reset?: () => Promise<void>;
}

export const LabControlsContext = createContext<LabControls>({});

export function useLabControls(): LabControls {
  return useContext(LabControlsContext);
}
