declare const process: { env: { NODE_ENV?: string } };

/**
 * Which of the mounted `AIDisclosure` dialogs may open. Several may be on a
 * page (an app's own next to the one `SafeChat` renders, two chats): only one
 * ever opens, so two modal dialogs never hide each other, and since they share
 * the acknowledgement store, acknowledging it acknowledges for all.
 */
export interface DisclosureCoordinator {
  /** Adds a dialog; an app's own (`builtIn: false`) wins over the chat's. Returns the function that removes it. */
  register(id: string, builtIn: boolean): () => void;
  /** The dialog that may open, or null while none is mounted. */
  getOwner(): string | null;
  subscribe(listener: () => void): () => void;
}

export function createDisclosureCoordinator(): DisclosureCoordinator {
  const entries: { id: string; builtIn: boolean }[] = [];
  const listeners = new Set<() => void>();
  let owner: string | null = null;
  let warned = false;

  const settle = () => {
    const next = (entries.find((e) => !e.builtIn) ?? entries[0])?.id ?? null;
    if (next === owner) return;
    owner = next;
    for (const listener of listeners) listener();
  };

  return {
    register(id, builtIn) {
      entries.push({ id, builtIn });
      // Bundlers replace process.env.NODE_ENV, so production builds drop the warning.
      if (process.env.NODE_ENV !== 'production' && entries.length > 1 && !warned) {
        warned = true;
        console.warn(
          'youthchat: more than one AIDisclosure dialog is mounted under one YouthSafetyProvider. Only one opens ' +
            '(your own AIDisclosure before the one SafeChat renders), and acknowledging it counts for all. ' +
            'Configure the disclosure once, with YouthSafetyProvider’s `disclosures` prop, and render one dialog: ' +
            'pass renderDisclosure={false} to SafeChat when you render AIDisclosure yourself.',
        );
      }
      settle();
      return () => {
        const at = entries.findIndex((e) => e.id === id);
        if (at >= 0) entries.splice(at, 1);
        settle();
      };
    },
    getOwner: () => owner,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const coordinators = new WeakMap<object, DisclosureCoordinator>();

/**
 * The coordinator of the provider whose `disclosureScope` this is, made on
 * first use, so the provider itself carries none of this code.
 */
export function coordinatorFor(scope: object): DisclosureCoordinator {
  let coordinator = coordinators.get(scope);
  if (!coordinator) {
    coordinator = createDisclosureCoordinator();
    coordinators.set(scope, coordinator);
  }
  return coordinator;
}
