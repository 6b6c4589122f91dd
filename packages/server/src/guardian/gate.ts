import { type Catalogue, formatMessage, pickMessages } from '@youthchat/core';
import type { ChatGate } from '../chat/gate.js';
import { type ChatHoldMessages, chatHoldMessages } from '../chat/hold-messages.js';
import { inQuietHours, wallClock } from './clock.js';
import type { GuardianStore } from './types.js';

/** A message counts the time since the previous one, up to five minutes; the day's first counts one. */
export const USAGE_CAP_SECONDS = 300;
export const USAGE_FIRST_SECONDS = 60;

/**
 * Holds a linked teen's chat in the quiet hours and once the day's minutes
 * are used (in the guardian's time zone), before any screening or model
 * call; otherwise counts the message's time.
 */
export function guardianChatGate(
  store: GuardianStore,
  options: { messages?: Catalogue<ChatHoldMessages> } = {},
): ChatGate {
  const catalogue = options.messages ?? chatHoldMessages;
  return async ({ subject, claims, locale, now }) => {
    if (claims.band !== 'teen13to15' && claims.band !== 'teen16to17') return null;
    const link = await store.linkBySubject(subject);
    if (link?.status !== 'linked') return null;
    const { settings } = link;
    const t = pickMessages(catalogue, locale, claims.band);
    const clock = wallClock(now, settings.timeZone);
    if (settings.quietHours) {
      const quiet = inQuietHours(clock.minute, settings.quietHours);
      if (quiet.quiet) {
        return {
          status: 423,
          code: 'guardian_quiet_hours',
          message: formatMessage(t.quietHours, { time: settings.quietHours.end }),
          retryAfterSeconds: quiet.minutesLeft * 60,
        };
      }
    }
    if (settings.dailyLimitMinutes !== null) {
      const used = await store.usedSeconds(link.id, clock.day);
      if (used >= settings.dailyLimitMinutes * 60) {
        return {
          status: 429,
          code: 'guardian_time_limit',
          message: formatMessage(t.timeLimit, { minutes: settings.dailyLimitMinutes }),
          retryAfterSeconds: (1440 - clock.minute) * 60,
        };
      }
    }
    await store.addUsage(link.id, clock.day, now.getTime(), USAGE_CAP_SECONDS, USAGE_FIRST_SECONDS);
    return null;
  };
}
