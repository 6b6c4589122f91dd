import { consentAllows } from '@youthchat/core';
import { useYouthSafety } from '../provider/context.js';

/**
 * True while the age gate's answer says a parent has not (yet) agreed to the
 * child using the chat (`required`, `pending`, `denied`, or granted without
 * `use`). The AI disclosure waits until then: the gate's next step (asking a
 * parent) comes first, and the disclosure opens once `use` is granted.
 */
export function useWaitingForParent(component: string): boolean {
  const { age } = useYouthSafety(component);
  return age !== null && !consentAllows(age.consent, age.consentScopes ?? []).chat;
}
