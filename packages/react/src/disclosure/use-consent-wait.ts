import { useYouthSafety } from '../provider/context.js';

/**
 * True while the age gate's answer says a parent has not (yet) agreed to the
 * child using the chat (`required`, `pending`, `denied`, or granted without
 * `use`). The AI disclosure waits until then: the gate's next step (asking a
 * parent) comes first, and the disclosure opens once `use` is granted.
 * (What `consentAllows(…).chat` says, written out so the chat's first load carries no consent tables.)
 */
export function useWaitingForParent(component: string): boolean {
  const { age } = useYouthSafety(component);
  if (age === null || age.consent === 'not-needed') return false;
  return !(age.consent === 'granted' && (age.consentScopes ?? []).includes('use'));
}
