/**
 * Names of the child and of people around them. A name is taken when the
 * words around it say it belongs to someone the child knows: introductions
 * ("my name is…", "this is … here"), sign-offs ("- Sam"), relations ("my
 * friend Emma"), titles ("Mrs. Henderson"), labels ("Name: …"), and full
 * names that start with a common given name. Famous people, characters and
 * titles of books and films stay.
 */
import { commonWords, famousPeople, givenNames, notNameWords } from './lexicon.js';
import { cue, type Scan } from './pii-shared.js';

const TOKEN = /[ \t]*\n?[ \t]*["“]?([\p{L}][\p{L}\p{M}'’-]*)/uy;
const NEXT =
  /(?:[ \t]+\p{Lu}\.?(?=[ \t]+\p{Lu}))?(?:[ \t]+(?:de la|del|de|van der|van|von|der|da|di|du|le|la|dos|bin|al|y)(?=[ \t]+\p{Lu}))?[ \t]+([\p{L}][\p{L}\p{M}'’-]*)/uy;
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|sr|sra|srta)$/i;

interface Span {
  start: number;
  end: number;
  tokens: string[];
}

const upper = (token: string) => /^\p{Lu}/u.test(token);
const known = (span: Span) => givenNames().has(span.tokens[0]!.toLowerCase());

function nameToken(token: string, lower: boolean): boolean {
  const key = token.toLowerCase();
  if (token.length < 2 || commonWords().has(key) || notNameWords().has(key) || TITLES.test(key) || /\d/.test(token))
    return false;
  return lower || upper(token);
}

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
    const possessive = /['’]s$/i.test(m[1]);
    const token = m[1].replace(/['’]s$/i, '').replace(/['’-]+$/, '');
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
const ROLE =
  /\b(?:president|king|queen|prince|princess|saint|emperor|general|pope|pharaoh|sir|lord|lady|author|writer|poet|singer|rapper|actor|actress|painter|artist|scientist|inventor|explorer|composer|director|youtuber|character)\s*$|\b(?:book|novel|poem|painting|album|song|movie|film|written|painted|sung|directed|composed|invented|discovered)\b[^.!?]{0,30}\bby\s*$/i;
const DEED =
  /^\s*(?:['’]s\s+(?:books?|songs?|album|movie|theory|law|speech|paintings?|novel|poem|play|inventions?)|wrote|painted|invented|discovered|composed|sang|directed|ruled|led|was (?:a|an|the) (?:famous|great|president|king|queen|scientist|writer|author|painter|singer|inventor|leader|first)|was born in \d{4}|\(\d{4})/i;

/** Someone talked about rather than known: a famous person, a character, a title, or a name with a role or deed. */
function famous(scan: Scan, span: Span): boolean {
  const t = span.tokens.map((w) => w.toLowerCase());
  if (t.length >= 2 && (famousPeople().has(`${t[0]}_${t[1]}`) || famousPeople().has(`${t[0]}_${t[t.length - 1]}`)))
    return true;
  const lead = scan.before(span.start, 40);
  return WORK.test(lead) || ROLE.test(lead) || DEED.test(scan.after(span.end, 40));
}

/** A lone capitalised word after a weak cue ("I'm Zara") must look like a name, not a mood ("I'm Tired"). */
function plausibleAlone(text: string, span: Span): boolean {
  if (known(span) || span.tokens.length >= 2) return true;
  const word = span.tokens[0]!;
  if (!upper(word) || /(?:ed|ing|ly|ful|less|ous|ive|able)$/i.test(word)) return false;
  return /^\s*(?:[,!.]|$|here\b|from\b|and\s+i\b|\(|-)/i.test(text.slice(span.end, span.end + 12));
}

const STRONG_WORDS = cue('name names called call llamo nombre dicen');
const NAMED_WORDS = cue('named called');
const STRONG =
  /\b(?:my\s+(?:full\s+|real\s+|first\s+|last\s+|middle\s+|sur|maiden\s+|nick\s*)?name(?:\s+is|['’]s|s\b|\s*[:=])|(?:first|last|full|middle|maiden|sur|given|family)\s*name\s*(?:is|[:=-])|name\s*[:=]|name\s+on\s+the\s+\w+\s*(?:is|:)?|i['’]?m\s+called|i\s+am\s+called|(?:people|they|everyone|friends)\s+call\s+me|me\s+llamo|mi\s+nombre\s+(?:completo\s+)?es|me\s+dicen|(?:her|his|their)\s+(?:full\s+|real\s+|first\s+|last\s+|maiden\s+)?name\s+is)\s*/gi;
const WEAK = /\b(?:i['’]?m|i\s+am|it['’]?s|this\s+is|soy|call\s+me|aqu[ií]\s+(?:es|habla))\s+/gi;
const HERE = /\bhere\b/gi;
const BEFORE_HERE =
  /(?:^|[.!?\n]\s*|(?:hi|hey|hello|hola|yo)[,!]?\s+|(?:it['’]?s|this is)\s+)([\p{L}][\p{L}\p{M}'’-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’-]*){0,2})[ \t]+$/iu;
const SIGN_WORDS =
  'love|from|thanks|thank\\s+you|thx|cheers|regards|best|sincerely|xoxo|xo|bye|cya|atte\\.?|saludos|besos|abrazos|con\\s+cariño|tu\\s+amig[oa]|your\\s+friend';
// "- Sam" · "love, Sam" · "...\nfrom Maya" at the very end of the message.
const SIGN_OFF = new RegExp(
  `(?:(?:^|\\s)[-–—~]+\\s*|(?:^|[\\n.!?]\\s*)(?:${SIGN_WORDS})\\s*,?\\s*|\\b(?:${SIGN_WORDS})\\s*,\\s*)([\\p{L}][\\p{L}\\p{M}'’-]*(?:[ \\t]+[\\p{L}][\\p{L}\\p{M}'’-]*)?)\\s*[.!]*\\s*$`,
  'iu',
);
const RELATION_WORDS = cue(
  'friend bff bestie mom mum mother dad father brother bro sister sis cousin aunt auntie uncle grandma grandpa granny nana teacher coach neighbor neighbour classmate crush boyfriend girlfriend bf gf babysitter nanny tutor principal counselor doctor son daughter kid partner wife husband stepdad stepmom amigo amiga mamá mama papá papa hermano hermana primo prima tío tio tía tia abuelo abuela maestro maestra profe profesor profesora novio novia vecino vecina',
);
const RELATION =
  /\b(?:my|mi|mis|our|his|her|their)\s+(?:best\s+|old\s+|new\s+|little\s+|big\s+|older\s+|younger\s+|twin\s+|step\s*|mejor\s+)?(?:friend|bff|bestie|mom|mum|mother|dad|father|brother|bro|sister|sis|cousin|aunt|auntie|uncle|grandma|grandpa|granny|nana|teacher|coach|neighbou?r|classmate|crush|boyfriend|girlfriend|bf|gf|babysitter|nanny|tutor|principal|counsell?or|doctor|son|daughter|kid|partner|wife|husband|stepdad|stepmom|amig[oa]|mam[aá]|pap[aá]|herman[oa]|prim[oa]|t[ií][oa]|abuel[oa]|maestr[oa]|profe|profesora?|novi[oa]|vecin[oa])(?:['’]s)?(?:\s*,)?(?:\s+(?:is|was|es)\b)?(\s+(?:called|named|se\s+llama)\b)?/gi;
const NAMED =
  /\b(?:friend|girl|boy|kid|guy|man|woman|lady|person|someone|student|classmate|teacher|neighbou?r|cousin|baby|brother|sister)\s+(?:named|called)\s+/gi;
const TITLE_WORDS = cue(
  'mr mrs ms miss mx dr prof coach sr sra srta señor señora señorita profe profesor profesora maestra maestro sir',
);
const TITLE =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Sr|Sra|Srta|Señor|Señora|Señorita|Profe|Profesor|Profesora|Maestra|Maestro|Sir)\.?\s+(?=\p{Lu})/gu;
const CAPITALISED = /(?<![\p{L}\p{N}@#_./])\p{Lu}\p{Ll}+(?=[ \t]+(?:\p{Lu}\.?[ \t]+)?\p{Lu}\p{Ll})/gu;

export function findNames(scan: Scan): void {
  const { text } = scan;
  const take = (span: Span | undefined, boost = 0) => span && scan.add('name', span.start, span.end, boost);
  if (scan.has(STRONG_WORDS)) for (const m of scan.all(STRONG)) take(readName(text, m.index + m[0].length, true), 1);
  for (const m of scan.all(WEAK)) {
    const span = readName(text, m.index + m[0].length, false);
    if (span && plausibleAlone(text, span) && !famous(scan, span)) take(span);
  }
  for (const m of scan.all(HERE)) {
    const head = scan.back(m.index, BEFORE_HERE);
    const span = head && readName(text, head.index + head[0].lastIndexOf(head[1]!), true);
    if (span && (upper(span.tokens[0]!) || known(span))) take(span);
  }
  const sign = SIGN_OFF.exec(text.slice(-80));
  if (sign?.[1]) {
    const at = text.length - Math.min(80, text.length) + sign.index + sign[0].lastIndexOf(sign[1]);
    const span = readName(text, at, true, 2);
    if (span && (known(span) || span.tokens.every(upper)) && !famous(scan, span)) take(span);
  }
  if (scan.has(RELATION_WORDS)) {
    for (const m of scan.all(RELATION)) {
      const span = readName(text, m.index + m[0].length, Boolean(m[1]));
      if (span && (m[1] || upper(span.tokens[0]!) || known(span))) take(span);
    }
  }
  if (scan.has(NAMED_WORDS)) for (const m of scan.all(NAMED)) take(readName(text, m.index + m[0].length, true));
  if (scan.has(TITLE_WORDS)) {
    for (const m of scan.all(TITLE)) {
      const span = readName(text, m.index + m[0].length, false);
      if (span && !famous(scan, span)) scan.add('name', m.index, span.end);
    }
  }
  for (const m of scan.all(CAPITALISED)) {
    if (!givenNames().has(m[0].toLowerCase())) continue;
    const span = readName(text, m.index, false);
    if (span && span.tokens.length >= 2 && !famous(scan, span)) take(span);
  }
}
