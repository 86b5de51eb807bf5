import { useQuery } from '@tanstack/react-query';

import { readLabInfo } from '../api/lab.ts';
import { labKeys } from '../api/query-keys.ts';
import { useAppStore } from '../state/use-app-store.ts';
import { describeMode } from './describe-mode.ts';

/** Says who answers the app's requests, so a learner never has to guess. */
export function ModeBadge() {
  const modeInfo = useAppStore((state) => state.modeInfo);
  const hasLab = modeInfo.mode !== 'live';
  const labInfo = useQuery({
    queryKey: labKeys.info(),
    queryFn: readLabInfo,
    enabled: hasLab,
    staleTime: Infinity,
  });
  const profile = labInfo.data?.profile;

  return (
    <p className="mode-badge" data-mode={modeInfo.mode}>
      <span className="mode-label">Answering: </span>
      <strong>{describeMode(modeInfo)}</strong>
      {hasLab && profile ? (
        <span className="mode-versions">
          {' '}
          · Vault {profile.vaultVersion} · Nomad {profile.nomadVersion}
        </span>
      ) : null}
    </p>
  );
}
