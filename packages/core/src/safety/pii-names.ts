/**
 * Names of the child and of people around them. A name is taken when the
 * words around it say it belongs to someone the child knows: introductions
 * ("my name is…", "this is … here"), sign-offs ("- Sam"), relations ("my
 * friend Emma"), titles ("Mrs. Henderson"), labels ("Name: …"), and full
 * names that start with a common given name. Famous people, characters and
 * titles of books and films stay.
 */
import { commonWords, famousPeople, givenNames, notNameWords } from './lexicon.js';
import { cue, digitCount, type Scan, words } from './pii-shared.js';

const TOKEN = /[ \t]*\n?[ \t]*["“]?([\p{L}][\p{L}\p{M}'’-]*)/uy;
const NEXT =
  /(?:[ \t]+\p{Lu}\.?(?=[ \t]+\p{Lu}))?(?:[ \t]+(?:de la|del|de|van der|van|von|der|da|di|du|le|la|dos|bin|al|y)(?=[ \t]+\p{Lu}))?[ \t]+([\p{L}][\p{L}\p{M}'’-]*)/uy;
const TITLES = words('mr mrs ms miss mx dr prof sr sra srta');

interface Span {
  start: number;
  end: number;
  tokens: string[];
}

/** Whether a word starts with a capital (ASCII by code, the rest by Unicode). */
function upper(token: string): boolean {
  const c = token.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(token);
}

const known = (span: Span) => givenNames().has(span.tokens[0]!.toLowerCase());

function nameToken(token: string, lower: boolean): boolean {
  const key = token.toLowerCase();
  if (
    token.length < 2 ||
    commonWords().has(key) ||
    notNameWords().has(key) ||
    TITLES().has(key) ||
    digitCount(token) > 0
  )
    return false;
  return lower || upper(token);
}

/** Whether a character (by its code) is an apostrophe, straight or curly. */
const apostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * Up to `max` name words from `pos`: capitalised words (or, when `lower`, any
 * word that is not an everyday one), with initials and particles in between.
 * Stops after a possessive ("Maya's").
 */
function readName(text: string, pos: number, lower: boolean, max = 3): Span | undefined {
  let span: Span | undefined;
  let re = TOKEN;
  re.lastIndex = pos;
  for (let m = re.exec(text); m?.[1] && (span?.tokens.length ?? 0) < max; m = re.exec(text)) {
    // "Maya's" is Maya; apostrophes and hyphens at the end go.
    const word = m[1];
    let end = word.length;
    const possessive =
      end >= 2 && (word[end - 1] === 's' || word[end - 1] === 'S') && apostrophe(word.charCodeAt(end - 2));
    if (possessive) end -= 2;
    while (end > 0 && (apostrophe(word.charCodeAt(end - 1)) || word[end - 1] === '-')) end--;
    const token = word.slice(0, end);
    const start = m.index + m[0].length - m[1].length;
    // Past the first word, only words that could be surnames: lower case only after a strong cue, never after a capital.
    if (!nameToken(token, lower && (span?.tokens.length ?? 0) < 2) || (span && !upper(token) && upper(span.tokens[0]!)))
      break;
    if (span) {
      span.tokens.push(token);
      span.end = start + token.length;
    } else span = { start, end: start + token.length, tokens: [token] };
    if (possessive) break;
    re = NEXT;
    re.lastIndex = m.index + m[0].length;
  }
  return span;
}

const WORK =
  /\b(?:book|novel|story|movie|film|show|series|episode|song|album|game|play|musical|called|titled)(?:\s+(?:is|was|called|named))?\s*:?\s*["“]?$|\b(?:read|reading|watched|watching|watch|listen(?:ing)? to)\s*["“]?$/i;
/** Frames for someone talked about: a role, a work by them, a school project about them. */
const ROLE =
  /\b(?:president|king|queen|prince|princess|saint|emperor|general|pope|pharaoh|sir|lord|lady|author|writer|poet|singer|rapper|actor|actress|painter|artist|scientist|inventor|explorer|composer|director|youtuber|character|athlete|player)\s*$|\b(?:book|novel|poem|painting|album|song|movie|film|written|painted|sung|directed|composed|invented|discovered)\b[^.!?]{0,30}\bby\s*$|\b(?:tell me|learn(?:ing)?|facts|report|essay|project|presentation|research|biography|poem|questions?|quiz|information|info|know|read|reading|write|writing|talk|video)\s+(?:about|on|of)\s*$|\bwho\s+(?:was|is|were)\s*$/i;
const RELATIONS =
  'grandfather grandmother grandson granddaughter stepfather stepmother stepbrother stepsister godfather godmother friend bff bestie mom mum mother dad father brother bro sister sis cousin aunt auntie uncle grandma grandpa granny nana teacher coach neighbor neighbour classmate crush boyfriend girlfriend bf gf babysitter nanny tutor principal counselor doctor son daughter kid partner wife husband stepdad stepmom amigo amiga mamá mama papá papa hermano hermana primo prima tío tio tía tia abuelo abuela maestro maestra profe profesor profesora novio novia vecino vecina';
/** What is said after a famous name: a work of theirs, or that they are a favourite (but not "my fav teacher"). */
const WORKS = new RegExp(
  `^\\s*(?:['’]s\\s+)?(?:books?|songs?|movies?|music|albums?|shows?|series|concerts?|videos?|paintings?|theory|law|speech|novels?|poems?|inventions?)\\b|^\\s*(?:is|was|are) (?:my|our) (?:fav(?:ou?rite)?|fave)\\b(?!\\s+(?:${RELATIONS.replace(/ /g, '|')})\\b)`,
  'i',
);
/** What the famous did: told in the past, about the world rather than the child. */
const DEED =
  /^\s*(?:wrote|painted|invented|discovered|composed|sang|directed|ruled|led|founded|fought|won|flew|crossed|signed|became|created|built|helped|would not|refused|said|gave|freed|explored|was (?:a|an|the|born|one|famous|known)|were|died|\(\d{4})/i;
const FIRST_PERSON = /\b(?:i|i['’]m|im|me|my|mine|myself|we|us|our|yo|mi|me)\b/i;
/** Someone in the child's life: what they do to or with the child. */
const PERSONAL =
  /^\s*(?:(?:keeps|kept|always|never|still|is|was|has been)\s+)?(?:texting|messaging|calling|bullying|following|asking|telling|hitting|touching|sending|talking to|annoying|teasing|pushing|chasing|sitting next to)\s+(?:me|us)\b|^\s*(?:told|asked|texted|messaged|called|hit|pushed|touched|sent|gave|showed|invited|follows|likes|hates|bullies|bullied)\s+(?:me|us)\b|^\s*(?:is|was)\s+(?:in|at)\s+my\b|^\s*(?:sits|lives|lived)\s+(?:next to|near|with|across from|by|at|on|in)\b|^\s*(?:is|was)\s+my\b|^\s*and\s+(?:i|me)\b/i;

/** Someone talked about rather than known: a famous person, a character, a title, or a name with a role or a work. */
function famous(scan: Scan, span: Span): boolean {
  const t = span.tokens.map((w) => w.toLowerCase());
  if (t.length >= 2 && (famousPeople().has(`${t[0]}_${t[1]}`) || famousPeople().has(`${t[0]}_${t[t.length - 1]}`))) {
    return true;
  }
  const lead = scan.before(span.start, 40);
  return WORK.test(lead) || ROLE.test(lead) || WORKS.test(scan.after(span.end, 40));
}

/**
 * A full name with no cue words: taken when the sentence is about the child's own life (what the person
 * does to or with the child, or the child in the sentence and a common given name), not when it tells what
 * someone did in the world.
 */
function aroundTheChild(scan: Scan, span: Span): boolean {
  const tail = scan.after(span.end, 40);
  if (PERSONAL.test(tail) || /\b(?:me and|with|and)\s*$/i.test(scan.before(span.start, 12))) return !famous(scan, span);
  if (!known(span) || famous(scan, span) || DEED.test(tail)) return false;
  return FIRST_PERSON.test(`${scan.before(span.start, 60)} ${tail}`);
}

/** Endings of words that tell a mood or the weather, not a name: "I'm Tired", "it's raining". */
const MOOD = /(?:ed|ing|ly|ful|less|ous|ive|able)$/i;

/** A lone capitalised word after a weak cue ("I'm Zara") must look like a name, not a mood ("I'm Tired"). */
function plausibleAlone(text: string, span: Span): boolean {
  if (known(span) || span.tokens.length >= 2) return true;
  const word = span.tokens[0]!;
  if (!upper(word) || MOOD.test(word)) return false;
  return /^\s*(?:[,!.]|$|here\b|from\b|and\s+i\b|btw\b|lol\b|\(|-)/i.test(text.slice(span.end, span.end + 12));
}

const STRONG_WORDS = cue('name names called call calls llamo nombre dicen');
const NAMED_WORDS = cue('named called');
const STRONG =
  /\b(?:(?:^|my\s+)(?:full\s+|real\s+|first\s+|last\s+|middle\s+|sur|maiden\s+|nick\s*)?name(?:\s+is|['’]s|s\b|\s*[:=])|(?:my|his|her|their|our)\s+\p{L}+['’]?s\s+(?:full\s+|real\s+|first\s+|last\s+|nick)?name(?:\s+(?:is|was))?|(?:first|last|full|middle|maiden|sur|given|family)\s*name\s*(?:is|[:=-])|name\s*[:=]|name\s+on\s+the\s+\w+\s*(?:is|:)?|i['’]?m\s+called|i\s+am\s+called|(?:people|they|everyone|everybody|friends)\s+(?:call|calls|called)\s+me|me\s+llamo|mi\s+nombre\s+(?:completo\s+)?es|me\s+dicen|(?:her|his|their)\s+(?:full\s+|real\s+|first\s+|last\s+|maiden\s+)?name\s+is)\s*/giu;
const WEAK = /\b(?:i['’]?m|i\s+am|it['’]?s\s+me\s*[,!-]?|it['’]?s|this\s+is|soy|call\s+me|aqu[ií]\s+(?:es|habla))\s+/gi;
const HERE = /\bhere\b/gi;
/** The words before "here": a name after a greeting or "this is" (group 1), after "it's", or starting a sentence (group 2). */
const BEFORE_HERE =
  /(?:((?:hi|hey|hello|hola|yo)[,!]?\s+(?:(?:it['’]?s|this is)\s+)?|this is\s+)|it['’]?s\s+|^|[.!?\n]\s*)([\p{L}][\p{L}\p{M}'’-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’-]*){0,2})[ \t]+$/iu;
const SIGN_WORDS =
  'love|from|thanks|thank\\s+you|thx|cheers|regards|best|sincerely|signed|xoxo|xo|bye|cya|atte\\.?|gracias|saludos|besos|abrazos|con\\s+cariño|tu\\s+amig[oa]|your\\s+friend';
// "- Sam" · "love, Sam" · "...\nfrom Maya" · "bye, from Maya" at the very end of the message.
const SIGN_OFF = new RegExp(
  `(?:(?:^|\\s)[-–—~]+\\s*|(?:(?:^|[\\n.!?,]\\s*)(?:${SIGN_WORDS})\\s*,?|\\b(?:${SIGN_WORDS})\\s*,)(?:\\s*(?:${SIGN_WORDS})\\b\\s*,?)*\\s*)([\\p{L}][\\p{L}\\p{M}'’-]*(?:[ \\t]+[\\p{L}][\\p{L}\\p{M}'’-]*)?)\\s*[.!]*\\s*$`,
  'iu',
);
/** How every sign-off begins: a dash, or a sign word at the start, after a sentence, or before a comma. */
const SIGN_START = new RegExp(`(?:^|\\s)[-–—~]|(?:^|[\\n.!?,])\\s*(?:${SIGN_WORDS})`, 'iu');
const SIGN_COMMA = new RegExp(`(?:${SIGN_WORDS})\\s*,`, 'iu');
const RELATION_WORDS = cue(`${RELATIONS} friends cousins classmates`);
const RELATION_WORDS_SET = words(`${RELATIONS} mommy daddy`);
const RELATION = new RegExp(
  `\\b(?:my|mi|mis|our|his|her|their|el|la)\\s+(?:best\\s+|old\\s+|new\\s+|little\\s+|big\\s+|older\\s+|younger\\s+|twin\\s+|step\\s*|mejor(?:es)?\\s+)?(?:great[\\s-]+)*(?:${RELATIONS.replace(/ /g, '|')})s?(?:['’]s)?(?:\\s*,)?(?:\\s+(?:is|was|es|are)\\b)?(\\s+(?:called|named|se\\s+llama)\\b)?(?![\\p{L}])`,
  'giu',
);
const NAMED =
  /\b(?:friend|girl|boy|kid|guy|man|woman|lady|person|someone|student|classmate|teacher|neighbou?r|cousin|baby|brother|sister)\s+(?:named|called)\s+/gi;
const TITLES_LIST =
  'Mr Mrs Ms Miss Mx Dr Prof Coach Sr Sra Srta Señor Señora Señorita Profe Profesor Profesora Maestra Maestro Sir';
const TITLE_WORDS = cue(TITLES_LIST.toLowerCase());
const TITLE = new RegExp(`\\b(?:${TITLES_LIST.replace(/ /g, '|')}|mr|mrs|ms|dr)\\.?\\s+(?=\\p{Lu})`, 'gu');
/** A name on a line of its own above contact lines (a signature or a card): "William Hughes\n20789 Allika 46…". */
const CARD_LINE =
  /(?:^|\n)[>?\s]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})[ \t]*(?=\n[>?\s]*(?:[^\n]*\n[>?\s]*){0,3}[^\n]*(?:\d{3}|@))/gu;
/** "Matej's address", "Maya's phone number": a possessive name before contact details. */
const OWNER =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]+)['’]s\s+(?:address|phone|number|email|house|home|birthday|school|snap|insta|account)\b/gu;
const CAPITALISED = /(?<![\p{L}\p{N}@#_./])\p{Lu}\p{Ll}+(?=[ \t]+(?:\p{Lu}\.?[ \t]+)?\p{Lu}\p{Ll})/gu;

/**
 * Every other place the message writes a name already found: "my friend Emma
 * Li… Emma said" loses both. Capitalised names match as written; a known given
 * name found in lower case matches in any case.
 */
function sameNameElsewhere(scan: Scan): void {
  const { text } = scan;
  const seen = new Set<string>();
  const found = scan.out.filter((c) => c.type === 'name');
  for (const c of found) {
    for (const token of text.slice(c.start, c.end).split(/[^\p{L}\p{M}'’-]+/u)) {
      if (token.length < 3 || seen.has(token) || !nameToken(token, true)) continue;
      seen.add(token);
      const lower = !upper(token);
      if (lower && !givenNames().has(token)) continue;
      // Found by plain search (in the lower-case text for a name found in lower case), then checked for word edges.
      const hay = lower ? scan.lower : text;
      for (let start = hay.indexOf(token); start >= 0; start = hay.indexOf(token, start + 1)) {
        const end = start + token.length;
        if (/[\p{L}\p{N}@#_./-]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}@]/u.test(text[end] ?? '')) continue;
        if (!found.some((f) => f.start <= start && start < f.end)) scan.add('name', start, end);
      }
    }
  }
}

/** A common given name typed in lower case ("im olivia", "my friend emma"): one word, and only a known name. */
function lowerKnown(text: string, pos: number): Span | undefined {
  const span = readName(text, pos, true, 1);
  return span && known(span) ? span : undefined;
}

function take(scan: Scan, span: Span | undefined, boost = 0): void {
  if (span) scan.add('name', span.start, span.end, boost);
}

export function findNames(scan: Scan): void {
  const { text } = scan;
  if (scan.has(STRONG_WORDS)) {
    for (const m of scan.all(STRONG)) take(scan, readName(text, m.index + m[0].length, true), 1);
  }
  for (const m of scan.all(WEAK)) {
    const at = m.index + m[0].length;
    const read = readName(text, at, false);
    const span = read && plausibleAlone(text, read) ? read : lowerKnown(text, at);
    if (span && !famous(scan, span)) take(scan, span);
  }
  for (const m of scan.all(HERE)) {
    const head = scan.back(m.index, BEFORE_HERE);
    const span = head && readName(text, head.index + head[0].lastIndexOf(head[2]!), true);
    const first = span?.tokens[0];
    // Lower case too after "hi" or "this is": "this is kenji here", not "it's raining here".
    const greeted = head?.[1] !== undefined && first !== undefined && !MOOD.test(first) && !first.endsWith('y');
    if (span && first && (upper(first) || known(span) || greeted)) take(scan, span);
  }
  const tail = text.slice(-80);
  const sign = SIGN_START.test(tail) || (tail.includes(',') && SIGN_COMMA.test(tail)) ? SIGN_OFF.exec(tail) : null;
  if (sign?.[1]) {
    const at = text.length - Math.min(80, text.length) + sign.index + sign[0].lastIndexOf(sign[1]);
    const span = readName(text, at, true, 2);
    // After a comma ("…, from Noah") only a known given name: "we moved here, from Ohio".
    if (span && (known(span) || (sign[0][0] !== ',' && span.tokens.every(upper))) && !famous(scan, span))
      take(scan, span);
  }
  if (scan.has(RELATION_WORDS)) {
    for (const m of scan.all(RELATION)) {
      const at = m.index + m[0].length;
      const read = readName(text, at, Boolean(m[1]));
      take(scan, read && (m[1] || upper(read.tokens[0]!)) ? read : lowerKnown(text, at));
    }
  }
  if (scan.has(NAMED_WORDS)) for (const m of scan.all(NAMED)) take(scan, readName(text, m.index + m[0].length, true));
  if (scan.has(TITLE_WORDS)) {
    for (const m of scan.all(TITLE)) {
      const span = readName(text, m.index + m[0].length, false);
      if (span && !famous(scan, span)) scan.add('name', m.index, span.end);
    }
  }
  if (text.includes('\n')) {
    for (const m of scan.all(CARD_LINE)) {
      const span = readName(text, m.index + m[0].indexOf(m[1]!), false, 4);
      if (span && span.tokens.length >= 2 && !famous(scan, span)) take(scan, span);
    }
  }
  if (/['’]s\s/.test(text)) {
    for (const m of scan.all(OWNER)) {
      const span = readName(text, m.index, false, 1);
      if (span && !RELATION_WORDS_SET().has(span.tokens[0]!.toLowerCase())) take(scan, span);
    }
  }
  for (const m of scan.all(CAPITALISED)) {
    const span = readName(text, m.index, false);
    if (span && span.tokens.length >= 2 && aroundTheChild(scan, span)) take(scan, span);
  }
  sameNameElsewhere(scan);
}
