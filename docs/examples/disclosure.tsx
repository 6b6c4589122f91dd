import '@youthchat/react/styles.css';
import { AIDisclosure, useAIDisclosure, YouthSafetyProvider } from '@youthchat/react';

function Composer() {
  const { acknowledged, open } = useAIDisclosure();
  return (
    <form>
      <textarea aria-label="Message" />
      <button type="submit" disabled={!acknowledged}>
        Send
      </button>
      <button type="button" onClick={open}>
        About this AI
      </button>
    </form>
  );
}

export function App() {
  return (
    <YouthSafetyProvider locale="fr">
      <AIDisclosure onTakeBreak={() => window.location.assign('/')} />
      <Composer />
    </YouthSafetyProvider>
  );
}
