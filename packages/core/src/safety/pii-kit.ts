/**
 * What the scrubber's readers loaded on demand (pii-given.ts, pii-pack-cues.ts) use of the engine, handed to
 * them when they load. They import none of it, only its types: a bundler that splits code then keeps the
 * engine in one chunk (its parts would otherwise be split by which on-demand chunk shares them, each chunk
 * compressed apart, about 0.9 KB more before the first message).
 */
import { commonWords, givenNames, notNameWords } from './lexicon.js';
import { isPlatform } from './pii-contact.js';
import { contextCues, famousMention, givenName, thirdParty, writerWord } from './pii-context.js';
import {
  aboutTheWriter,
  FIRST_PERSON,
  famous,
  germanVerb,
  HOUSEHOLD_WORDS,
  INTRO_WORDS,
  introName,
  isRelation,
  known,
  longerLower,
  lowerFull,
  lowerKnown,
  nameAfterRelation,
  PERSONAL,
  packCues,
  petWord,
  plausibleAlone,
  readName,
  readNamesAnywhere,
  stopWord,
  TITLES,
  TO_ME,
  take,
  takeIntro,
  upper,
  verbAfterName,
  WEAK_WORDS,
  WORK_TALK,
} from './pii-names.js';
import { addStreet, livesBefore, PACK_STREET_WORDS, streetWords } from './pii-places.js';
import { alternation, eitherCase, fold, fromPacks, lexicon } from './pii-shared.js';
import { WordTable } from './word-table.js';

export const kit = {
  aboutTheWriter,
  addStreet,
  alternation,
  commonWords,
  contextCues,
  eitherCase,
  FIRST_PERSON,
  famous,
  famousMention,
  fold,
  fromPacks,
  germanVerb,
  givenName,
  givenNames,
  HOUSEHOLD_WORDS,
  INTRO_WORDS,
  introName,
  isPlatform,
  isRelation,
  known,
  lexicon,
  livesBefore,
  longerLower,
  lowerFull,
  lowerKnown,
  nameAfterRelation,
  notNameWords,
  PACK_STREET_WORDS,
  PERSONAL,
  packCues,
  petWord,
  plausibleAlone,
  readName,
  readNamesAnywhere,
  stopWord,
  streetWords,
  TITLES,
  TO_ME,
  take,
  takeIntro,
  thirdParty,
  upper,
  verbAfterName,
  WEAK_WORDS,
  WordTable,
  WORK_TALK,
  writerWord,
};
export type Kit = typeof kit;
