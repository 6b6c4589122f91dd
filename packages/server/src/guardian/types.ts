import type { AgeBand } from '@youthchat/core';
import type { EscalationOutboxStore } from '../escalation/delivery.js';

/** Quiet hours as wall-clock times in the guardian's time zone; `start` after `end` spans midnight. */
export interface QuietHours {
  /** `HH:MM`, 24-hour. */
  start: string;
  /** `HH:MM`, 24-hour. */
  end: string;
}

/** What a linked guardian controls. */
export interface GuardianSettings {
  /** Alerts about high-severity escalations (category, severity, time, next steps; never text). */
  alerts: boolean;
  /** No chat between these times; null for none. */
  quietHours: QuietHours | null;
  /** Minutes of chat per day (the guardian's day); null for no limit. */
  dailyLimitMinutes: number | null;
  /** IANA time zone the quiet hours and the day are read in. */
  timeZone: string;
}

export const DEFAULT_GUARDIAN_SETTINGS: GuardianSettings = Object.freeze({
  alerts: true,
  quietHours: null,
  dailyLimitMinutes: null,
  timeZone: 'UTC',
});

/** A guardian link as the store keeps it. Times are epoch ms; secrets are kept only as SHA-256 hashes. */
export interface GuardianLink {
  id: string;
  /** Keyed hash of the teen's age session: the `subject` of their escalation events. */
  subject: string;
  band: AgeBand;
  status: 'pending' | 'linked';
  /** Used for the confirmation and alerts only; deleted with the link. */
  guardianEmail: string;
  guardianLocale: string;
  /** Hash of the single-use confirmation token; null once used. */
  confirmHash: string | null;
  confirmExpiresAt: number;
  /** Hash of the guardian's settings credential; null until confirmed. */
  manageHash: string | null;
  createdAt: number;
  linkedAt: number | null;
  settings: GuardianSettings;
  /** When the last alert was queued, for the teen's notice. */
  lastAlertAt: number | null;
}

/** Links, settings, chat time and the guardian alert outbox: one interface for SQLite and PostgreSQL. */
export interface GuardianStore extends EscalationOutboxStore {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores a new pending link for a subject, replacing a pending one. False
   * (and nothing stored) when the subject already has a confirmed guardian.
   */
  insertPendingLink(link: GuardianLink): Promise<boolean>;
  linkBySubject(subject: string): Promise<GuardianLink | null>;
  linkById(id: string): Promise<GuardianLink | null>;
  linkByConfirmHash(hash: string): Promise<GuardianLink | null>;
  linkByManageHash(hash: string): Promise<GuardianLink | null>;
  /** Uses the confirmation once: true only for the one call that found it pending and unexpired. */
  confirmLink(id: string, manageHash: string, now: number): Promise<boolean>;
  updateSettings(id: string, settings: GuardianSettings): Promise<void>;
  recordAlert(id: string, at: number): Promise<void>;
  /** Deletes the link, its chat time, and with them the guardian's email. */
  deleteLink(id: string): Promise<void>;
  /** Seconds of chat counted for the link on `day` (YYYY-MM-DD in the guardian's zone). */
  usedSeconds(id: string, day: string): Promise<number>;
  /**
   * Counts a message sent at `now`: the time since the previous message of
   * the same day, capped at `capSeconds`, or `firstSeconds` for the day's first.
   */
  addUsage(id: string, day: string, now: number, capSeconds: number, firstSeconds: number): Promise<number>;
  /** Deletes pending links whose confirmation expired (and their emails), and old chat-time rows. */
  purge(now: number): Promise<{ links: number }>;
  close(): Promise<void>;
}
