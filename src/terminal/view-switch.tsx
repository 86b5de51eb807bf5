export type CallViewKind = 'cli' | 'curl' | 'http';

const LABELS: Record<CallViewKind, string> = {
  cli: 'CLI',
  curl: 'curl',
  http: 'HTTP',
};

interface ViewSwitchProps {
  view: CallViewKind;
  onChange(view: CallViewKind): void;
}

/** Chooses how the terminal shows each action: CLI, curl or raw HTTP. */
export function ViewSwitch({ view, onChange }: ViewSwitchProps) {
  return (
    <div role="group" aria-label="Show calls as" className="view-switch">
      {(Object.keys(LABELS) as CallViewKind[]).map((kind) => (
        <button
          key={kind}
          type="button"
          className="view-switch-button"
          aria-pressed={view === kind}
          onClick={() => onChange(kind)}
        >
          {LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
