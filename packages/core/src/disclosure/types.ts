import type { AgeBand } from '../age/band.js';

/** One part of a disclosure: a short heading and its text. */
export interface DisclosureSection {
  /** Stable name of the section, e.g. `ai` or `privacy`; used to customise it and by slot renderers. */
  id: string;
  heading: string;
  /** Plain text; a blank line starts a new paragraph. */
  body: string;
}

/** What `getDisclosure` answers (the public contract). */
export interface Disclosure {
  /** Derived from the text; changes whenever any word of it does. */
  version: string;
  title: string;
  sections: { heading: string; body: string }[];
}

/** A disclosure with everything the components need: section ids, band and the locale actually used. */
export interface ResolvedDisclosure {
  version: string;
  band: AgeBand;
  /** The locale the text is in (after falling back, e.g. `es-MX` → `es`). */
  locale: string;
  title: string;
  sections: DisclosureSection[];
}

/** Wording for the retention sentence, chosen by the app's `facts`. */
export interface RetentionWording {
  /** When the app has not said how long it keeps messages. Must stay true for any app. */
  unknown: string;
  /** The app keeps messages for `{days}` days (`one` for a single day). */
  days: { one: string; other: string };
  /** The app does not keep messages once the chat ends. */
  none: string;
}

/**
 * The built-in text for one band in one locale. `{retention}` in a section
 * body is replaced by the sentence `retention` picks for the app's facts, and
 * `{reportButton}` by the report button's label (`reportMessages`'
 * `messageTrigger` for the band and locale), so the two cannot drift apart.
 */
export interface DisclosureText {
  title: string;
  sections: DisclosureSection[];
  retention: RetentionWording;
}

/** What the app tells the disclosure about itself, so the defaults can be specific and stay true. */
export interface DisclosureFacts {
  /**
   * How many days the app keeps a child's messages; `0` when it keeps none
   * after the chat ends. Leave it out if you cannot say: the text then
   * points to the app's privacy notice instead of guessing.
   */
  retentionDays?: number;
}

/** Changes to one band's disclosure. */
export interface DisclosureOverride {
  /** Replaces the title. */
  title?: string;
  /**
   * Either changes to the built-in sections by id (`{ privacy: { body: '…' } }`;
   * `null` removes a section that is not required), or a whole new list of
   * sections. Minors' disclosures must keep the sections in `REQUIRED_SECTIONS`.
   */
  sections?: { readonly [id: string]: Partial<Omit<DisclosureSection, 'id'>> | null } | readonly DisclosureSection[];
  /** Sections to add, at the end or `after` a section id. */
  add?: readonly (DisclosureSection & { after?: string })[];
  /** Wording of the retention sentence (mostly for a locale youthchat does not ship). */
  retention?: Partial<RetentionWording>;
}

export type DisclosureBandOverrides = Partial<Record<AgeBand, DisclosureOverride>>;

/**
 * An app's disclosure customisation. Top-level band keys apply in every
 * locale; put wording for one language under `locales` (it wins over the
 * top-level keys, and a locale youthchat does not ship can be added this way).
 */
export interface DisclosureConfig extends DisclosureBandOverrides {
  locales?: Readonly<Record<string, DisclosureBandOverrides>>;
  facts?: DisclosureFacts;
}

/** Strings around the disclosure: buttons, the trigger and the reminder. */
export interface DisclosureUiMessages {
  /** Button that records the acknowledgement. */
  acknowledge: string;
  /** Button that closes the disclosure when it was reopened. */
  close: string;
  /** The "About this AI" trigger. */
  trigger: string;
  reminderTitle: string;
  /** Says again that this is an AI, not a person, and gently suggests a break. */
  reminderBody: string;
  /** Dismisses the reminder. */
  keepChatting: string;
  /** Shown when the app handles breaks (`onTakeBreak`). */
  takeBreak: string;
  /** Opens the full disclosure from the reminder. */
  readAgain: string;
}
