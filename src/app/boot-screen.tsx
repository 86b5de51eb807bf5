interface BootScreenProps {
  message: string;
  error?: string;
}

/** Shown before the app can answer: the mode check and the offline lab. */
export function BootScreen({ message, error }: BootScreenProps) {
  return (
    <main className="boot-screen">
      <h1 className="boot-title">Nomad + Vault walkthrough</h1>
      {error === undefined ? (
        <p role="status" className="boot-message">
          {message}
        </p>
      ) : (
        <div role="alert" className="boot-error">
          <p>The app could not start: {error}</p>
          <p>Reload the page to try again.</p>
        </div>
      )}
    </main>
  );
}
