/**
 * Readers of cues that only other languages' packs bring: names after
 * introductions ("je m'appelle", "dass ich * heiße"), weak introductions
 * ("ich bin") and at a household's door ("sonne chez", "bei Familie"); a person
 * after a Spanish verb said of people and its "a" ("vi a camila") or an article
 * and before what they did to the writer ("la dayana me escribió"); a verb of
 * the relation's language after a relation and a word ("mi abuela conchi hace…"); streets
 * after or inside the packs' street words ("rue", "calle", "-straße") and
 * street corners. English has none of these cues (its introductions and
 * streets are read in pii-names.ts and pii-places.ts), so they load with the
 * packs that do (`loadLanguages`, `registerLanguagePack`), not with the engine.
 */

import type { Kit } from './pii-kit.js';
import type { Span } from './pii-names.js';
import type { Lexicon, Scan } from './pii-shared.js';

// The engine's parts these readers use, handed over by `install` (see pii-kit.ts).
let commonWords: Kit['commonWords'];
let thirdParty: Kit['thirdParty'];
let contextCues: Kit['contextCues'];
let writerWord: Kit['writerWord'];
let writerIn: Kit['writerIn'];
let STORY_CHARACTER: Kit['STORY_CHARACTER'];
let wordsOf: Kit['wordsOf'];
let WORK_TALK: Kit['WORK_TALK'];
let aboutTheWriter: Kit['aboutTheWriter'];
let writerWordsIn: Kit['writerWordsIn'];
let famous: Kit['famous'];
let HOUSEHOLD_WORDS: Kit['HOUSEHOLD_WORDS'];
let INTRO_WORDS: Kit['INTRO_WORDS'];
let introName: Kit['introName'];
let known: Kit['known'];
let longerLower: Kit['longerLower'];
let lowerKnown: Kit['lowerKnown'];
let givenName: Kit['givenName'];
let isPlatform: Kit['isPlatform'];
let isRelation: Kit['isRelation'];
let petWord: Kit['petWord'];
let stopWord: Kit['stopWord'];
let TITLES: Kit['TITLES'];
let nameAfterRelation: Kit['nameAfterRelation'];
let packCues: Kit['packCues'];
let plausibleAlone: Kit['plausibleAlone'];
let readName: Kit['readName'];
let take: Kit['take'];
let takeIntro: Kit['takeIntro'];
let upper: Kit['upper'];
let WEAK_WORDS: Kit['WEAK_WORDS'];
let addStreet: Kit['addStreet'];
let livesBefore: Kit['livesBefore'];
let PACK_STREET_WORDS: Kit['PACK_STREET_WORDS'];
let streetWords: Kit['streetWords'];
let alternation: Kit['alternation'];
let eitherCase: Kit['eitherCase'];
let fold: Kit['fold'];
let fromPacks: Kit['fromPacks'];
let lexicon: Kit['lexicon'];

const L = "[\\p{L}][\\p{L}\\p{M}'’-]*";

/** A German weak introduction, and the endings of German nouns that are rarely a given name's. */
const GERMAN_WEAK = /^(?:ich|i)[ \t]+b/i;
const GERMAN_NOUN =
  /(?:ier|ierin|eur|ling|kind|ung|heit|keit|schaft|ist|istin|ent|ion|tze|er|erin|in|fan|frau|mann|wart|chef|meister|schüler|sprecher)$/;

function buildCues(lx: Lexicon) {
  const intros = lx.list('intros');
  const plain = intros.filter((p) => !p.includes('*'));
  const slotted = intros.filter((p) => p.includes('*'));
  const weak = alternation(lx.list('weak'));
  const households = alternation(lx.list('households').filter((h) => !h.includes('*')));
  // The surname inside the words: "bei Nowak klingeln".
  const doorSlots = lx.list('households').filter((h) => h.includes('*'));
  return {
    household: households ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${households})[ \\t]+(?=\\p{Lu})`, 'giu') : undefined,
    door: doorSlots.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${alternation(doorSlots, { '*': `(${L}(?:[ \\t]+${L})?)` })})(?![\\p{L}])`,
          'giu',
        )
      : undefined,
    intro: plain.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(plain)})(?:\\s*[:,]\\s*|\\s+)`, 'giu')
      : undefined,
    slotted: slotted.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${alternation(slotted, { '*': `(${L}(?:[ \\t]+${L}){0,2})` })})(?![\\p{L}])`,
          'giu',
        )
      : undefined,
    weak: weak ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${weak})\\s+`, 'giu') : undefined,
  };
}
let CUES: () => ReturnType<typeof buildCues>;

/** A favourite of the writer's named right after: "… mon livre préféré", "… mein Lieblingsspiel". */
const FAVOURITE_AFTER =
  /^[ \t]+(?:(?:mon|ma|mes)[ \t]+[\p{L}]+[ \t]+(?:préférée?s?|favorie?s?)|(?:mein|meine)[ \t]+lieblings[\p{L}]*)(?![\p{L}])/iu;

function intros(scan: Scan): void {
  const { text } = scan;
  const p = CUES();
  if (p.intro && scan.has(INTRO_WORDS)) {
    for (const m of scan.all(p.intro)) {
      const span = introName(text, m.index + m[0].length, true);
      // A relation is no name: "ich bin die Tochter von Thomas Weber" (whose name the relation's reader takes).
      if (span && isRelation(span.tokens[0]!) && !givenName(span.tokens[0]!)) continue;
      // A favourite, not a name: "moi c'est Harry Potter mon livre préféré", "moi c'est Zelda mon jeu préféré".
      if (span && FAVOURITE_AFTER.test(text.slice(span.end, span.end + 40))) continue;
      takeIntro(scan, longerLower(text, span), 1);
    }
  }
  if (p.slotted && scan.has(INTRO_WORDS)) {
    // "dass ich Sophie Wagner heiße": the name between the template's words.
    for (const m of scan.all(p.slotted)) {
      const group = m.slice(1).find(Boolean);
      if (!group) continue;
      const span = readName(text, m.index + m[0].indexOf(group), true);
      if (span && span.end === m.index + m[0].indexOf(group) + group.length && (upper(span.tokens[0]!) || known(span)))
        take(scan, span, 1);
    }
  }
}

/** Spanish verbs said of people ("vi", "conocí"), of telling ("dije", after "le"), and orders to pass something on. */
const SEEN_ES =
  'vi|ví|veo|conocí|conoci|invité|invite|llamé|llame|besé|bese|extraño|quiero|odio|bloqueé|bloquee|agregué|agregue|ayudé|ayude|abracé|abrace|saludé|salude|esperé|espere';
const TOLD_ES = 'dije|conté|conte|escribí|escribi|pregunté|pregunte|mandé|mande';
const ORDERS_ES =
  'escribile|escríbele|escribele|decile|dile|avisale|avísale|avisele|preguntale|pregúntale|contale|cuéntale|cuentale|mandale|mándale';
/**
 * Spanish verbs said of people, then the "a" that marks a person, perhaps an article: "vi a camila", "le dije a
 * sofía", "conocí a iker", "le dije a la vane"; or an order to pass something on ("escribile a juanchi", "dile a…").
 */
const PERSONAL_A_HINT = new RegExp(`(?<![\\p{L}])(?:${SEEN_ES}|${TOLD_ES}|${ORDERS_ES})[ \\t]+a[ \\t]`, 'u');
const PERSONAL_A = new RegExp(
  `(?<![\\p{L}])(?:${SEEN_ES}|(?:le|les)[ \\t]+(?:${TOLD_ES})|${ORDERS_ES})[ \\t]+a[ \\t]+((?:la|el)[ \\t]+)?(\\p{Ll}[\\p{L}\\p{M}'’-]{2,20})(?![\\p{L}\\p{M}'’-])`,
  'dgiu',
);
/** Words after "a" that are no one's name: pronouns, everyone and no one. */
const NOT_PERSON_ES =
  /^(?:ese|esa|este|esta|esos|esas|estos|estas|aquel|aquella|aquellos|mismo|misma|alguien|nadie|todos|todas|toda|todo|gente|uno|una|unos|unas|otro|otra|otros|otras|ella|ellas|ellos|usted|ustedes|nosotros|ambos|varios|varias|cada|casa|clase|comer|jugar|ver|hacer)$/i;

/** "ayer vi a camila", "le dije a sofía": a person after a Spanish verb said of people and its "a". */
function personalA(scan: Scan): void {
  const { text } = scan;
  if (PERSONAL_A_HINT.test(scan.lower)) {
    for (const m of scan.all(PERSONAL_A)) {
      const word = m[2]!;
      const [start, end] = m.indices![2]!;
      const span: Span = { start, end, tokens: [word] };
      if (
        // Past an article, only a common given name ("a la vane", not "a la directora").
        (m[1] === undefined || givenName(word)) &&
        nameAfterRelation(word, text.slice(end, end + 20)) &&
        !NOT_PERSON_ES.test(word) &&
        !/^(?:[ \t]+(?:de|del)[ \t]|[ \t]*,?[ \t]*(?:y|o)[ \t]+(?:a[ \t]+)?(?:la|el|mi|su)[ \t])/.test(
          text.slice(end, end + 12),
        ) &&
        !famous(scan, span)
      )
        take(scan, span);
    }
  }
}

/** Someone named in lower case after a Spanish article, then what they did to the writer. */
const ES_DID =
  '(?:me|nos)[ \\t]+(?:escribió|escribio|mandó|mando|pegó|pego|empujó|empujo|bloqueó|bloqueo|invitó|invito|insultó|insulto|pidió|pidio)(?![\\p{L}])';
const ES_DID_TO_ME = new RegExp(`(?<![\\p{L}])(?:el|la)[ \\t]+(\\p{Ll}[\\p{Ll}\\p{M}]{2,15})[ \\t]+${ES_DID}`, 'giu');
const ES_DID_TO_ME_HINT = new RegExp(ES_DID, 'iu');

function didToMe(scan: Scan): void {
  const { text } = scan;
  if (ES_DID_TO_ME_HINT.test(text)) {
    for (const m of scan.all(ES_DID_TO_ME)) {
      const span = readName(text, m.index + m[0].indexOf(m[1]!), true, 1);
      const word = span?.tokens[0];
      if (
        span &&
        word !== undefined &&
        word === m[1] &&
        word.length >= 3 &&
        !stopWord(word) &&
        !isRelation(word) &&
        !petWord(word) &&
        !isPlatform(word) &&
        !TITLES().has(word) &&
        !famous(scan, span)
      )
        take(scan, span);
    }
  }
}

/**
 * A verb after one word in lower case past a relation, by the relation's language and its pack (`verbAfter`,
 * `verbShape`, `describing`): Spanish a verb in -a, -e or -ó and its object ("mi abuela conchi hace unas
 * croquetas"); French an object pronoun, or a verb that is no infinitive and its object ("papy gérard
 * m'apprend"); German a verb in -t or a small verb ("meine oma hannelore backt", "onkel ralf holt mich ab").
 */
function buildRelationVerbs(lx: Lexicon) {
  const re = (source: string | undefined) => (source ? new RegExp(source, 'u') : undefined);
  return new Map(
    lx.packs.flatMap(({ locale, pii }) =>
      pii.verbAfter
        ? [[locale, { after: re(pii.verbAfter)!, shape: re(pii.verbShape), describing: re(pii.describing) }] as const]
        : [],
    ),
  );
}
let RELATION_VERBS: () => ReturnType<typeof buildRelationVerbs>;
/** A finite small verb, which a verb never comes right before: the word before it is the one doing. */
const FINITE_AFTER =
  /^[ \t]+(?:ist|hat|war|hatte|wird|kann|will|muss|darf|soll|est|était|etait|va|vient|es|está|esta|fue|era|tiene)(?![\p{L}])/iu;

function relationVerb(word: string, rest: string, locales: ReadonlySet<string>): boolean {
  for (const [locale, verbs] of RELATION_VERBS()) {
    // Shaped as a verb, but a verb of its own follows: a name ("mein onkel horst hat angerufen").
    if (!locales.has(locale) || (verbs.shape?.test(word) && !FINITE_AFTER.test(rest))) continue;
    if (verbs.describing?.test(word) && !givenName(word)) continue;
    if (verbs.after.test(rest)) return true;
  }
  return false;
}

/** What ends a name one word past a Spanish relation: an object pronoun before its verb, or a small verb ("mi padrastro ramón me grita"). */
const AFTER_ONE_ES =
  /^[ \t]+(?:me|te|se|le|les|nos|lo|está|esta|estaba|es|era|fue|tiene|dice|dijo|viene|vino|va|vive|vivía|llega|llegó|sale|salió|juega|jugó|trabaja|estudia|cumple|quiere|sabe|habla|hizo|puso|dejó|trajo|compró)(?![\p{L}])/iu;

function weak(scan: Scan): void {
  const { text } = scan;
  const p = CUES();
  if (p.weak && scan.has(WEAK_WORDS)) {
    for (const m of scan.all(p.weak)) {
      const at = m.index + m[0].length;
      const read = introName(text, at, false);
      // Some languages capitalise every noun ("ich bin Fan von…"): two capitalised words need a known given name,
      // and one that is no known name must not have a German noun's ending ("ich bin Vegetarier", "…Einzelkind").
      const plausible =
        read &&
        (known(read) ||
          (read.tokens.length === 1 &&
            plausibleAlone(text, read) &&
            !(GERMAN_WEAK.test(m[0]) && GERMAN_NOUN.test(read.tokens[0]!))));
      const span = plausible ? read : lowerKnown(text, at);
      if (span && !famous(scan, span)) takeIntro(scan, span);
    }
  }
}

/** A verb of watching or reading just before: "on a regardé…", "wir haben … geguckt" is said after. */
const SEEN_BEFORE =
  /(?<![\p{L}])(?:regard[\p{L}]*|lu|lis|lit|lisait|vu|watch[\p{L}]*|read(?:ing)?|schau[\p{L}]*|guck[\p{L}]*|les[\p{L}]*)[ \t]+(?:(?:la|le|les|l['’]|die|den|das|the)[ \t]*)?$/iu;
const ARTICLE_AFTER = /^(?:les|la|le|die|der|den|the|los|las)[ \t]+/i;
/** The same in German order, the participle after the name: "früher haben wir immer Familie Ritter geguckt". */
const SEEN_AFTER = /^[^.!?,\n]{0,20}?(?<![\p{L}])(?:geguckt|geschaut|angeschaut|gelesen)(?![\p{L}])/u;
/** A show's or a book's family, in a clause with no word for the writer: "Familie Feuerstein ist eine uralte Serie". */
const STORY_WORD = /(?:serie|sendung|film|buch|série|dessin animé|livre|show|cartoon)s?(?![\p{L}])/iu;
const storyFamily = (clause: string) =>
  (WORK_TALK().test(clause) || STORY_WORD.test(clause)) && !aboutTheWriter(clause);
const clauseBefore = (text: string) => text.split(/[,.!?;\n]/).pop() ?? '';
const clauseAfter = (text: string) => text.split(/[,.!?;\n]/)[0] ?? '';
function households(scan: Scan): void {
  const p = CUES();
  if (!scan.has(HOUSEHOLD_WORDS)) return;
  // "sonne chez Rochat", "bei Familie Kowalski": a family's surname at its door; "bei Nowak klingeln", inside the words.
  const doors = [
    ...(p.household ? scan.all(p.household) : []).map((m) => ({ m, at: m.index + m[0].length })),
    ...(p.door ? scan.all(p.door) : []).map((m) => ({ m, at: m.index + m[0].indexOf(m.slice(1).find(Boolean) ?? '') })),
  ];
  for (const { m, at: door } of doors) {
    // Past an article ("dors chez les Moreau"; the cue's capital test, case-insensitive, lets "les" through).
    let at = door;
    at += ARTICLE_AFTER.exec(scan.text.slice(at, at + 8))?.[0].length ?? 0;
    if (!/^[\p{Lu}]/u.test(scan.text.slice(at, at + 1))) continue;
    const span = readName(scan.text, at, false, 2);
    // A relation is no surname: "bei Oma klingeln".
    if (span && isRelation(span.tokens[0]!) && !givenName(span.tokens[0]!)) continue;
    // A character's home is no one's door: "dans Stranger Things, Eleven habite chez Hopper"; nor is a family
    // of a show or a book ("Familie Feuerstein ist eine uralte Serie", "on a regardé La Famille Pirate").
    if (
      span &&
      !famous(scan, span) &&
      !thirdParty(scan, span.start) &&
      !SEEN_BEFORE.test(scan.before(m.index, 24)) &&
      !SEEN_AFTER.test(scan.after(span.end, 30)) &&
      !storyFamily(`${clauseBefore(scan.before(m.index, 50))} ${clauseAfter(scan.after(span.end, 50))}`)
    )
      take(scan, span);
  }
}

/** Street words of the loaded packs: written before the name, as the end of a word, or after the name; corners. */
function buildStreets(lx: Lexicon) {
  const all = lx.list('streets');
  const before = all.filter((e) => !/^[-+=]/.test(e));
  const ending = all.filter((e) => e.startsWith('-')).map((e) => e.slice(1));
  const after = all.filter((e) => e.startsWith('+')).map((e) => e.slice(1));
  // Words for the house number between the street and its number: "Kastanienweg Hausnr. 21", "Kirchstraße, Hausnummer 14".
  const numbers = all.filter((e) => e.startsWith('=')).map((e) => e.slice(1));
  const number = numbers.length ? `(?:,?[ \\t]*(?:${eitherCase(alternation(numbers))})(?![\\p{L}])\\.?)?` : '';
  const corners = lx.list('corners');
  return {
    // "14 rue des Acacias" · "3 bis allée des Peupliers" · "calle Olmo" · "chemin des Grillons 8"
    before: before.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:(\\d{1,5})(?:\\s*(?:bis|ter|[a-z])(?![\\p{L}\\p{N}]))?,?\\s+)?(?:${alternation(before)})(?![\\p{L}])\\.?[ \\t]+`,
          'giu',
        )
      : undefined,
    // "Lindenstraße 27" · "in der kastanienallee" (a time is no house number: "ab Marktplatz 7:05")
    ending: ending.length
      ? new RegExp(
          `(?<![\\p{L}\\p{M}\\p{N}-])[\\p{L}][\\p{L}\\p{M}-]*?(?:${alternation(ending)})(?![\\p{L}])(?:${number}\\s*(\\d{1,5}[a-z]?(?:[/-]\\d{1,4}){0,3})(?![\\p{N}]|[:.,]\\d))?`,
          'giu',
        )
      : undefined,
    // "Mariahilfer Straße 45/3/12"
    after: after.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*[ \\t]+){1,3}(?:${eitherCase(alternation(after))})${number}[ \\t]+\\d{1,5}[a-z]?(?:[/-]\\d{1,4}){0,3}(?![\\p{N}]|[:.,]\\d)`,
          'gu',
        )
      : undefined,
    // What every match of `ending` holds, looked for first: the ending, at a word's end. The pattern itself reads
    // each word from its start, trying the ending after every letter.
    endingWord: ending.length ? new RegExp(`(?:${alternation(ending)})(?![\\p{L}])`, 'iu') : undefined,
    corner: corners.length
      ? new RegExp(`(?<![\\p{L}])(?:${alternation(corners, { '*': '[^.,!?\\n]{2,50}?' })})(?=\\s*[.,!?\\n]|$)`, 'giu')
      : undefined,
  };
}
let STREETS: () => ReturnType<typeof buildStreets>;
type Streets = ReturnType<typeof buildStreets>;

/** A word of a street's name after a street word: a small word, a name, or a house number. */
const STREET_TOKEN = /[ \t]*(?:(\d{1,5}(?:[ \t]?(?:bis|ter|[a-zA-Z]))?)(?![\p{L}\p{N}])|([\p{L}][\p{L}\p{M}'’.-]*))/uy;

/** A quantity: a number, then a unit of measure that is also a street word's abbreviation ("50 cl de lait", Spanish "cl"). */
const QUANTITY = /^\d{1,5}[ \t]*(?:cl|dl|ml|dg|cg|mg|cm|mm|km|kg)\.?[ \t]/i;

/** An era after "av." or "apr.", no street's name: "Alésia, 52 av. J.-C.". */
const ERA = /^J[ \t]?\.?[ \t]?-?[ \t]?C(?![\p{L}])/u;

/** A street named after a street word ("rue", "calle"): read word by word, with its house number. */
function streetAfterWord(scan: Scan, m: RegExpExecArray): void {
  const { text } = scan;
  if (m[1] && QUANTITY.test(m[0])) return;
  const particles = lexicon().set('particles');
  const stop = lexicon().set('stop');
  let end = m.index + m[0].length;
  if (ERA.test(text.slice(end, end + 8))) return;
  let names = 0;
  let number = Boolean(m[1]);
  STREET_TOKEN.lastIndex = end;
  for (let i = 0; i < 6; i++) {
    const t = STREET_TOKEN.exec(text);
    if (!t) break;
    if (t[1]) {
      // A number right after the street word is its name: "carrera 43A", "calle 80" (a house number may follow).
      if (i === 0 && !number) {
        names++;
        end = STREET_TOKEN.lastIndex;
        continue;
      }
      // A number after the name is the house number, and ends the street.
      if (names > 0 && !number) {
        number = true;
        end = STREET_TOKEN.lastIndex;
      }
      break;
    }
    const word = t[2]!.replace(/[.'’-]+$/, '');
    const key = fold(word);
    const elided = /^[dl]['’]/i.test(word);
    // Small words ("des", "de la", "d'") count only between the words of the name.
    if (particles.has(key) || (elided && word.length === 2)) continue;
    if (/^[\p{Lu}]/u.test(word) || elided) {
      // A capitalised word just after the street word names it even when it is an everyday word too ("calle Mayor").
      if (stop.has(key) && !elided && !(names === 0 && word.length >= 3 && !/\.\s*$/.test(m[0]))) break;
    } else if (stop.has(key) || commonWords().has(key) || (word.length < 3 && !/^[\p{L}]$/u.test(word))) break;
    names++;
    end = STREET_TOKEN.lastIndex - (t[2]!.length - word.length);
  }
  if (names === 0) return;
  if (!number) {
    const tail = /^,?[ \t]*(?:n[oº°]\.?[ \t]*)?(\d{1,5}(?:[ \t]?(?:bis|ter|[a-z]))?|s\/n)(?![\p{L}\p{N}])/iu.exec(
      text.slice(end, end + 16),
    );
    if (tail) {
      number = true;
      end += tail[0].length;
    }
  }
  // No house number: only where the child says they live there ("j'habite rue Gambetta").
  if (!number && !livesBefore(scan, m.index)) return;
  // "existe esa calle?", "this street": a street pointed at, not given.
  if (
    !number &&
    /(?<![\p{L}])(?:esa|esta|este|ese|aquella|cette|cet|diese|dieser|this|that)\s+$/iu.test(scan.before(m.index, 12))
  )
    return;
  addStreet(scan, m.index, end, number ? 0 : -1);
}

/**
 * A street word that the message also uses as a rank, with a number and no name before it: "Fuchs auf Platz 2,
 * Luchs Platz 3" ranks animals.
 */
function ranked(text: string, street: string): boolean {
  const word = /([\p{L}]+)\.?[ \t]+\d+[a-z]?$/u.exec(street.replace(/(?:[/-]\d+)+$/, ''))?.[1];
  if (!word) return false;
  const rank = new RegExp(`(?<![\\p{L}])\\p{Ll}+[ \\t]+${word}[ \\t]+\\d`, 'u');
  return rank.test(text);
}

/** Points or goals just after a rank: "HSV Platz 2 mit 58 Punkten", "place 3 avec 40 points". */
const POINTS_AFTER =
  /^[ \t]*[,(]?[ \t]*(?:mit|with|avec|con)[ \t]+\d+[ \t]+(?:punkte?n?|pkt|points?|pts|puntos?|toren?|goals?|buts|goles|siege?n?|wins?|victoires?|victorias?)(?![\p{L}])/iu;

/**
 * A German street with no street word, as a postal line with its postcode: "Am Mühlbach 8, 83022 Rosenheim",
 * "Im Winkel 4, 6020 Innsbruck" (the town stays, as after any street).
 */
const POSTAL_LINE =
  /(?<![\p{L}\p{N}])(?:Am|Im|An der|An den|Auf der|Auf dem|Hinter der|Hinter dem|Unter den|Zum|Zur)[ \t]+([\p{Lu}][\p{L}\p{M}'’.-]+)(?:[ \t]+[\p{Lu}][\p{L}\p{M}'’.-]+)?[ \t]+\d{1,4}[a-z]?(?:,|[ \t]+in)?[ \t]+\d{4,5}(?=[ \t]+[\p{Lu}][\p{Ll}])/gu;
const POSTAL_HINT = /\d[a-z]?(?:,|[ \t]+in)?[ \t]+\d{4}/;

/** Streets after, inside or before the packs' street words, and corners. */
function streets(scan: Scan, s: Streets): void {
  if (s.before) for (const m of scan.all(s.before)) streetAfterWord(scan, m);
  if (s.ending && (scan.digits || scan.has(PACK_STREET_WORDS)) && s.endingWord?.test(scan.text)) {
    const particles = lexicon().set('particles');
    for (const m of scan.all(s.ending)) {
      const word = m[0].replace(/\s*\d.*$/s, '');
      if (word.length < 7) continue;
      const prev = /([\p{L}]+)\s+$/u.exec(scan.before(m.index, 12))?.[1];
      // No number: only in a sentence about home, after a small word ("in der kastanienallee").
      if (m[1] || (prev && particles.has(fold(prev)) && livesBefore(scan, m.index)))
        addStreet(scan, m.index, m.index + m[0].length, m[1] ? 0 : -1);
    }
  }
  if (s.after && scan.digits)
    for (const m of scan.all(s.after))
      if (!ranked(scan.text, m[0]) && !POINTS_AFTER.test(scan.after(m.index + m[0].length, 30)))
        addStreet(scan, m.index, m.index + m[0].length);
  if (scan.digits && POSTAL_HINT.test(scan.text))
    for (const m of scan.all(POSTAL_LINE)) if (!stopWord(m[1]!)) addStreet(scan, m.index, m.index + m[0].length);
  if (s.corner && scan.has(PACK_STREET_WORDS))
    for (const m of scan.all(s.corner))
      if (!thirdParty(scan, m.index)) scan.add('address', m.index, m.index + m[0].length);
}

/** A death or an execution told just after a date, whose birth word before is another date's: "geboren und am 22.
 * Februar 1943 in München hingerichtet", "mort le …", "murió". */
const DEATH_AFTER =
  /^\W{0,3}(?:[\p{L}\p{N}'.]+\s+){0,4}?(?:died|killed|executed|gestorben|starb|hingerichtet|getötet|ermordet|gefallen|mort|morte|décédée?|tuée?|guillotinée?|exécutée?|assassinée?|murió|muerto|muerta|fallecid[oa]|asesinad[oa]|ejecutad[oa])(?![\p{L}])/iu;

/** For how long something is done, after a verb: "pendant les matchs", "während dem Spiel", "during games". */
const WHILE_AFTER = /^[ \t]+(?:pendant|durant|während|during)(?![\p{L}])/iu;
/** What a verb opens after it: a clause ("que", "dass", "that") or whom it is done to ("nous", "uns", "m'"). */
const CLAUSE_AFTER = /^[ \t]+(?:(?:que|dass|that|ob|si|nous|vous|uns|euch|us)(?![\p{L}])|(?:qu|m|t)['’])/iu;
/** Verbs of saying, wanting and thinking, said of someone in the third person. */
const SAYS =
  /^(?:veut|voulait|dit|disait|fait|sait|peut|doit|croit|pense|trouve|demande|explique|raconte|répète|repete|sagt|sagte|meint|meinte|will|wollte|findet|fand|glaubt|erklärt|says|said|wants|thinks|dice|quiere|piensa|cree)$/i;
/** The shape of a verb said of someone, by the locale of the possessive before the role. */
const ROLE_VERB_SHAPE: Record<string, RegExp> = {
  en: /[\p{L}]{2}[^s'’]s$/u,
  fr: /[\p{L}]{2}(?:e|t|d)$/u,
  de: /[\p{L}]{2}(?:[^dt]t|et|[^e]en)$/u,
};
/** A word after a role that is its verb: then for how long ("mon coach hurle pendant…"), or what is said ("la prof veut qu'on…"). */
function roleVerb(word: string, rest: string, owner: string | undefined): boolean {
  const w = word.toLowerCase();
  if (owner !== undefined && ROLE_VERB_SHAPE[owner]?.test(w) && WHILE_AFTER.test(rest)) return true;
  return (CLAUSE_AFTER.test(rest) || WANTED_AFTER.test(rest)) && SAYS.test(w);
}
/** What is wanted or asked for after such a verb: a number or an article ("ma prof veut 10 lignes", "will ein Referat"). */
const WANTED_AFTER = /^[ \t]+(?:\d|(?:un|une|des|du|ein|eine|einen|a|an|una|unos|unas)(?![\p{L}]))/iu;
/** The writer, then "haben", before a title: "wir haben…", "ich hab…". */
const WE_HAVE = /(?<![\p{L}])(?:[Ii]ch|[Ww]ir)[ \t]+(?:hab|habe|haben)(?:[ \t]+[\p{Ll}]+)?[ \t]+$/u;
/** A participle of watching, reading or playing that closes the clause after a title: "…geguckt", "…durchgespielt". */
const WATCHED_AFTER =
  /^[^.!?,\n]{0,30}?(?<![\p{L}])(?:geguckt|geschaut|angeschaut|angeguckt|gelesen|durchgespielt|gespielt|gezockt|gehört)(?![\p{L}])/u;

/** An event, then the day it is on: "Le brevet c'est le", "Die Klassenfahrt ist am". */
const EVENT_DAY =
  /(?<![\p{L}])([\p{L}]{3,})[ \t]+(?:c['’]est|est|sera|ist|sind|findet|is|será|es)[ \t]+(?:le|am|au|on|el|the)?[ \t]*$/iu;
/** What is no event: a party (a birthday's, often), a day said from now, or a word that links clauses. */
const NO_EVENT =
  /^(?:party|parties|fête|fete|feier|fiesta|soirée|soiree|boum|sleepover|demain|aujourd|bientôt|morgen|heute|übermorgen|tomorrow|today|mañana|hoy|dann|alors|donc|also|then)$/i;
function eventDay(lead: string): boolean {
  const word = EVENT_DAY.exec(lead)?.[1];
  return word !== undefined && !NO_EVENT.test(word) && !writerIn(word) && !lexicon().set('births').has(fold(word));
}

/** After a name (and names joined to it), a linking verb and a thing, a work or a character: "Olive et Tom c'est un dessin animé", "Victor c'est le héros". */
let THING_AFTER: () => RegExp | undefined;

/** A request for a made-up story, in the packs' `invents` words ("écris une histoire", "erfinde eine Geschichte"). */
let INVENTS: () => RegExp | undefined;
/** The same requests with no word bounds, so that a request anywhere in a window is also one in the message. */
let INVENTS_ANYWHERE: () => RegExp | undefined;
/** Whether the message asks anywhere for something made up: asked once, so that names in one that asks nothing ask nothing. */
let inventsIn: (text: string) => boolean;

/** The writer's possessive. */
const OWN = /^(?:my|mon|ma|mes|mein|meine|meiner|meinem|meinen|mi|mis|our|notre|nos|unser|unsere|unserer|unserem)$/i;
/** Thanks, or a greeting that signs a message. */
const THANKED =
  /(?<![\p{L}])(?:danke|dankeschön|merci|thanks|thank you|thx|gracias|gr(?:ü|ue?)(?:ß|ss)e|lg|bisous|cordialement|saludos|besos|cheers)(?![\p{L}])/iu;

/**
 * Whether a name is a character of a story the child asks to be made up, or of a made-up task (a maths word
 * problem), told in the same sentence or the next ones, with no word for the writer after the request ("écris
 * une histoire avec un garçon qui s'appelle Tom", "Textaufgabe: Lena ist 12 … In wie vielen Jahren ist Lena…";
 * not "écris une histoire sur ma sœur qui s'appelle Léa", "… sur Léa, ma meilleure amie").
 */
function invented(scan: Scan, start: number): boolean {
  const re = INVENTS();
  if (!re || !inventsIn(scan.text)) return false;
  // (From the text itself: `before` stops at the sentence's end, and a task's names recur in its question.)
  const sentence = scan.text.slice(Math.max(0, start - 100), start);
  // The last request before the name ("Erörterung: … Mein Beispiel: Schülerin Jana").
  let m: RegExpExecArray | undefined;
  for (const r of sentence.matchAll(re)) m = r;
  if (!m) return false;
  // A story for someone of the writer's own is no made-up one: "ich schreib meiner Oma eine Geschichte".
  // (The words between the request's first and last, where "*" stands; the writer's possessive just before the
  // last is the story's own: "continue my story".)
  const asked = wordsOf(m[0]);
  if (asked.slice(1, -1).some((w, i) => isRelation(w) || (OWN.test(w) && i + 2 < asked.length - 1))) return false;
  // Thanks after the request end it: what follows is signed ("Danke für die Hilfe bei der Erörterung!! Liebe Grüße, Hannah").
  if (THANKED.test(sentence.slice(m.index + m[0].length))) return false;
  const after = scan.after(start, 60);
  const rest = after.slice(0, after.search(/[.!?\n]|$/));
  // (German "im" is no English "I'm": "ein Mädchen namens Ylvi im Wald". The writer's own character is the
  // story's: "j'écris une histoire où mon héroïne, Luna, habite…".)
  const words = wordsOf(`${sentence.slice(m.index + m[0].length)} ${rest}`);
  return !words.some((w, i) => w !== 'im' && writerIn(w) && !(OWN.test(w) && STORY_CHARACTER.test(words[i + 1] ?? '')));
}

/** A message the writer will send, to a group chat, a class, a team or as an invitation. */
const OWN_MESSAGE =
  /(?<![\p{L}])(?:group(?:e)?(?:[ \t]+de[ \t]+(?:la[ \t]+)?classe)?|group ?chat|gc|klassengruppe|klassenchat|gruppenchat|grupo(?:[ \t]+de[ \t]+(?:la[ \t]+)?clase)?|einladung|invitation|invitaci[oó]n|invite)(?![\p{L}])/iu;
/**
 * A quotation: « … », „ … “, “ … ”, " … ", ' … ' (not an elision's or a genitive's; each stops at the next opening
 * mark, so the search stays linear). In single quotes an apostrophe between letters stays inside ("'Je m'appelle
 * Tom'"), for at most 300 characters.
 */
const QUOTATION =
  /«[^«»]*»|[„\x84][^„“”\x84\x93\x94]*[“”\x93\x94]|[“\x93][^“”\x93\x94]*[”\x94]|"[^"\n]*"|(?<![\p{L}])'(?:[^'\n]|(?<=[\p{L}])'(?=[\p{L}])){0,300}'(?![\p{L}])/gu;
let quotesOf: { scan: Scan; spans: number[] } | undefined;

/**
 * Whether a name sits inside a quotation, asked in a message about a song, a lesson, a work or a saying: the
 * quotation's words, not the writer's ("« je m'appelle Hélène » c'est de qui cette chanson ?", „Mein Name ist
 * Hase“ bedeutet…). The quotations are found once a message; they do not overlap and come in order, so the
 * last that opens before the name is the one to ask.
 */
function quoted(scan: Scan, start: number, end: number): boolean {
  if (quotesOf?.scan !== scan) {
    const spans: number[] = [];
    // The writer's own message to send, quoted to be made nicer, is theirs: "mets ce texte en plus joli pour le
    // groupe de la classe : 'anniv de Romane samedi…, réponse au 06…'".
    if (!OWN_MESSAGE.test(scan.text))
      for (const m of scan.text.matchAll(QUOTATION)) spans.push(m.index, m.index + m[0].length);
    quotesOf = { scan, spans };
  }
  const { spans } = quotesOf;
  let lo = 0;
  let hi = spans.length / 2 - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid]! < start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && end < spans[2 * at + 1]!;
}

/**
 * A number or an address named as a service's or a building's, in French, German or Spanish: "le numéro de SOS
 * Amitié c'est…", "die Nummer vom Kinderschutzbund ist…", "l'adresse de l'Élysée c'est…". No one's, unless the
 * name is a given name, a relation or a title ("le numéro de Léa", "die Adresse von Oma", "le numéro de Mme
 * Dubois"), or the writer's own ("mon numéro de WhatsApp").
 */
const OF_NAMED =
  /(?<![\p{L}])(?:[Nn]um[ée]ro|[Nn]ummer|[Tt]elefonnummer|[Hh]otline|[Ss]ervicenummer|[Nn][uú]mero|[Tt][ée]l[ée]phone|[Tt][ée]l|[Aa]dresse|[Dd]irecci[oó]n)[ \t]+(?:de la|de|du|des|d['’]|von|vom|der|del)[ \t]*(?:(?:la|le|les|l['’]|der|die|dem|den|el)[ \t]*)?([\p{Lu}][\p{L}\p{M}'’-]*)(?:[ \t]+(?:(?:de|du|des|von|vom|der)[ \t]+|d['’])?[\p{Lu}][\p{L}\p{M}'’-]*){0,3}[ \t]*(?:c['’]est|est|ist|es|:)?[ \t]*(?:le|la)?[ \t]*$/u;
function ofService(lead: string): boolean {
  const m = OF_NAMED.exec(lead);
  const named = m?.[1];
  if (!m || !named || writerWord(/([\p{L}]+)[ \t]*$/u.exec(lead.slice(0, m.index))?.[1] ?? '')) return false;
  const key = fold(named);
  return !givenName(named) && !isRelation(named) && !TITLES().has(key) && !lexicon().set('titles').has(key);
}

/** Words before a stop's name (and the stops named before it), and words for a line that stops there. */
const STOP_LEAD =
  /(?<![\p{L}])(?:direction|arr[êe]t|station|terminus|passe par|passent par|descends? à|descends? a|descendue? à|descendue? a|change à|changer à|changé à|correspondance à|richtung|haltestelle|umsteigen in|aussteigen in|ausgestiegen (?:in|an)|umgestiegen in|get off at|got off at|change at|changed at|parada|estaci[oó]n)[ \t]+(?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t]*(?:,|et|puis|pis|ou|and|und|y)[ \t]+){0,3}$/iu;
const TRANSIT =
  /(?<![\p{L}])(?:bus|tram|tramway|métro|metro|rer|ligne|train|ter|tgv|u-bahn|s-bahn|straßenbahn|strassenbahn|subway|tube|línea|linea|colectivo)(?![\p{L}])/iu;

/** After a school project's subject and others named with it, a comma or "and" that adds one more. */
const ABOUT_LIST =
  /(?<![\p{L}])(?:exposé|expose|projet|rapport|référat|referat|vortrag|präsentation|exposición|proyecto|biographie|biografía)[ \t]+(?:sur|über|sobre|acerca de)[ \t]+([^.!?\n]{1,60}?)(?:,|[ \t](?:et|and|und|y|e))[ \t]*$/iu;
/** A word for the writer or a relation in the list before the name, or the writer just after it ("…, Léa et moi"), makes it a partner. */
function listedSubject(lead: string, after: string): boolean {
  const listed = ABOUT_LIST.exec(lead)?.[1];
  if (listed === undefined || listed.split(/[^\p{L}\p{M}]+/u).some((w) => w !== '' && (writerWord(w) || isRelation(w))))
    return false;
  const partner = /^[ \t]*(?:et|and|und|y|e|avec|with|mit|con)[ \t]+([\p{L}]+)/iu.exec(after)?.[1];
  return !(partner && writerWord(partner));
}

/** A name talked of as a name ("le prénom Jules ou…", "the name Ava"), or counted ("trois Lucas"; not "à deux, Léa et moi"). */
const AS_NAME =
  /(?:(?<![\p{L}])(?:le|un|ce|du|au|the|a|der|den|dem|el|un)[ \t]+(?:prénom|prenom|first name|name|vorname|nombre)[ \t]+(?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t]*(?:,|ou|et|or|and|oder|und|o|y)[ \t]+){0,3}|(?<![\p{L}])(?<!(?:à|zu|en|by)[ \t]+)(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|zwei|drei|vier|fünf|dos|tres|cuatro|cinco)[ \t]+)$/iu;

/**
 * French and German numbers in words, as phone numbers are read out: one digit ("zéro", "null", "fünf") or a pair
 * ("douze", "quarante", "soixante-dix-huit", "zweiunddreißig"), folded, with how many digits each stands for.
 */
const NUMBER_WORD_DIGITS: () => Map<string, number> = once(() => {
  const map = new Map<string, number>();
  for (const w of 'zero un une deux trois quatre cinq six sept huit neuf null eins zwei zwo drei vier funf fuenf sechs sieben acht neun'.split(
    ' ',
  ))
    map.set(w, 1);
  const frUnits = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
  const frTeens = 'dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf'.split(' ');
  for (const w of frTeens) map.set(w, 2);
  for (const tens of ['vingt', 'trente', 'quarante', 'cinquante', 'soixante']) {
    map.set(tens, 2);
    map.set(`${tens}-et-un`, 2);
    map.set(`${tens} et un`, 2);
    for (const u of frUnits.slice(1)) map.set(`${tens}-${u}`, 2);
  }
  for (const t of frTeens) map.set(`soixante-${t}`, 2);
  map.set('soixante-et-onze', 2);
  map.set('quatre-vingt', 2);
  map.set('quatre-vingts', 2);
  for (const u of frUnits) map.set(`quatre-vingt-${u}`, 2);
  for (const t of frTeens) map.set(`quatre-vingt-${t}`, 2);
  const deUnits = ['ein', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun'];
  for (const w of 'zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn'.split(' '))
    map.set(w, 2);
  for (const tens of ['zwanzig', 'dreissig', 'vierzig', 'funfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig']) {
    map.set(tens, 2);
    for (const u of deUnits) map.set(`${u}und${tens}`, 2);
  }
  return map;
});
/** A word that may be a number in French or German, or a group of digits, and what comes after it. */
const NUMBER_TOKEN = /([\p{L}-]+|\d{1,5})([ \t]*[,.-]?[ \t]+|[ \t]*,[ \t]*|$)/uy;
const FR_DE_NUMBER =
  /(?<![\p{L}])(?:z[ée]ro|null|douze|vingt|trente|quarante|cinquante|soixante|quatre|zwei|drei|vier|f(?:ü|ue?)nf|sechs|sieben|acht|neun|zwanzig|drei(?:ß|ss)ig)/iu;

/**
 * A phone number read out in French or German words, digits mixed in: "zéro six 47 douze 83 19", "07 81 quarante
 * 22 09", "null eins fünf sieben 32 88 vier 01 19". It opens with a zero, as every national number there does, so
 * counting ("dix, vingt, trente…") is never one; three parts or more, a word among them, ten digits or more (or
 * seven with a phone word before).
 */
function findWordPhones(scan: Scan, phoneBefore: (index: number) => boolean): void {
  const { text } = scan;
  if (!FR_DE_NUMBER.test(text)) return;
  const start = /(?<![\p{L}\p{N}])(?:z[ée]ro|null|0\d?)(?![\p{L}])/giu;
  let done = 0;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    if (m.index < done) continue;
    let at = m.index;
    const spokenZero = !/^\d/.test(m[0]);
    let digits = 0;
    let words = 0;
    let parts = 0;
    let end = at;
    while (at < text.length) {
      NUMBER_TOKEN.lastIndex = at;
      const t = NUMBER_TOKEN.exec(text);
      if (!t) break;
      const token = t[1]!;
      const n = /^\d/.test(token) ? token.length : NUMBER_WORD_DIGITS().get(fold(token));
      if (n === undefined) break;
      if (!/^\d/.test(token)) words++;
      // After a spoken zero comes one digit or digits, never a pair: "zéro six", "null eins"; not "null, zwölf".
      if (parts === 1 && spokenZero && n === 2 && !/^\d/.test(token)) break;
      digits += n;
      parts++;
      end = at + token.length;
      at = NUMBER_TOKEN.lastIndex;
      // No phone is longer: each start reads a bounded stretch, so a long run of numbers stays linear.
      if (t[2] === '' || digits > 15 || parts > 15) break;
    }
    if (words > 0 && parts >= 3 && digits <= 15 && (digits >= 10 || (digits >= 7 && phoneBefore(m.index)))) {
      scan.add('phone', m.index, end);
      done = end;
    } else if (digits > 15) {
      // Too long for a phone, and so is any stretch of it: read on after it.
      done = end;
      start.lastIndex = end;
    }
  }
}

/** Built on first use, as the packs' patterns are. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * A sum headed as one where the message starts ("Problème : Léa a 12 ans…", "Exercice 4 :", "Textaufgabe:"), or
 * headed by the subject alone ("Mathe: Lisa kauft 3 Hefte…").
 */
const PROBLEM_HEAD =
  /^[ \t]*(?:probl[eè]me|[ée]nonc[ée]|exercice|exo|problem|word problem|aufgabe|textaufgabe|sachaufgabe|rechenaufgabe|problema|ejercicio|maths?|mathe|math[ée]matiques|matem[aá]ticas|mates)(?:[ \t]+(?:de|d['’]|of|in|aus|en)?[ \t]*(?:maths?|math[ée]matiques|mathe|matem[aá]ticas))?[ \t]*(?:\d{1,3}[ \t]*)?:/iu;
/** A riddle or a joke headed as one where the message starts ("devinette :", "Rätsel:", "chiste:"): its people are its own. */
const RIDDLE_HEAD =
  /^[ \t]*(?:devinette|[ée]nigme|charade|blague|riddle|joke|r(?:ä|ae)tsel|scherzfrage|witz|adivinanza|acertijo|chiste)[ \t]*:/iu;
/** A sum called one anywhere in the message: "… is ne textaufgabe aus dem buch", "Question de maths : …". */
const PROBLEM_NAMED =
  /(?<![\p{L}])(?:text|sach|mathe-?)aufgabe|(?<![\p{L}])(?:word problem|maths? problem|(?:probl[eè]me|question|exo|exercice)s? de maths?|problema de matem[aá]ticas)(?![\p{L}])/iu;
/** Whether the message is a sum or a riddle headed as one. */
function headedUncached(text: string): boolean {
  return (
    (((PROBLEM_HEAD.test(text) || PROBLEM_NAMED.test(text)) && /\d/.test(text) && HOW_MANY.test(text)) ||
      RIDDLE_HEAD.test(text)) &&
    !MY.test(text)
  );
}
/** It asks how many, or how old. */
const HOW_MANY =
  /(?<![\p{L}])(?:how many|how much|how old|cu[aá]nt[oa]s?|qu[ée] edad|combien|quel(?:le)? (?:est l['’])?[âa]ge|[âa]ge moyen|wie viele?|wieviele?|wie alt)(?![\p{L}])/iu;
/** The writer's own people: "mon frère", "my sister", "meine Oma". */
const MY = /(?<![\p{L}])(?:mon|ma|mes|my|mi|mis|mein|meine|meinen|meinem|meiner)[ \t]/iu;

/** Where a building stands, in the packs' words: "l'Élysée se trouve…", "das Rathaus steht am…". */
let SITED: () => RegExp | undefined;
/** Small words inside a place's name: "Stade de France", "Hôtel de Ville", "Museum für Naturkunde". */
const INSIDE_NAME = /^(?:de|du|des|la|le|of|the|von|der|für|del|de la)$/i;
/** Words that stand for someone or something already named. */
const PRONOUN = /^(?:he|she|they|it|il|elle|ils|elles|er|sie|es|él|ella|ellos|the|der|die|das|le|la|el)$/i;

/** A word for a home or a school of the packs' ("Haus", "Wohnung", "Grundschule", "collège"). */
function homeOrSchool(word: string): boolean {
  const key = fold(word);
  const lx = lexicon();
  if (lx.set('homes').has(key) || lx.set('schools').has(key)) return true;
  return lx.list('schools').some((s) => s.startsWith('-') && key.endsWith(fold(s.slice(1))));
}

/** The writer's address, named as theirs. */
const OWN_ADDRESS =
  /(?<![\p{L}])(?:mon|ma|notre|my|our|mein|meine|meiner|unsere|mi|nuestra|nuestro)[ \t]+(?:adresse|address|anschrift|direcci[oó]n|domicilio|domicile)(?![\p{L}])/iu;
/**
 * Where a named place stands, in the packs' words ("l'Élysée c'est au…", "das Kanzleramt ist in der…",
 * "on a appris que l'Hôtel Matignon est au…"): the capitalised words right before the verb, no one's home
 * or school, no relation, no writer's word before them or after the verb, and no common given name alone
 * ("Lena ist in der…" may be a friend).
 */
function sitedPlace(text: string, lead: string): boolean {
  const verb = SITED()?.exec(lead);
  if (!verb) return false;
  // The writer's own address, whatever is named before the verb: "mon adresse pour la livraison Vinted c'est…".
  if (OWN_ADDRESS.test(lead)) return false;
  // (German "im" is no English "I'm" here: "liegt im Norden".)
  if (wordsOf(lead.slice(verb.index)).some((w) => w !== 'im' && writerIn(w))) return false;
  const words = wordsOf(lead.slice(0, verb.index));
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/^[dlcjmnst]['’]/i, '');
    if (/^[\p{Lu}]/u.test(w) || (run.length > 0 && INSIDE_NAME.test(w))) run.unshift(w);
    else {
      // A writer's possessive before the name: "unser Haus", "mon Collège".
      if (run.length > 0 && writerIn(words[i]!)) return false;
      break;
    }
  }
  while (run.length > 0 && INSIDE_NAME.test(run[0]!)) run.shift();
  // An article given a capital where the sentence starts, before the place: "Das Rathaus ist am Marktplatz 1".
  if (run.length > 1 && /^(?:Der|Die|Das|Le|La|Les|The|El|Los|Las)$/.test(run[0]!)) run.shift();
  // A public place or a shop after an article: "la médiathèque est au…", "le gymnase se trouve…".
  if (run.length === 0 && words.length > 0) {
    const last = words[words.length - 1]!;
    const place = fold(last.replace(/^l['’]/i, ''));
    const article = /^l['’]/i.test(last) || PRONOUN.test(words[words.length - 2] ?? '');
    if (article && lexicon().set('buildings').has(place)) return true;
  }
  if (run.length === 0 || PRONOUN.test(run[0]!)) return false;
  // The writer's own, capitalised where the sentence starts: "Mein Geburtstag ist am…", "Unser Haus steht in der…".
  if (run.some((w) => homeOrSchool(w) || isRelation(w) || writerIn(w))) return false;
  return !(givenName(run[0]!) && (run.length < 2 || writerWordsIn(text)));
}

/**
 * A company's desk, no one's own address: a role for its name at a domain that is no mail provider's nor a
 * school's ("contact@nintendo.fr", "info@lego.de"; not "contact@gmail.com", "info@gymnasium-nord.de").
 */
const DESK =
  /^(?:contact|info|infos|support|service|sav|hello|kontakt|help|aide|hilfe|press|presse|newsletter|webmaster|feedback|kundenservice|kundendienst|service-?client)@/i;
const NOT_A_COMPANY =
  /@(?:[^@]*[.-])?(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|aol|gmx|web|t-online|orange|free|sfr|wanadoo|laposte|proton|protonmail|yandex|mail)\.|ecole|école|college|collège|lycee|lycée|schule|gym|school|academ|ac-|edu/i;
/** The writer giving their own address: "mon mail c'est…", "meine email:". */
const OWN_MAIL = /(?<![\p{L}])(?:my|mon|ma|mein|meine|mi)\s+(?:e-?mail|mail|courriel|correo|adresse|address)/iu;
/** A company's desk address, unless the writer gives it as theirs. */
const publicMail = (address: string, lead: string) =>
  DESK.test(address) && !NOT_A_COMPANY.test(address) && !OWN_MAIL.test(lead);

/**
 * A public page, its owner named before it by a name that is no common given name: "la chaîne YouTube de
 * Michou c'est…", "der Kanal von Papaplatte:". A friend's ("la chaîne de Léa") still counts.
 */
const OWNER_BEFORE =
  /(?<![\p{L}])(?:[Cc]ha[iî]ne|[Kk]anal|[Cc]hannel|[Ss]ite|[Ss]eite|[Pp]age|[Cc]ompte|[Aa]ccount|[Pp]rofile?|[Ii]nsta|[Tt]ik[Tt]ok|[Tt]witch|[Yy]ou[Tt]ube)(?![\p{L}])[^.!?\n]{0,20}?(?<![\p{L}])(?:de|du|von|vom|of)[ \t]+([\p{Lu}][\p{L}\p{M}\d-]*)([^.!?\n]{0,16})$/u;
function publicPage(lead: string): boolean {
  const m = OWNER_BEFORE.exec(lead);
  return m !== null && !givenName(m[1]!) && !m[2]!.split(/[^\p{L}\p{M}]+/u).some((w) => w !== '' && writerWord(w));
}

/** Words the child uses for themself as a subject ("mon chat et moi", "mein Hund und ich"). */
const ME_SUBJECT = /^(?:i|im|i['’]m|me|we|yo|nosotros|je|j|moi|nous|ich|mir|mich|wir)$/i;

/**
 * Whether the clause before a date is a pet's, a school's or a team's: a pet word, a kind of school or a group,
 * with no word for the child after it ("mon hamster Noisette est né le…", "unser Hund Bello hat am … Geburtstag",
 * "notre collège fête ses 60 ans le…"; not "mon chat et moi on est nés le…").
 */
function petsBirth(lead: string): boolean {
  const pets = lexicon().set('pets');
  const schools = lexicon().set('schools');
  if (pets.size === 0) return false;
  const words = (lead.split(/[.!?\n;]/).pop() ?? '').split(/[^\p{L}\p{M}'’]+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (w.split(/['’]/).some((part) => ME_SUBJECT.test(part))) return false;
    const key = fold(w);
    if (pets.has(key) || pets.has(key.replace(/s$/, '')) || schools.has(key) || GROUP_WORD.test(w)) return true;
  }
  return false;
}

/** A band, a team or a game's world, which are named too ("die Band heißt…", "mon équipe s'appelle…"). */
const GROUP_WORD =
  /(?<![\p{L}])(?:bands?|groupe|group|grupo|[ée]quipe|equipo|team|crew|clan|squad|verein|mannschaft|serveur|server|servidor|insel|île|isla|island)(?![\p{L}])/iu;

/** A stage after a name: "en concert", "im Konzert", "live", "sur scène" (not "en concert de piano de l'école"). */
const ON_STAGE =
  /^[ \t]+(?:(?:en|in|im)[ \t]+(?:concierto|concert|konzert)|live|sur sc[èe]ne|auf der b[üu]hne|on stage|en vivo|en tourn[ée]e)(?![\p{L}])(?![ \t]+(?:de|du|des|von|der|of|at|à|a|in|im)(?![\p{L}]))/iu;
/** A verb of singing said of the name just before it: "Louane, elle chante…", "Nina Chuba singt…". */
const PERFORMS =
  /^[ \t,]*(?:(?:il|elle|er|sie|he|she)[ \t]+)?(?:chante|chantait|rappe|singt|sang|rappt|sings|raps|canta)(?![\p{L}])/iu;
/** Small words that put a thing after someone: "le garçon de la ville", "der Junge aus dem Dorf". */
const FROM_WORD = /^(?:de|du|des|d['’]|von|vom|aus|of|from|in|im|à|au|aux|bei|dans|sur|zur|zum)$/i;

/**
 * The clause before a naming verb, with no relation in it, is a thing's (the packs' `things`: "die Stadt heißt
 * Ulm", "mon avatar s'appelle Dragon"; not "le garçon de la ville s'appelle…"), or a story's ruler with no
 * possessive of the writer's ("die Prinzessin heißt Zelda"; not "ma reine s'appelle…").
 */
function namedThing(clause: string, ruler: RegExp): boolean {
  const words = wordsOf(clause.split(/[.!?\n;]/).pop() ?? '');
  if (words.some(isRelation)) return false;
  // Past a relative pronoun: "y'a un jeu qui s'appelle Brookhaven", "eine App, die heißt…".
  if (words.length > 1 && RELATIVE.test(words.at(-1)!)) words.pop();
  if (
    lexicon()
      .set('things')
      .has(fold(words.at(-1) ?? '')) &&
    !words.slice(-3, -1).some((w) => FROM_WORD.test(w))
  )
    return true;
  return (
    ruler.test(clause) &&
    !words.some((w) => /^(?:my|our)$/i.test(w) || (lexicon().set('possessives').has(fold(w)) && writerWord(w)))
  );
}

/** A relative pronoun before a naming verb. */
const RELATIVE = /^(?:qui|que|der|die|das|welche[rs]?|which|that|who)$/i;
/** A request to tell of someone, just before the name: "erzähl mir von", "erzähl mal was über", "parle-moi de". */
const TELL_OF =
  /(?<![\p{L}])(?:erzähl(?:e|t)?|erklär(?:e|t)?)[ \t]+(?:mir|uns)[ \t]+(?:(?:mal|bitte|was|etwas)[ \t]+){0,2}(?:von|über)[ \t]+(?:(?:der|die|dem|den)[ \t]+)?(?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t]*(?:,|und)[ \t]*){0,3}$|(?<![\p{L}])(?:parle|raconte|explique)[- \t]?(?:moi|nous)[ \t]+(?:de|d['’]|du|sur)[ \t]*(?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t]*(?:,|et)[ \t]*){0,3}$/iu;
/** The writer loving or liking someone just before the name: "j'adore …", "ich finde …". */
const LOVES = /(?<![\p{L}])(?:j['’]adore|j['’]aime|j['’]kiffe|ich (?:finde|liebe|mag)|i (?:love|like))[ \t]+$/iu;
/** In German order, the writer's verb of reading, hearing or watching after a title that opens the clause. */
const TOPIC_WORK =
  /^[^.!?,\n]{0,30}?(?<![\p{L}])(?:(?:hören|lesen|gucken|schauen|sehen|singen)[ \t]+(?:wir|ich)(?![\p{L}])|(?:haben|hatten|hab|habe)[ \t]+(?:wir|ich)(?![\p{L}])[^.!?,\n]{0,40}?(?<![\p{L}])(?:gelesen|geguckt|gehört|gesehen|geschaut|gesungen)(?![\p{L}]))/iu;
/** A verb of singing just before: what follows is a song's title. */
const SUNG =
  /(?<![\p{L}])(?:sing[\p{L}]*|chant[\p{L}]*|cant[\p{L}]*)[ \t]+(?:(?:wir|we|on|nous|alle|ensemble|zusammen)[ \t]+)?$/iu;
/** A German possessive and the relation (a describing word perhaps before it), ending the text: "meine Mama ". */
const OWNED_RELATION = '(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|em|er|en)?[ \\t]+(?:\\p{L}+[ \\t]+){1,2}$';
/** A German preposition, a possessive, and the relation: "mit meiner kleinen Schwester ". */
const GERMAN_OBJECT = new RegExp(
  `(?<![\\p{L}])(?:mit|bei|von|vom|zu|zum|zur|für|gegen|ohne|neben)[ \\t]+${OWNED_RELATION}`,
  'iu',
);
/** A possessive and the relation alone just before: "meine Mama ". */
const GERMAN_OWNED = new RegExp(`(?<![\\p{L}])${OWNED_RELATION}`, 'iu');
/** A German participle with "ge": "angerufen", "geguckt", "eingekauft". */
const GE_SHAPE = '\\p{Ll}{0,6}ge\\p{Ll}{2,}(?:t|en)';
const GE_PARTICIPLE = new RegExp(`^${GE_SHAPE}$`, 'u');
/**
 * The shape of a German infinitive or participle, which closes the clause: "einkaufen", "geguckt", "eingekauft",
 * "übernachtet", "telefoniert".
 */
const CLOSING_SHAPE = `(?:${GE_SHAPE}|(?:be|ver|er|über|zer|ent|emp)\\p{Ll}{2,}(?:t|en)|\\p{Ll}{2,}(?:en|ern|eln|iert))`;
const GERMAN_CLOSING_VERB = new RegExp(`^${CLOSING_SHAPE}$`, 'u');

/**
 * A relation after a German preposition is an object, so one word of the shape of an infinitive or a participle
 * after it is the clause's verb ("ich war mit meinem Bruder einkaufen", "mit meiner Schwester geguckt", "mit
 * meinem Opa angeln ist…"), not the relation's name.
 */
function verbAtClauseEnd(text: string, at: number, word: string): boolean {
  if (!GERMAN_CLOSING_VERB.test(word) || givenName(word)) return false;
  const lead = text.slice(Math.max(0, at - 50), at);
  // A participle with "ge" is no name after any German possessive and relation: "hat meine Mama angerufen".
  return GERMAN_OBJECT.test(lead) || (GE_PARTICIPLE.test(word) && GERMAN_OWNED.test(lead));
}

/** A German infinitive or participle after a word, closing its clause: "Fußball gespielt", "Schluss gemacht". */
const CLOSING_AFTER = new RegExp(
  `^[ \\t]+${CLOSING_SHAPE}(?=[ \\t]*(?:$|[,.!?;)\\n]|(?:und|aber|oder)(?![\\p{L}])|\\p{Extended_Pictographic}))`,
  'u',
);

/**
 * The same object in German, then a capitalised word and a verb that closes the clause: the word is the verb's
 * object ("mit meinem Papa Fußball gespielt", "mit ihrem Freund Schluss gemacht"), not the relation's name.
 */
function objectNoun(text: string, span: Span): boolean {
  if (span.tokens.length !== 1 || givenName(span.tokens[0]!)) return false;
  const before = text.slice(Math.max(0, span.start - 50), span.start);
  const after = text.slice(span.end, span.end + 30);
  return (
    (GERMAN_OBJECT.test(before) && CLOSING_AFTER.test(after)) ||
    (GERMAN_SUBORDINATE.test(before) && FINITE_CLOSING.test(after)) ||
    (GERMAN_HAS.test(before) && (CLOSING_AFTER.test(after) || CLAUSE_END.test(after) || WHEN_AFTER.test(after))) ||
    (GERMAN_GIVEN_TO.test(before) && (CLOSING_AFTER.test(after) || CLOSED_AFTER.test(after))) ||
    FAMILY_BY_ARTICLE.test(before)
  );
}
/** A German main clause in inverted order, what the relation has just before it: "Morgen hat mein Bruder Geburtstag". */
const GERMAN_HAS = new RegExp(`(?<![\\p{L}])(?:hat|hatte|hätte|kriegt|bekommt|braucht)[ \\t]+${OWNED_RELATION}`, 'iu');
/**
 * A relation in the dative, or the subject after a modal verb, then a thing and the verb that closes the clause:
 * "ich hab meiner Oma Blumen geschenkt", "darf mein Bruder Cola trinken".
 */
const GERMAN_GIVEN_TO =
  /(?<![\p{L}])(?:(?:mein|dein|sein|ihr|unser|euer|eur)(?:em|er)|(?:darf|kann|soll|muss|will|durfte|konnte|sollte|musste|wollte)[ \t]+(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|en)?)[ \t]+(?:[\p{L}]+[ \t]+){1,2}$/iu;
/** A German infinitive or participle after a word, then a conjunction: "Kuchen mitgebracht, weil…", "… mitgebracht weil". */
const CLOSED_AFTER = new RegExp(
  `^[ \\t]+${CLOSING_SHAPE}[ \\t]*(?:weil|dass|daß|denn|wenn|als|obwohl)(?![\\p{L}])`,
  'iu',
);
/** The clause ends just after the word, or goes on with a conjunction. */
const CLAUSE_END =
  /^[ \t]*(?:$|[,.!?;)\n]|(?:und|aber|oder|weil|dass|daß|denn|wenn|als|obwohl)(?![\p{L}])|[\p{Extended_Pictographic}])/u;
/** When, after the thing had: "hat meine Schwester Geburtstag am Wochenende". */
const WHEN_AFTER = /^[ \t]+(?:am|im|um|ab|seit|bis|nächste|nächsten|diese|diesen|morgen|heute|übermorgen)(?![\p{L}])/iu;
/** A German subordinate clause about a relation, its verb at the end: "weil meine Tante Kleider näht". */
const GERMAN_SUBORDINATE = new RegExp(
  `(?<![\\p{L}])(?:weil|dass|daß|wenn|ob|obwohl|damit|bevor|nachdem|sobald|während)[ \\t]+${OWNED_RELATION}`,
  'iu',
);
/** A verb in the third person that closes the clause: " näht.", " liest,". */
const FINITE_CLOSING = /^[ \t]+[\p{Ll}]{2,}t(?=[ \t]*(?:$|[,.!?;)\n]|[\p{Extended_Pictographic}]))/u;
/**
 * A family word after an article, not a possessive: a figure of a tale, a show or a saying ("die Mutter Geiß",
 * "der Vater Staat", "le Père Fouras", "la Mère Michel"), unless a known given name follows.
 */
const FAMILY_BY_ARTICLE =
  /(?<![\p{L}])(?:(?:der|die|den|dem|des)[ \t]+(?:mutter|mama|vater|papa|tante|onkel|oma|opa|bruder|schwester|großmutter|großvater)|(?:le|la|du|au)[ \t]+(?:père|mère|tante|oncle|grand-père|grand-mère))[ \t]+$/iu;

/** A day in words as looked up: folded, without spaces or hyphens, "ue" for "ü" read as "u". */
const dayKey = (word: string) =>
  fold(word)
    .replace(/[\s,!-]+/g, '')
    .replace(/([aou])e/g, '$1');

/** The packs' days in words and months, with their numbers, and a day in words before a month: "le deux mars", "am sechsten März 2012". */
function buildDays(lx: Lexicon) {
  const numbers = (field: 'days' | 'months') => {
    const map = new Map<string, number>();
    for (const { pii } of lx.packs)
      pii[field]?.split(/\s+/).forEach((forms, i) => {
        for (const f of forms.split('/')) if (f && !map.has(dayKey(f))) map.set(dayKey(f), i + 1);
      });
    return map;
  };
  const words = (field: 'days' | 'months') => lx.packs.flatMap(({ pii }) => pii[field]?.split(/[\s/]+/) ?? []);
  const days = words('days');
  return {
    day: numbers('days'),
    month: numbers('months'),
    date: days.length
      ? new RegExp(
          `(?<![\\p{L}])((?:${alternation(days)})(?:en|er|es|e)?)[ \\t]+(${alternation(words('months'))})(?![\\p{L}])\\.?(?:,?[ \\t]*(\\d{4}))?(?!\\d)`,
          'giu',
        )
      : undefined,
  };
}
let DAYS: () => ReturnType<typeof buildDays>;
let OWN_AFTER: () => RegExp;

function dayDates(text: string): { index: number; 0: string; day: number; month: number; year: number | undefined }[] {
  const { day, month, date } = DAYS();
  if (!date) return [];
  const found = [];
  // An exec loop on the pattern itself: matchAll would copy the large pattern at every call.
  date.lastIndex = 0;
  for (let m = date.exec(text); m; m = date.exec(text)) {
    const key = dayKey(m[1]!);
    found.push({
      index: m.index,
      0: m[0],
      day: day.get(key) ?? day.get(key.replace(/(?:en|er|es|e)$/, '')) ?? 0,
      month: month.get(dayKey(m[2]!)) ?? 0,
      year: m[3] ? Number(m[3]) : undefined,
    });
  }
  return found;
}

/** A question about the writer's own birthday just before a date: "mein Geburtstag? der 8.11." (not "wann hat Cro Geburtstag? am…"). */
let ASKED: () => RegExp;
function askedMine(lead: string): boolean {
  const m = ASKED().exec(lead);
  if (!m) return false;
  const question =
    lead
      .slice(0, m.index + m[0].indexOf('?'))
      .split(/[.!?\n]/)
      .pop() ?? '';
  return wordsOf(question).some(writerIn);
}

/** A character in a work: "dans" and a capitalised title after the name ("Tante Agathe dans Harry Potter"). */
const IN_A_WORK =
  /^[^.!?\n]{0,30}?[ \t](?:(?:dans|in)[ \t]+(?:(?:le|la|les|l['’]|the)[ \t]*)?[\p{Lu}][\p{Ll}]+[ \t]+[\p{Lu}]|dans[ \t]+[\p{Lu}][\p{Ll}]+[ \t]*(?:$|[.!?,;)\n]|[\p{Extended_Pictographic}]))/u;
/** A relation matched without its accents that is, as written, an everyday word: "le même vélo" (not "mémé"). */
function everyday(cue: string): boolean {
  const written = (cue.trim().split(/\s+/).at(-1) ?? '').toLowerCase();
  return (
    /[^a-z]/.test(written) && !lexicon().list('relations').includes(written) && lexicon().list('stop').includes(written)
  );
}

/** Lets the name and address readers read these cues. */
export function install(engine: Kit): void {
  ({
    commonWords,
    thirdParty,
    contextCues,
    writerWord,
    writerIn,
    STORY_CHARACTER,
    wordsOf,
    WORK_TALK,
    aboutTheWriter,
    writerWordsIn,
    famous,
    HOUSEHOLD_WORDS,
    INTRO_WORDS,
    introName,
    known,
    longerLower,
    lowerKnown,
    givenName,
    isPlatform,
    isRelation,
    petWord,
    stopWord,
    TITLES,
    nameAfterRelation,
    packCues,
    plausibleAlone,
    readName,
    take,
    takeIntro,
    upper,
    WEAK_WORDS,
    addStreet,
    livesBefore,
    PACK_STREET_WORDS,
    streetWords,
    alternation,
    eitherCase,
    fold,
    fromPacks,
    lexicon,
  } = engine);
  CUES = fromPacks(buildCues);
  SITED = fromPacks((lx) => {
    const sited = alternation(lx.list('sited'));
    return sited ? new RegExp(`(?<![\\p{L}])(?:${sited})(?![\\p{L}])`, 'iu') : undefined;
  });
  // "*" stands for a few words between: "schreib * geschichte" is also "schreib ne fantasy geschichte".
  const invents = fromPacks((lx) => alternation(lx.list('invents'), { '*': "[\\p{L}'’ \\t-]{0,30}?" }));
  INVENTS = fromPacks(() => {
    const source = invents();
    return source ? new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, 'giu') : undefined;
  });
  INVENTS_ANYWHERE = fromPacks(() => {
    const source = invents();
    return source ? new RegExp(source, 'iu') : undefined;
  });
  THING_AFTER = fromPacks((lx) => {
    const nouns = alternation([
      ...lx.list('things'),
      ...lx.list('works'),
      ...'game cartoon show series book character hero heroine héros heros héroïne heroine personnage perso held heldin hauptfigur figur personaje protagonist protagonistin magazine magazin zeitschrift revue revista'.split(
        ' ',
      ),
    ]);
    return new RegExp(
      `^(?:[ \\t]+(?:et|und|and|y)[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*)*[ \\t,]*(?:c['’]est|c['’]était|ce sont|sont|est|ist|sind|war|is|are|was|es|son)[ \\t]+(?:(?:so|voll|echt|really|vraiment|trop)[ \\t]+)?(?:(?:un|une|des|le|la|les|l['’]|ein|eine|einen|der|die|das|a|an|the|el|los)[ \\t]*)?(?:(?:main|petit|principal|vieux|vieil|altes|gutes|neues|old)[ \\t]+){0,2}(?:${nouns})(?![\\p{L}])`,
      'iu',
    );
  });
  STREETS = fromPacks(buildStreets);
  DAYS = fromPacks(buildDays);
  // After a link, the writer's own page: "lukas-zockt.de ist meine Website", "…, die hab ich selbst gemacht".
  OWN_AFTER = fromPacks(
    (lx) =>
      new RegExp(
        `^[ \\t,:-]*(?:(?:${alternation(['is', ...lx.list('is')])})[ \\t]+)?(?:my|${alternation(lx.list('possessives').filter((w) => writerWord(w)))})[ \\t]+(?:\\p{L}+[ \\t]+)?(?:${alternation(['site', 'website', 'blog', 'channel', 'page', 'portfolio', ...lx.list('sites')])})(?![\\p{L}])|^[^.!?\\n]{0,30}?(?:hab ich (?:selbst |selber )?gemacht|c['’]est moi qui l['’]ai fait|i made it)`,
        'iu',
      ),
  );
  ASKED = fromPacks(
    (lx) =>
      new RegExp(
        `(?<![\\p{L}])(?:birth ?days?|bdays?|b-days?|${alternation(lx.list('births'))})[ \\t]*\\?+[ \\t]*(?:[\\p{L}]+[ \\t]+)?$`,
        'iu',
      ),
  );
  RELATION_VERBS = fromPacks(buildRelationVerbs);
  streetWords.words = STREETS;
  streetWords.read = streets as (scan: Scan, words: { ending: RegExp | undefined }) => void;
  packCues.intros = intros;
  packCues.weak = weak;
  packCues.households = households;
  packCues.personalA = personalA;
  packCues.didToMe = didToMe;
  packCues.relationVerb = relationVerb;
  packCues.afterOneEs = AFTER_ONE_ES;
  packCues.roleVerb = roleVerb;
  packCues.group = GROUP_WORD;
  packCues.namedThing = namedThing;
  packCues.onStage = ON_STAGE;
  packCues.tellOf = TELL_OF;
  packCues.performs = (lead, after, words) => PERFORMS.test(after) && (words >= 2 || LOVES.test(lead));
  packCues.topicWork = (after) => TOPIC_WORK.test(after);
  packCues.everyday = everyday;
  packCues.sungOrShown = (lead, rest) => SUNG.test(lead) || IN_A_WORK.test(rest);
  packCues.objectVerb = verbAtClauseEnd;
  packCues.objectNoun = objectNoun;
  contextCues.sited = sitedPlace;
  contextCues.died = DEATH_AFTER;
  contextCues.publicMail = publicMail;
  contextCues.publicPage = publicPage;
  contextCues.petsBirth = petsBirth;
  contextCues.dayDates = dayDates;
  contextCues.ownAfter = (after) => OWN_AFTER().test(after);
  contextCues.askedMine = askedMine;
  packCues.watchedAfter = (lead, rest) => WE_HAVE.test(lead) && WATCHED_AFTER.test(rest);
  packCues.quoted = quoted;
  contextCues.eventDay = eventDay;
  packCues.thingAfter = (after) => THING_AFTER()?.test(after) ?? false;
  packCues.invented = invented;
  inventsIn = engine.perMessage((text) => INVENTS_ANYWHERE()?.test(text) ?? false);
  // Read once a message, however many names and homes it holds.
  packCues.headed = engine.perMessage(headedUncached);
  packCues.listed = listedSubject;
  packCues.asName = AS_NAME;
  packCues.stop = (lead, text) => STOP_LEAD.test(lead) && TRANSIT.test(text);
  contextCues.ofService = ofService;
  contextCues.wordPhones = findWordPhones;
}
