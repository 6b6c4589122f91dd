import type { Assistant } from './assistant.js';
import type { ModerationCheck } from './checks.js';

/**
 * Whether the model may be asked for the reply while the remote input checks
 * are still judging the message (`overlapInput`). Nothing of such a reply is
 * released before every input check passed; a refusal, an escalation or a
 * failure aborts the request and its text is dropped. What it costs is that
 * the generation endpoint receives a message a check may then refuse, so it
 * is allowed only where that endpoint learns nothing it would not learn
 * anyway:
 *
 * - the reply comes from this server (the offline assistant) or from a
 *   generation endpoint declared first party (`chatFirstParty`);
 * - or the message goes, at the same time, to a remote check of the same
 *   provider (`sameProvider`: the moderation endpoint on the chat's own
 *   client). A message judged only by checks that stay with the
 *   organisation (a first-party classifier) or by another vendor's check
 *   never reaches a third-party model before they decide.
 */
export function overlapInputAllowed(options: {
  enabled: boolean;
  assistant: Assistant;
  chatFirstParty: boolean;
  /** The input checks that will judge this message. */
  checks: readonly ModerationCheck[];
  /** Remote checks that send the message to the generation endpoint's provider. */
  sameProvider: ReadonlySet<ModerationCheck>;
}): boolean {
  if (!options.enabled) return false;
  if (options.assistant.kind !== 'openai' || options.chatFirstParty) return true;
  return options.checks.some((check) => check.remote === true && options.sameProvider.has(check));
}
