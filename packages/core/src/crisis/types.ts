import type { AgeBand } from '../age/band.js';

/** Who a line is for: `young` lines serve children and young people only. */
export type CrisisAudience = 'young' | 'all';

/** A help line, ready to show in one locale. */
export interface CrisisLine {
  /** Stable id, e.g. `gb-childline`; an app line with the same id replaces a built-in one. */
  id: string;
  /** ISO 3166-1 alpha-2 country it serves; absent for lines shown everywhere (the fallback, app lines). */
  country?: string;
  name: string;
  /** One sentence on who it is for, in the reader's language. */
  description: string;
  /** Number to call, as written locally (`0800 1111`). */
  phone?: string;
  /** Number to text (`85258`). */
  sms?: string;
  /** Word to send by text, when the service asks for one (`SHOUT`). */
  smsKeyword?: string;
  /** Website (https). */
  url?: string;
  /** `tel:` link for `phone`. */
  telHref?: string;
  /** `sms:` link for `sms`, with the keyword as the message body. */
  smsHref?: string;
  /** Open every hour of every day. Only set where the service says so. */
  alwaysOpen: boolean;
  /** Free to call or text. */
  free: boolean;
  audience: CrisisAudience;
  /** Screening categories the line is especially for (`self-harm`, `abuse`, `grooming`, …). */
  topics: readonly string[];
}

/** A line an app adds or uses to replace a built-in one. */
export interface CrisisLineInput {
  id: string;
  /** Only shown in this country; leave out to show it everywhere. */
  country?: string;
  name: string;
  /** One sentence, or one per locale (`{ en: '…', es: '…' }`; `en` is the last fallback). */
  description?: string | Readonly<Record<string, string>>;
  phone?: string;
  sms?: string;
  smsKeyword?: string;
  url?: string;
  /** @default false */
  alwaysOpen?: boolean;
  /** @default false */
  free?: boolean;
  /** @default 'all' */
  audience?: CrisisAudience;
  /** Screening categories the line is especially for; such lines come first when a message raised them. */
  topics?: readonly string[];
}

export interface CrisisLineOptions {
  /**
   * Lines to add (an app line with a built-in id replaces that line), or a
   * function that gets the built-in lines for the country and returns the
   * list to show, to reorder, filter or replace them all.
   */
  lines?: readonly CrisisLineInput[] | ((builtIn: readonly CrisisLine[]) => readonly CrisisLineInput[]);
  /**
   * Shown when there is no line for the country. `null` shows none.
   * @default Find A Helpline (findahelpline.com)
   */
  fallback?: CrisisLineInput | null;
  /** Adults are not shown lines that serve only young people (unless nothing else is left). */
  band?: AgeBand;
  /** Screening categories that led here (e.g. `['self-harm']`): lines for them come first. */
  categories?: readonly string[];
}

/** Strings around the help lines. `{number}`, `{keyword}` and `{name}` are filled in. */
export interface CrisisMessages {
  heading: string;
  /** Says help is there and that the chat can go on. */
  intro: string;
  /** Link text for calling: `Call {number}`. */
  call: string;
  /** Link text for texting: `Text {number}`. */
  text: string;
  /** Link text for texting a keyword: `Text {keyword} to {number}`. */
  textKeyword: string;
  /** Link text for a website: `Visit {name}`. */
  website: string;
  /** Read after a link that opens in a new tab. */
  newTab: string;
  free: string;
  alwaysOpen: string;
  /** `If you are in danger right now, call {number}.` */
  emergency: string;
  /** The same without a known number. */
  emergencyUnknown: string;
  /** Descriptions of the built-in lines, by id. */
  lines: Readonly<Record<string, string>>;
}
