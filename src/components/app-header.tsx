import { ModeBadge } from './mode-badge.tsx';
import { ResetLabButton } from './reset-lab-button.tsx';

/** Product name, who answers, and the lab's reset. */
export function AppHeader() {
  return (
    <header className="app-header">
      <h1 className="app-title">Nomad + Vault walkthrough</h1>
      <div className="header-tools">
        <ModeBadge />
        <ResetLabButton />
      </div>
    </header>
  );
}
