/** A guardian's settings as the server's `/api/guardian` routes carry them. */
export interface GuardianSettingsValue {
  alerts: boolean;
  /** `HH:MM` times in `timeZone`; start after end spans midnight. */
  quietHours: { start: string; end: string } | null;
  dailyLimitMinutes: number | null;
  timeZone: string;
}

/** `GET /api/guardian`, as the teen's app reads it. */
export type GuardianStatus =
  | { status: 'none' }
  | { status: 'pending'; expiresAt: string }
  | {
      status: 'linked';
      linkedAt: string | null;
      settings: GuardianSettingsValue;
      usedMinutesToday: number;
      lastAlertAt: string | null;
    };
