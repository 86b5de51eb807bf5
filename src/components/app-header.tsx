import { ModeBadge } from './mode-badge.tsx';
import { ModeSwitcher } from './mode-switcher.tsx';
import { PresenterToggle } from './presenter-toggle.tsx';
import { ResetLabButton } from './reset-lab-button.tsx';

/** Product name, who answers (and the switch), and the lab's reset. */
export function AppHeader() {
  return (
    <header className="app-header">
      <h1 className="app-title">Nomad + Vault walkthrough</h1>
      <div className="header-tools">
        <ModeBadge />
        <ModeSwitcher />
        <PresenterToggle />
        <ResetLabButton />
      </div>
    </header>
  );
}
