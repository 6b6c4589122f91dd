/** What the words around a finding say about whose it is: the child's, or someone famous's. */
import { famousPeople, givenNames } from './lexicon.js';
import { alternation, fold, fromPacks, lexicon, literal, perScan, type Scan } from './pii-shared.js';

/** A quiz or a school report asked about someone just named: a public figure ("…, mach ein quiz über ihn"). */
const ABOUT_THEM =
  /(?:quiz|test|expos|referat|vortrag|report|essay|presenta|trabajo|poster|plakat|steckbrief|biogra)[\p{L}]*\s+(?:[üu]e?ber|sur|sobre|about|on)\s+(?:ihn|sie|lui|elle|[ée]l|ella|him|her|them)(?![\p{L}])/giu;
/** Words for the writer that only say whom a request is for ("fais-moi un quiz", "make me a quiz"). */
const FOR_ME = /^(?:me|moi|mir|mich|us|nous|uns)$/i;
let aboutText: string | undefined;
let aboutAt: number[] = [];
/** Where the message asks about someone just named; read once per message, as a message may hold thousands of findings. */
function aboutCues(text: string): number[] {
  if (text !== aboutText) {
    aboutAt = [];
    ABOUT_THEM.lastIndex = 0;
    for (let m = ABOUT_THEM.exec(text); m; m = ABOUT_THEM.exec(text)) aboutAt.push(m.index);
  }
  // Kept even when equal: see perMessage.
  aboutText = text;
  return aboutAt;
}

/**
 * Whether the finding from `start` to `end` is the one a quiz or a report is then asked about ("Mark Forster
 * hat am 11. januar geburtstag, mach ein quiz über ihn"): the request follows it closely, with no word for
 * the child in between or just before it. Only that finding: the child naming themself elsewhere in the
 * message ("…, quiz about her. im Clara Neumann") is still the child.
 */
export function aboutThem(text: string, start: number, end: number = start): boolean {
  const at = aboutCues(text);
  if (at.length === 0) return false;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  const cue = at[lo];
  if (cue === undefined || cue - end > 100) return false;
  const mine = (w: string) => w.split(/['’]/).some((p) => p !== '' && writerWord(p) && !FOR_ME.test(p));
  if (wordsOf(text.slice(end, cue)).some(mine)) return false;
  return !wordsOf(text.slice(Math.max(0, start - 30), start))
    .slice(-3)
    .some(mine);
}

/** A common given name, in English or in a loaded language. */
export function givenName(word: string): boolean {
  const key = fold(word);
  if (givenNames().has(key) || lexicon().set('names').has(key)) return true;
  // A double given name, both parts names (one of them may be a word too): "Marie-Luise", "sophie-rose", "Jean-Pierre";
  // not a firm's "Ellis-Ingram", nor "beau-père" or "Henri-IV".
  const parts = key.split(/[-‐]/);
  const named = (p: string) => givenNames().has(p) || lexicon().set('names').has(p);
  // A first part that is also a word, before a name that is none: "lily-mae", "rose-marie".
  const ambiguous = (p: string) => lexicon().set('ambiguous').has(p);
  return (
    parts.length === 2 &&
    named(parts[0]!) &&
    (ambiguous(parts[0]!) ? named(parts[1]!) && !ambiguous(parts[1]!) : named(parts[1]!) || ambiguous(parts[1]!))
  );
}

/** A favourite among public figures: "mi jugador favorito", "mon chanteur préféré", "Lieblingsspieler". */
export const PUBLIC_FAVOURITE =
  /lieblings-?(?:spiel|s[äa]ng|band|youtub|stream|rapp|schauspiel|fu[sß]+ball|sportl|star|influenc)|(?:jugador|cantante|youtub[\p{L}]*|streamer|rap|joueu|chanteu|acteu|actor|actriz|footbal|futbol)[\p{L}]*\s+(?:favorit|pr[ée]f[ée]r|preferid)|fav[\p{L}]*\s+(?:player|singer|youtuber|streamer|rapper|actor|actress|footballer|band|artist|athlete)|(?<![\p{L}])(?:idoles?|idols?|[íi]dolos?|vorbild)(?![\p{L}])/iu;

/** Words for the child in English; the packs add theirs. */
const ME = /^(?:i|im|me|my|mine|myself|we|us|our|ours)$/;
/** Words that stand for someone already named: they neither make nor break a famous subject. */
const PRONOUN = /^(?:he|she|they|it|il|elle|ils|elles|er|sie|es|él|ella|ellos|the|der|die|das|le|la|el)$/;
/** A story's character, as a word: "l'héroïne", "der Held", "the main character". */
export const STORY_CHARACTER =
  /^(?:l['’])?(?:h[ée]ro[ïi]ne|h[ée]ros|personnage|protagonist[\p{L}]*|heroine|hero|character|heldin|held|hauptfigur|personaje|protagonista)$/iu;
/** "And" joining two clauses of one subject. */
const AND = /^(?:and|und|et|y|e)$/i;
/** Pronouns for a person, alone as a clause's subject. */
const PERSON_PRONOUN = /^(?:he|she|they|il|elle|ils|elles|er|sie|él|ella|ellos|ellas)$/;

const pattern = (list: string[]) =>
  new RegExp(
    `(?<![\\p{L}])(?:${list
      .sort((a, b) => b.length - a.length)
      .map((t) =>
        literal(t)
          .replace(/ /g, '\\s+')
          // A template's slot: the words between a verb's two parts ("ist * geboren").
          .replace(/\\\*/g, '[^.!?\\n]{0,60}?'),
      )
      .join('|')})(?![\\p{L}])`,
    'iu',
  );

const THEIRS = fromPacks((lx) =>
  pattern(['lived', 'was born', 'is born', 'were born', 'is at', 'is located', ...lx.list('theirs')]),
);
/** "Shakira cumple años…", "Helene Fischer hat am…": a birthday of the subject named before. */
const CELEBRATES = fromPacks((lx) => (lx.list('celebrates').length ? pattern(lx.list('celebrates')) : undefined));
/** "el cumpleaños de Bizarrap", "Dr. Seuss's birthday": the owner of a birthday, named. */
const OWNER = fromPacks((lx) => {
  const things = alternation(['birthday', 'bday', 'b-day', ...lx.list('births')]);
  return {
    // "Swift's birthday", and typed without the apostrophe, "Shah Rukh Khan birthday".
    before: new RegExp(`(\\p{Lu}[\\p{L}\\p{M}-]+)(?:['’]s)?\\s+(?:${things})(?![\\p{L}])`, 'u'),
    after: new RegExp(
      `(?<![\\p{L}])(?:${things})\\s+(?:de|del|von|vom|of|d['’]\\s?)\\s*(\\p{Lu}[\\p{L}\\p{M}-]+)(?![\\p{L}])`,
      'iu',
    ),
  };
});

/** Whether a word is one the child uses for themself, in English or a loaded language. */
export function firstPerson(word: string): boolean {
  const w = word.toLowerCase();
  return ME.test(w) || lexicon().set('me').has(fold(w));
}

/** Words for the writer in a pack that are something else in English: "on" (French "we"), "mia" (a name). */
const ALSO_ENGLISH = /^(?:on|mia)$/i;

/** A word the writer uses for themself, leaving out those that are everyday English words too. */
export function writerWord(word: string): boolean {
  return firstPerson(word) && !ALSO_ENGLISH.test(word);
}

/** Very famous people and characters, one word or a given name and a surname joined by `_`. */
export function famousKey(key: string): boolean {
  return famousPeople().has(key) || lexicon().set('famous').has(fold(key));
}

/** The first words of the famous names, folded: most words of a message are none, and are passed over at once. */
const FAMOUS_FIRST = fromPacks((lx) => {
  const first = new Set<string>();
  for (const key of [...famousPeople(), ...lx.set('famous')]) first.add(fold(key.split('_')[0]!));
  return first;
});

/**
 * Where the words (in order) last name someone famous, as the index of the
 * word after the name, or -1: a pair ("peppa pig"), or one word ("tintin"),
 * also with a possessive or genitive ending ("Beethovens", "Swift's").
 */
export function famousMention(tokens: string[]): number {
  const first = FAMOUS_FIRST();
  const plain = tokens.map((t) => t.toLowerCase().replace(/['’]s?$/, ''));
  let at = -1;
  for (let i = 0; i < plain.length; i++) {
    const w = plain[i]!;
    const key = fold(w);
    if (!first.has(key) && !(key.endsWith('s') && first.has(key.slice(0, -1)))) continue;
    if (i + 1 < plain.length && famousKey(`${w}_${plain[i + 1]}`)) at = i + 2;
    else if (w.length > 2 && (famousKey(w) || (w.endsWith('s') && famousKey(w.slice(0, -1))))) {
      // A capitalised word after it makes another person's name ("Tintin Forsberg"), unless the first is a possessive.
      const other = /^[\p{Lu}]/u.test(tokens[i + 1] ?? '') && plain[i] === tokens[i]!.toLowerCase() && famousKey(w);
      if (!other) at = i + 1;
    }
  }
  return at;
}

/** Whether `text` names someone famous in full whose given name is `given` ("Sophie Scholl" for "Sophie"). */
function famousInFull(text: string, given: string): boolean {
  const tokens = wordsOf(text);
  for (let i = 0; i + 1 < tokens.length; i++)
    if (tokens[i] === given && /^[\p{Lu}]/u.test(tokens[i + 1]!) && famousMention(tokens.slice(i, i + 2)) === 2)
      return true;
  return false;
}

/** English words for the people around a child. */
const RELATION =
  /^(?:mom|mum|mother|dad|father|brother|sister|cousin|aunt|auntie|uncle|grandma|grandpa|nana|granny|friend|bff|neighbou?r|teacher|coach|stepdad|stepmom)s?$/i;
/** A word for someone of the child's, in English or a loaded pack ("min cousin", "mamie"). */
const kinWord = (word: string) => RELATION.test(word) || lexicon().set('relations').has(fold(word));

/** Whether a word is, or holds at an apostrophe, one the writer uses for themself ("j'habite" holds "j"). */
export const writerIn = (word: string) => word.split(/['’]/).some((part) => part !== '' && writerWord(part));

/** Whether a text holds a word the writer uses for themself. */
function aboutWriter(text: string): boolean {
  return wordsOf(text).some(writerIn);
}

/** The words of a stretch of text, apostrophes and hyphens inside them. */
export const wordsOf = (text: string) => text.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean);

/** An exercise's or a lesson's heading opening the message: "Exercice 7 p.84 :", "Englisch Aufgabe:", "mon cours de latin :". */
const EXERCISE_HEAD =
  /^[ \t]*(?:(?:mon|ma|mein|meine|my|mi)[ \t]+)?(?:[\p{L}]{3,14}[ \t]+)?(?:exercices?|exos?|übungsaufgaben?|übungen?|aufgaben?|exercises?|ejercicios?|cours|leçon|lecon|lektion|lesson|lecci[oó]n|setze?[ \t]+ein|erg[äa]nze|fill[ \t]+in|complete|compl[èe]te[rz]?|completa|rellena|traduis|traduisez|traduire|traduce|traducir|translate|[üu]bersetze?|conjugue[rz]?|konjugiere|conjuga|corrige[rz]?|korrigiere|correct)(?![\p{L}])[^:\n]{0,24}:/iu;
/** A blank to fill in an exercise's sentence: "Lisa ___ (gehen) jeden Tag…", "Tom … (to go)". */
const BLANK = /_{2,}|[…\x85][ \t]*\([\p{L} ]{2,20}\)|\.{3}[ \t]*\([\p{L} ]{2,20}\)/u;
/** A sentence's end: a dot after two small letters or digits ("Rennes.", not "M. Martin"), "!", "?" or a line's end. */
const SENTENCE_END = /[\p{Ll}\p{N}]{2}[.!?]["“”\x93\x94»']?(?:\s|$)|[!?\n]/u;

/**
 * Whether `start` falls in the first sentence after an exercise's or a lesson's heading that opens the message,
 * a sentence with no word for the writer: its people and addresses are the exercise's ("Exercice 7 p.84 :
 * M. Martin habite 14 rue des Lilas, 35000 Rennes.", "Übungsaufgabe Brief: An Herrn Meier, Lindenstraße 5…";
 * not "Aufgabe: Lena und ich…").
 */
export function inExercise(scan: Scan, start: number): boolean {
  if (blankSentence(scan, start)) return true;
  const head = EXERCISE_HEAD.exec(scan.text);
  if (!head || start < head[0].length) return false;
  const rest = scan.text.slice(head[0].length, head[0].length + 300);
  const end = SENTENCE_END.exec(rest);
  const sentence = rest.slice(0, end ? end.index + (end[0].length > 1 ? 3 : 1) : rest.length);
  // (A capital alone is an initial or a title's, "M. Martin", not the writer's "m'".)
  return (
    start < head[0].length + sentence.length && !wordsOf(sentence).some((w) => !/^[\p{Lu}]$/u.test(w) && writerIn(w))
  );
}

/** Whether `start` falls in a sentence with a blank to fill and no word for the writer: an exercise's sentence. */
function blankSentence(scan: Scan, start: number): boolean {
  if (!scan.text.includes('__') && !scan.text.includes('(')) return false;
  const from = Math.max(0, start - 120);
  const before = scan.text.slice(from, start);
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
    before.lastIndexOf('\n'),
  );
  const after = scan.text.slice(start, start + 120);
  const stop = after.search(/[.?!](?:\s|$)|\n/);
  const sentence = `${before.slice(cut + 1)}${stop < 0 ? after : after.slice(0, stop)}`;
  return BLANK.test(sentence) && !wordsOf(sentence).some((w) => !/^[\p{Lu}]$/u.test(w) && writerIn(w));
}

/**
 * Readers that load with the packs: where a named place stands, in the packs' `sited` words ("l'Élysée c'est
 * au…"), public addresses and pages, pets' birthdays. pii-pack-cues.ts sets them when a pack loads, so that the
 * engine for English does not carry them.
 */
export const contextCues: {
  sited?: (text: string, lead: string) => boolean;
  /** Whether an email address is a company's desk ("contact@nintendo.fr"), given the words before it. */
  publicMail?: (address: string, lead: string) => boolean;
  /** Whether the words before a link name a public page's owner ("la chaîne YouTube de Michou c'est…"). */
  publicPage?: (lead: string) => boolean;
  /** Whether the clause before a date of birth is a pet's ("mon hamster Noisette est né le…"). */
  petsBirth?: (lead: string) => boolean;
  /** A death told just after a date ("… in München hingerichtet", "mort le…"): a day someone died on. */
  died?: RegExp;
  /** Dates whose day is in words, in the packs' `days` ("le deux mars"): where each is, its day, month and year. */
  dayDates?: (text: string) => { index: number; 0: string; day: number; month: number; year: number | undefined }[];
  /** Whether the words after a link call it the writer's own page ("… ist meine Website", "…, c'est moi qui l'ai fait"). */
  ownAfter?: (after: string) => boolean;
  /** Whether the words before a date ask about the writer's own birthday ("mein Geburtstag? der…"). */
  askedMine?: (lead: string) => boolean;
  /** Whether the words before a number or an address name a service or a building ("le numéro de SOS Amitié c'est"). */
  ofService?: (lead: string) => boolean;
  /** Phone numbers read out in French or German words (pii-pack-cues.ts); `phoneBefore` tells a phone word before an index. */
  wordPhones?: (scan: Scan, phoneBefore: (index: number) => boolean) => void;
  /** Whether the words before a date name the event on that day ("Le brevet c'est le…", "Die Klassenfahrt ist am…"). */
  eventDay?: (lead: string) => boolean;
} = {};

/**
 * Whether the sentence before `index` tells of someone else than the child:
 * a famous person or a character ("Mozart wurde in der Getreidegasse 9…",
 * "sherlock holmes lives at…"), with no word for the child after their name.
 * A pronoun ("he lives at…") or a common given name ("emma lives at…") is
 * someone the child may know, and does not count. `end`, when given, is
 * where the finding ends: a verb in two parts may close after it ("Mozart
 * ist in der Getreidegasse 9 geboren").
 */
export const thirdParty: (scan: Scan, index: number, end?: number) => boolean = perScan(
  (index: number, end?: number) => `${index} ${end}`,
  thirdPartyUncached,
);

/** A question of where, just before: "Où habite Emmanuel Macron ?", "Where does Taylor Swift live?". */
const WHERE_ASKED =
  /(?:^|[.!?\n])[ \t]*([^.!?\n]*(?<![\p{L}])(?:où|ou(?=[ \t]+(?:habite|vit|vivait|habitait|est))|where|wo|d[oó]nde)(?![\p{L}])[^.!?\n]*)\?[ \t]*$/iu;

function thirdPartyUncached(scan: Scan, index: number, end?: number): boolean {
  if (aboutThem(scan.text, index, end)) return true;
  let lead = scan.before(index, 80);
  // "What's Spider-Man's address? Is it 20 Ingram Street?": a sentence that only asks goes on the one before.
  if (/^\s*(?:is|was|isn['’]t|est-ce|c['’]est|es|ist|war)\s+(?:it|that|ce|das|es)?\s*$/iu.test(lead)) {
    const wide = scan.text.slice(Math.max(0, index - 120), index - lead.length).replace(/\[[a-z_]+\]/g, ' ');
    lead = `${wide.slice(Math.max(wide.lastIndexOf('. '), wide.lastIndexOf('! '), wide.lastIndexOf('\n')) + 1)} ${lead}`;
  } else if (!wordsOf(lead).some((w) => writerIn(w) || kinWord(w))) {
    // The answer to a question of where someone lives or is, with no word for the writer or kin in it, goes on
    // the question: "Où habite Emmanuel Macron ? C'est à l'Élysée au 55 rue…".
    const asked = WHERE_ASKED.exec(scan.text.slice(Math.max(0, index - lead.length - 100), index - lead.length));
    if (asked) lead = `${asked[1]} ${lead}`;
  }
  if (contextCues.sited?.(scan.text, lead)) return true;
  const tokens = wordsOf(lead);
  // The child's last word for themself (split at apostrophes too: "j'habite" holds the child's "j"); a
  // famous name after it makes the sentence theirs, any other after it the child's.
  let last = tokens.length - 1;
  while (last >= 0 && !tokens[last]!.split(/['’]/).some((w) => w && writerWord(w))) last--;
  if (famousMention(tokens.slice(last + 1)) >= 0) return true;
  // A story's character after it, not the writer's own ("my hero"): "j'ai écrit que l'héroïne habite…".
  if (tokens.some((w, i) => i > last + 1 && STORY_CHARACTER.test(w) && !writerIn(tokens[i - 1]!))) return true;
  if (last >= 0) return false;
  const owner = OWNER();
  const named = owner.before.exec(lead)?.[1] ?? owner.after.exec(lead)?.[1];
  if (named && !givenName(named)) return true;
  // A given name alone for someone famous named in full before it: "Sophie Scholl … Sophie ist am … geboren".
  const lone = tokens.find((w) => /^[\p{Lu}]/u.test(w) && givenName(w));
  if (lone && famousInFull(scan.text.slice(Math.max(0, index - 300), index - lead.length), lone)) return true;
  const sentence = end === undefined ? lead : `${lead}${scan.text.slice(index, end)}${scan.after(end, 40)}`;
  const found = [THEIRS(), CELEBRATES()].map((re) => re?.exec(sentence));
  const verb = found.find((v) => v && v.index < lead.length);
  if (!verb) return false;
  // A birthday's verb with a slot names its subject inside it, after the verb: "In Animal Crossing hat Melinda
  // am…", "… geboren und Neymar am…" (the capitalised words of the slot; "fête son anniversaire" has none).
  const slot =
    verb === found[1]
      ? wordsOf(verb[0])
          .slice(1, -1)
          .filter((w) => /^[\p{Lu}]/u.test(w))
      : [];
  const beforeVerb = lead.slice(0, verb.index);
  // "das ist Paul, er wohnt…", "this is Paul, he lives at…": the clause's subject is a pronoun for a person,
  // someone the child may know, whatever is named before the comma.
  const clause = wordsOf(beforeVerb.split(/[,;:]/).at(-1) ?? '');
  if (!slot.length && clause.length > 0 && clause.every((w) => PERSON_PRONOUN.test(w.toLowerCase()))) return false;
  // "Sie heißt Claudia und hat am…", "she's called mia and her birthday is…": after "and" the verb's subject is
  // the one that opens the clause, here a pronoun.
  if (!slot.length && clause.length > 1 && AND.test(clause.at(-1)!) && PERSON_PRONOUN.test(clause[0]!.toLowerCase()))
    return false;
  const subject = slot.length
    ? slot.slice(-3)
    : wordsOf(beforeVerb)
        .filter((w) => !PRONOUN.test(w.toLowerCase()))
        .slice(-3);
  if (subject.length === 0) return false;
  // "min cousin wohnt…": someone of the child's.
  if (subject.some(kinWord)) return false;
  // A given name alone may be a friend's; a full name, in a message where the writer is not, is told of.
  if (givenName(subject[0]!) && (subject.length < 2 || !/^[\p{Lu}]/u.test(subject[1]!) || aboutWriter(scan.text)))
    return false;
  // Where one lives now, told of a single name, may be a friend's ("Dexter lives on…"); a full name is told of.
  if (/liv|habit|wohn|viv|vit$|leb/i.test(verb[0]) && subject.length < 2) return false;
  // Where a place stands ("The White House is at…") needs a name; "grandma's house is at…" is the child's.
  if (/^is\s+(?:at|located)/i.test(verb[0]))
    return /^[\p{Lu}]/u.test(subject[0]!) && /^[\p{Lu}]/u.test(subject.at(-1)!);
  return /^[\p{Lu}]/u.test(subject[0]!) || subject.length >= 2;
}
