import { render } from '@testing-library/react';
import type { AgeBand, Policy } from '@youthchat/core';
import { AIDisclosure, type AIDisclosureProps, useAIDisclosure, YouthSafetyProvider } from '@youthchat/react';
import { settleAnimations } from '../../helpers/axe.ts';

/**
 * Web Storage over the page's localStorage, as a new object: the components
 * keep one store per storage object, so handing them a new one is what a
 * reload does (new page state, same stored data).
 */
export function reloadedLocalStorage(): Storage {
  return {
    get length() {
      return localStorage.length;
    },
    clear: () => localStorage.clear(),
    getItem: (key) => localStorage.getItem(key),
    key: (index) => localStorage.key(index),
    removeItem: (key) => localStorage.removeItem(key),
    setItem: (key, value) => localStorage.setItem(key, value),
  };
}

/**
 * Waits for CSS animations to finish and React to commit what follows (the
 * dialog unmounting after its exit animation). Uses animation frames, not
 * timers, so it works while the clock is faked; axe also needs it, since a
 * half-faded dialog has half its contrast.
 */
export async function settle(): Promise<void> {
  // Frames, not time: a busy machine delays them, never skips them. An exit animation ends, then Radix's Presence
  // unmounts the content a task or two later; so the page is settled when two frames in a row run no animation and
  // change nothing in the document.
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    for (let quiet = 0, frames = 0; quiet < 2 && frames < MAX_SETTLE_FRAMES; frames++) {
      changed = false;
      await frame();
      const running = await settleAnimations(document.body);
      quiet = running === 0 && !changed ? quiet + 1 : 0;
    }
  } finally {
    observer.disconnect();
  }
}

/** About ten seconds of frames: a page that keeps changing has settled as far as it will. */
const MAX_SETTLE_FRAMES = 600;

function Chat() {
  const { acknowledged, reminderDue } = useAIDisclosure();
  return (
    <main>
      <h1>Chat</h1>
      <label>
        Message
        <textarea />
      </label>
      <button type="button" disabled={!acknowledged}>
        Send
      </button>
      <p>{reminderDue ? 'Reminder due' : 'No reminder due'}</p>
    </main>
  );
}

export interface RenderOptions extends AIDisclosureProps {
  band?: AgeBand;
  locale?: string;
  policy?: Policy;
  storage?: Storage;
}

export function renderChat({ band = 'under13', locale = 'en', policy, storage, ...props }: RenderOptions = {}) {
  return render(
    <YouthSafetyProvider
      band={band}
      locale={locale}
      storageKey="browser"
      {...(policy ? { policy } : {})}
      {...(storage ? { storage } : {})}
    >
      <AIDisclosure trigger {...props} />
      <Chat />
    </YouthSafetyProvider>,
  );
}
