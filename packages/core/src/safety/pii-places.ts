/**
 * Where a child can be found: street addresses (US/UK style, European and
 * Spanish style, military and PO boxes, postcodes) and school names.
 */
import { commonWords, notNameWords } from './lexicon.js';
import {
  contextCues,
  famousKey,
  famousMention,
  firstPerson,
  givenName,
  inExercise,
  thirdParty,
  wordsOf,
  writerIn,
} from './pii-context.js';
import { isRelation, titleCased } from './pii-names.js';
import {
  alternation,
  cue,
  eitherCase,
  entries,
  fold,
  fromPacks,
  isMonth,
  lexicon,
  type Scan,
  WEEKDAY,
  words,
} from './pii-shared.js';
import { unite } from './word-table.js';

const TYPES =
  'tce|pde|parade|cres|crt|street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|way|terrace|circle|cir|highway|hwy|parkway|pkwy|close|crescent|square|sq|trail|row|alley|grove|gardens|mews|walk|loop|pike|plaza|ridge|path|heights|crossing|expressway|freeway|causeway|rise|vale|coves|cove|unions|union|parks|squares|streets|extension|extensions|gateway|pass|hill|view|green|fort|point|station|estate|meadows|manor|junction';
const TYPE_WORDS = cue(TYPES.replace(/\|/g, ' '));
const TYPE_SET = words(TYPES.replace(/\|/g, ' '));
const HOME_WORDS = cue('live lives living stay staying works house home flat apartment moved us mine ours number');
const UNIT_WORDS =
  'apt|apartment|unit|suite|ste|flat|floor|room|rm|piso|depto|dpto|apto|portal|puerta|pta|bloque|bldg|building|code|digicode|bat|bât|bâtiment|batiment|appt|imm|esc|escalier|bte|boîte|boite|int|stiege|stg|top|whg';
/** A flat, a floor or a door code after a street, with a digit or one letter: "apt 4b", "4to b", "3eme etage", "code 4512B", "Stiege 2" (not "top floor", "floor of"). */
const UNIT = `(?:${eitherCase(UNIT_WORDS)}|${UNIT_WORDS.toUpperCase()})\\.?\\s*#?\\s*(?:[\\p{L}-]{0,5}\\d[\\p{L}\\p{N}-]{0,5}|\\p{L}(?![\\p{L}\\p{N}]))|#\\s*\\d{1,5}\\p{L}?|\\d{1,2}\\s?(?:[º°ª]|to|do|ro|er|vo|mo|no)\\s?(?:[A-Za-z](?![\\p{L}])|(?:izq(?:uierda|da)?|izda|dcha?|derecha)(?:\\.|(?![\\p{L}])))?|\\d{1,2}\\s?(?:e|eme|ème|er|ère)\\s+[ée]tage`;
const UNITS = new RegExp(`(?:,?\\s*(?:${UNIT}))*`, 'uy');
const WORD = "(?:[\\p{L}][\\p{L}\\p{M}'’.-]*|\\d{1,3}(?:st|nd|rd|th))";
// Before a street type: "1234 Oak", "42 N. Main", "17151 2450 Crown" · "live on Maple" (no number, but about home)
const NUMBERED_HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}/])(?:\\d{1,4}/)?\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?\\s+(?:\\d{1,5}\\s+)?(?:[NSEW]\\.?\\s+)?((?:${WORD}\\s+){0,3}${WORD})\\s+$`,
  'u',
);
const HOME_HEAD = new RegExp(
  `\\b(?:live|lives|living|stay|staying|(?:house|home|flat|apartment)(?: building| block)?(?: is|['’]s)|moved|\\p{L}+['’]s)\\s+(?:on|at|in|to|down|up|along|off)\\s+(?:the\\s+)?(?:(?:far\\s+)?(?:end|top|bottom|other side)\\s+of\\s+(?:the\\s+)?)?((?:${WORD}\\s+){0,2}${WORD})\\s+$`,
  'iu',
);
const ADDRESS_CUE =
  /\b(?:live|lives|living|works|address|house|home|moved|move|street|send|sent|deliver|mail|located|come to|pick me up|meet me|stay|staying|unit|flat|apartment|postcode|vivo|vive|direcci[oó]n|casa|calle|(?:we['’]re|we are|i['’]m|im|ours is) (?:at )?number \d+)\b/i;

const EURO_PREFIX = `(?:${eitherCase('carrera|calle|c/|avenida|avda\\.?|av\\.|rua|rúa|rue|vicolo|strada|carrer|camino|paseo|calzada|bulevar|carretera|privada|callejón|ulica|ul\\.')}|Via|Viale|Avenue|Boulevard|Plaza|Allee)`;
/** Street words written after the name, as a separate word: "Király u. 15", "Villacher Strasse 89", "Trenerys gate 232". */
const EURO_TYPE = `(?:u\\.|utca|út|útja|tér|krt\\.|rkp\\.|${eitherCase('strasse|straße|str\\.|gasse|weg|gate|gata|vej|straat|laan|vegen|veien')})`;
const EURO_SUFFIX =
  '(?:stra(?:ss|ß)e|str\\.|gasse|weg|platz|allee|katu|tie|kuja|polku|vej|vejen|gade|gatan|vägen|veien|vegen|gata|laan|straat|plein|utca|u\\.|tér|ulica|terrasse|torget|stræde)';
const EURO_HINT =
  /(?:stra(?:ss|ß)e|gasse|weg|platz|allee|katu|tie|kuja|polku|vej|vejen|gade|gatan|vägen|veien|vegen|gata|gate|laan|straat|plein|utca|útja|tér|ulica|terrasse|torget|stræde|u\.|str\.|rkp\.)(?![a-z])/;
const EURO_WORDS = cue(
  'carrera calle avenida avda av rua rúa via viale vicolo strada rue carrer camino paseo calzada bulevar carretera privada callejón ulica ul avenue boulevard plaza allee út',
);
// Koskikatu 25 · Rua do Arenque 1634 · Calle Mayor 12 · Via Franscini 71 · 28245 Puruntie 82 (not a time: "Marktplatz 7:05")
const EURO = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,6}\\s+)?(?:${EURO_PREFIX}\\s+(?:(?:${WORD}|\\d{1,3})\\s+){0,3}?(?:${WORD}|\\d{1,3})|(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}\\p{M}]*${EURO_SUFFIX}|(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){1,3}${EURO_TYPE}),?\\s+(?:n[oº°]\\.?\\s*|#\\s*|núm\\.?\\s*)?\\d{1,5}[A-Za-z]?(?:-\\d{1,4})?(?!\\p{N}|[:.,]\\d)`,
  'gu',
);
// 6750 Koskikatu 25 · 10252 Μεγάλη Άμμος 184: a number, capitalised words, a number (not a quantity: "iPhone 15 Pro 256 Go").
const NUMBER_WORD_NUMBER =
  /\b(?<!\d[:.h])\d{2,6}\s+([\p{Lu}][\p{L}\p{M}'’-]{2,})(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){0,2}\.?\s+\d{1,5}(?![\p{N}.,]\d|[\p{N}]*[h:]\d|[\p{N}]*\s?(?:[GMTK][BbOo]|mAh|Hz|€|\x80|%)(?![\p{L}]))/gu;
/** A number below a thousand, words, then a year: "95 Thesen 1517", "3 Punkte 2024". */
const COUNT_THEN_YEAR = /^\d{2,3}\s[\s\S]*\s(?:1\d|20)\d\d$/u;
/** Things people number that are not streets: "chapter 12 Section 4", "2019 January 15", a train's "Wagen 12 Gleis 9". */
const COUNTED =
  /^(?:section|chapter|page|pages|level|grade|room|episode|season|part|volume|book|unit|lesson|question|problem|step|round|game|class|year|years|day|days|week|weeks|minutes|hours|points|team|player|players|number|numéro|numero|num|version|figure|table|exercise|act|scene|verse|john|luke|mark|seite|aufgabe|aufgaben|kapitel|übung|ubung|nummer|klasse|runde|teil|band|folge|staffel|exercice|exo|chapitre|niveau|leçon|lecon|saison|épisode|tome|ejercicio|página|pagina|capítulo|capitulo|nivel|tema|lección|leccion|temporada|episodio|pts|assists|rebounds|gleis|bahnsteig|wagen|sitz|reihe|quai|voie|voiture|place|platform|coach|seat|row|gate|terminal|andén|anden|vagón|vagon|asiento|fila)$/i;
/** A number written in groups of thousands: "3 755 000", "1.500.000". */
const THOUSANDS = /^\d{1,3}(?:[  .]\d{3})+(?![\d.,]?\d)/u;
const BOX_WORDS = cue('psc cmr unit box apartado casilla usns usnv uss uscgc');
const BOX =
  /\b(?:(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}|(?:USNS|USNV|USS|USCGC)\s+[\p{L}]+)(?:\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?|(?:P\.?\s?O\.?\s?Box|Post Office Box|Apartado(?: Postal)?|Casilla)\s+\d{1,6})\b/giu;
const UK_POSTCODE = /\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
const ZIP_WORDS = cue('zip zipcode postcode post postal cep', 'postcodes');
const ZIP_CUE = fromPacks(
  (lx) =>
    new RegExp(
      `(?<![\\p{L}])(?:zip|zip ?code|post ?code|postal code|cep${lx.list('postcodes').length ? `|${alternation(lx.list('postcodes'))}` : ''})\\s*(?:(?:is|:|#|${alternation(lx.list('is')) || 'is'})\\s*){0,2}(\\d{4,5}(?:-\\d{3,4})?(?: ?[a-z]{2}\\b)?|[a-z]\\d[a-z] ?\\d[a-z]\\d|[a-z]{1,2}\\d[a-z\\d]? ?\\d[a-z]{2})(?![\\w-])`,
      'giu',
    ),
);
/**
 * A postal code precise enough to find a street: ZIP+4, a Brazilian CEP, a
 * Dutch "7412 SL", a Canadian "K1A 0B1". A bare four- or five-digit code names
 * a town or district, like a city name, and stays.
 */
const PRECISE_CODE =
  /^(?:\d{4,5}-\d{3,4}|\d{4} ?[A-Z]{2}|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d|[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})$/i;

// After an address: ", Springfield", "\n Suite 245\n FÜRLING\n Austria 25173", " Apt. 004".
const PLACE = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|de|del|la|do|da|of)";
const TAIL = new RegExp(
  `(?:(?:\\s*,\\s*|\\s*\\n[\\s>]*)(?:${UNIT}|\\d{4,6}(?:-\\d{4})?(?:\\s+${PLACE}(?:[\\s-]+${PLACE}){0,2})?|\\p{Lu}{2}\\s+\\d{4,6}|${PLACE}(?:\\s+(?:${PLACE}|\\d{4,6})){0,3})|\\s+(?:${UNIT}|(?:\\p{Ll}+,?\\s+){0,3}\\d{5}(?:-\\d{4})?(?:\\s+${PLACE}(?![\\p{L}\\p{N}]))?|\\p{Ll}{1,3}\\s+\\d{4,5}\\s+${PLACE}|\\p{Lu}{3,}(?:\\s+\\p{Lu}{3,})*))(?![\\p{L}\\p{N}])`,
  'uy',
);

/** A town's name alone after a comma, on the line of the street: ", Nantes", ", Köln-Ehrenfeld". */
const TOWN_ALONE = /^[ \t]*,[ \t]*[\p{Lu}][\p{L}\p{M}'’-]*(?:[ \t]+[\p{Lu}][\p{L}\p{M}'’-]*)?$/u;
/** A part of a building, which belongs to the address: a word ending in a pack's home word ("Hinterhaus"). */
const housePart = (tail: string) => {
  const key = fold(tail.replace(/^[\s,]+/, ''));
  return [...lexicon().set('homes')].some((home) => key.endsWith(home));
};
/** The end of a clause: the message's, a stop or a comma, or a word in lower case. */
const AFTER_TOWN = /^(?:[ \t]*(?:$|[,.!?;)\n])|[ \t]+[\p{Ll}])/u;
/** A postcode and its town after a comma, on the line of the street: ", 69003 Lyon". */
const CODE_AND_TOWN = /^[ \t]*,[ \t]*\d{4,6}(?:-\d{4})?(?=[ \t]+[\p{Lu}])/u;

/**
 * Grows an address over the unit, town, region, country and postcode that follow it. Written on one line,
 * a postcode ends it: the town after it names no more than a city does ("12 rue des Lilas, 69003 Lyon").
 */
function extend(text: string, end: number): number {
  let at = end;
  for (let i = 0; i < 6; i++) {
    TAIL.lastIndex = at;
    const m = TAIL.exec(text);
    const first = m?.[0]
      .replace(/^[\s,>]+/, '')
      .split(/\s/)[0]
      ?.toLowerCase();
    // "…, and so on" ends the address; "… in 10115 Berlin" goes on.
    if (!m || !first || (commonWords().has(first) && !/\d{4}/.test(m[0]))) break;
    const code = CODE_AND_TOWN.exec(m[0]);
    if (code) return at + code[0].length;
    // So does a town alone after a comma on the line, the clause ending after it: "12 rue des Lilas, Nantes, c'est…".
    if (
      TOWN_ALONE.test(m[0]) &&
      !housePart(m[0]) &&
      AFTER_TOWN.test(text.slice(at + m[0].length, at + m[0].length + 4)) &&
      !/\d/.test(/^[^.!?\n]*/.exec(text.slice(at + m[0].length, at + m[0].length + 60))![0])
    )
      return at;
    at += m[0].length;
  }
  return at;
}

/** A relation's place, just before a street's name: "my nan's in …", "grandad's on …". */
const RELATION_IN = /(?<![\p{L}])([\p{L}]+)['’]s[ \t]+(?:in|on|at)[ \t]+$/u;

function namedStreet(scan: Scan, name: string, index: number, numbered = false, type = ''): boolean {
  const list = name.split(/\s+/);
  // A word elided in lower case is a clause, not a street's name: "le bus 12 s'arrête place Bellecour".
  if (list.some((w) => /^[\p{Ll}]['’][\p{L}]/u.test(w))) return false;
  // A street's own word after its first may be an everyday one too: "mulberry hill rd".
  if (
    list.some(
      (w, i) =>
        !/^[\p{Lu}\d]/u.test(w) && commonWords().has(w.toLowerCase()) && !(i > 0 && TYPE_SET().has(w.toLowerCase())),
    )
  )
    return false;
  // Lower-case street names only count when the words around are about where someone lives, or with a house
  // number before a word that only names a street ("22b beech grove", "48 kings pde").
  const relation = RELATION_IN.exec(scan.before(index, 40));
  return (
    list.every((w) => /^[\p{Lu}\d]/u.test(w)) ||
    ADDRESS_CUE.test(scan.before(index, 40)) ||
    MY_HOME.test(scan.before(index, 60)) ||
    // Where a relation is: "my nan's in fernhill road".
    (relation !== null && isRelation(relation[1]!)) ||
    (numbered && STREET_ONLY.test(type))
  );
}
/** Street types that are no other word: after a house number and a name, a street whatever the case. */
const STREET_ONLY =
  /^(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|terrace|tce|parade|pde|crescent|cres|close|grove|boulevard|blvd|place|pl|way|gardens|mews)$/i;

/** A street named after "on" ("the Tesco on Station Road", "the end of Pendle Avenue"), without a number. */
const ON_HEAD =
  /\b(?:on|in|at|(?:end|top|bottom|other side) of)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’.-]*)\s+$/u;
const ON_HEAD_LOWER =
  /\b(?:on|off|down|along|called|(?:end|top|bottom|other side) of)\s+(?:the\s+)?((?:[\p{L}][\p{L}\p{M}'’.-]*\s+)?[\p{L}][\p{L}\p{M}'’.-]*)\s+$/u;
/** The writer's home in the same sentence: "near my house", "we live in the flats behind it", "…, thats us", "we're number 46". */
const MY_HOME =
  /\b(?:(?:my|our)\s+(?:house|home|flat|apartment|building|place)|(?:we|i)\s+(?:live|stay)|(?:that['’]?s|thats)\s+(?:us|mine|ours|where (?:i|we) live)|(?:we['’]re|we are|i['’]m|im|ours is)\s+(?:at\s+)?(?:number|no\.?|#)\s*\d+)\b/i;

/**
 * Where someone the writer knows lives or works: "she lives on the street behind mine", "my dad works nights at
 * the fire station on mill lane". Said of a street with its own name, not of "the high street" or "the main road".
 */
const THEIR_HOME = /\b(?:(?:he|she|they|who)\s+(?:lives?|stays?|works?)|(?:lives|works)\s+(?:\w+\s+)?(?:at|on|in))\b/i;

/** A street without a number, taken when the sentence places the writer's home, or someone's they know, by it. */
function nearHome(scan: Scan, head: RegExpExecArray | undefined): RegExpExecArray | undefined {
  if (!head) return undefined;
  const around = `${scan.before(head.index, 60)} ${scan.after(head.index, 90)}`;
  return MY_HOME.test(around) || (!/\bthe\s/i.test(head[0]) && THEIR_HOME.test(around)) ? head : undefined;
}

/** Words that announce an address: whatever follows, up to the end of the sentence, is one if it has a number. */
const LEAD_WORDS = cue(
  'lives live living moved address addresses located send sent mail deliver return drops meet corner intersection mine',
);
const LEAD =
  /\b(?:(?:lives?|living|moved) (?:at|on|to)|address(?:es)?(?: is| was)?\s*[:-]?|(?:send|sent|mail|deliver|return)(?: \w+){0,3} to|located (?:at|on|in)|(?:drops? (?:you|me) off|meet me|pick me up) at|(?:at|to) (?:mine|my (?:house|place|flat|apartment))\s*[,:-])\s+/gi;
const AFTER_LEAD =
  /(?:\d{1,6}\s+)?(?=[^\n.?!]{0,40}\d)[\p{L}\d][^\n?!]{0,100}?(?=\s*(?:[?!]|\.(?<!(?<![\p{L}])[Cc]o\.)\s+[\p{Lu}]|\.\s*$|$|\n\n|,\s*(?:and|but|so|because|cos|cuz|for|in case|after|before|if|my|i|we|he|she|they|it['’]?s|pls|please|can|pero|y|porque|justo|pa|para|que|mi|yo|sin(?![ \t]+n[úu]mero)|mais|et|donc|juste|aber|und|weil|gleich)\b|,\s*[\p{L}]{1,2}['’](?=[\p{L}])|\s+(?:for|after|before|in case|last|next|tomorrow|tonight|today|please|this|so|and then|and (?:the|my|our|i|we|he|she|they|it))\b))/uy;
/** A block after such words must start like an address: a house number, or a street name and its number. */
const BLOCK_START =
  /^(?:\d{1,6},?\s+(?:\d|(?!(?:am|pm|a|an|the|at|in|on|to|and|or|of|for|with|my|your|o'?clock|min|mins|minutes|hours|days|weeks|people|kids|of)\b)[\p{L}])|(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+(?:(?:and|al|de|del|la|las|los|do|da|of|von|van|nad|pod|der|den|dem|am|im|an|auf|zum|zur|in)\s+)?){1,4}\d{1,5}\b)/u;
/** Things counted after "moved to" or "sent to", which are no street: "moved to 3 schools", "sent it to 4 people". */
const NOT_A_STREET =
  /^(?:(?:school|house|home|flat|friend|team|group|year|month|week|day|hour|min|minute|time|place|page|point|text)s?|people|kids|classes|of|or|and)$/;
/** A UK postcode in lower case, ending its clause. */
const LOWER_POSTCODE = /^[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}(?=[ \t]*(?:[,.!?;)\n]|$))/u;
/** A block after words for home, with no capital or after a particle: the street's words, then its number ("manuel montt 1820", "An der Beek 3"). */
const LOOSE_BLOCK = /^((?:[\p{L}][\p{L}\p{M}'’.-]*\s+){1,4})\d{1,5}[a-zA-Z]?(?![\p{N}:.,]\d)/u;
const CORNER =
  /\b(?:corner|intersection) of\s+[^.,!?\n]{2,60}?\s+and\s+[^.,!?\n]{2,40}?(?=\s*[.,!?\n]|\s+(?:in|for|after|st\b)|$)/gi;

/** Capitalised words, one or more (not "I" after the first): a street's or a school's name. */
const CAPS = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’.-]+){0,3}";
/** A corner of two named streets, said without a number: "my nan lives on the corner of Bay and Wellesley". */
const NAMED_CORNER = new RegExp(
  `(?<![\\p{L}])(?:[Cc]orner|[Ii]ntersection) of[ \\t]+(?:the[ \\t]+)?${CAPS}[ \\t]+(?:and|&)[ \\t]+${CAPS}`,
  'gu',
);
/** A street, then its house number after a word for one: "we're on Linden Ave, number 17", "Elm Street no. 4". */
const NUMBER_AFTER = new RegExp(
  `(?<![\\p{L}])((?:\\p{Lu}[\\p{L}\\p{M}'’-]*[ \\t]+){1,3})(?:${eitherCase(TYPES)})\\.?,?[ \\t]+(?:number|no\\.?|#)[ \\t]*\\d{1,5}[A-Za-z]?(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A flat or a floor said before the street: "vivimos en el 4º A de Gran Vía 23", "the 3rd floor of 19 Albion Street". */
const UNIT_FIRST = new RegExp(`^(?:(?:el|la|the)\\s+)?(?:${UNIT})\\s+(?:de|del|of|on|en)\\s+`, 'iu');

/** A block in lower case whose words before the number are no everyday ones ("sta rosa 1180", not "madrid hace 3"). */
function lowerBlock(words: string): boolean {
  const stop = lexicon().set('stop');
  const particles = lexicon().set('particles');
  const list = words.trim().split(/\s+/);
  // A name of its own among them: "el número 4" names no street.
  return (
    list.some((w) => !particles.has(fold(w))) &&
    list.every((w) => particles.has(fold(w)) || (!commonWords().has(w.toLowerCase()) && !stop.has(fold(w))))
  );
}

/** Addresses in a shape of a pack's countries, found without a cue word (`addresses`: "cll 80 #24-15"). */
const GRIDS = fromPacks((lx) =>
  lx.packs.flatMap(({ pii }) => (pii.addresses?.split('\n') ?? []).filter(Boolean).map((re) => new RegExp(re, 'giu'))),
);

/** A house number, a street's name with no type, and a flat: "221 elm apt 4b". */
const NUMBER_NAME_UNIT =
  /(?<![\p{L}\p{N}.,:/])\d{1,5}[a-z]?[ \t]+((?:[\p{L}][\p{L}'’-]+[ \t]+){1,2})((?:apt|apartment|unit|flat|suite|depto|apto|appt)\.?[ \t]*#?[ \t]*[\p{L}\p{N}]{1,5})(?![\p{L}\p{N}])/giu;
const UNIT_CUE = cue('apt apartment unit flat suite depto apto appt');

/** A unit written before the house number: "apt 3C, 250 West 57th St", "flat 3, 27 Queen Street". */
const UNIT_BEFORE = new RegExp(`(?:${UNIT})\\s*,?\\s*$`, 'u');

const NAMED_AFTER =
  /^(?:\d{1,5}[a-z]?,?\s+)?(?:rue|calle|avenida|avda\.?|avenue|av\.|allée|allee|boulevard|bd|chemin|impasse|place|plaza|paseo|carrera|camino|via|viale|rua|carrer|cours|quai)\s/i;
/**
 * A street word, then a person's given name or a famous one-word name: the street is named after them ("rue Victor
 * Hugo", "boulevard Voltaire"), not "Plaza Sésamo".
 */
function namedAfterSomeone(street: string): boolean {
  const m = NAMED_AFTER.exec(street);
  const first = m
    ? /^[\p{L}][\p{L}\p{M}'’-]*/u.exec(street.slice(m[0].length).replace(/^(?:de|del|des|du)\s+/i, ''))?.[0]
    : undefined;
  return first !== undefined && (givenName(first) || famousKey(first));
}
/** A year after "since", "until" or "in" is no house number: "J'habite à Lyon depuis 2019", "seit 2019", "assassiné rue de la Ferronnerie en 1610". */
const SINCE_YEAR =
  /(?<![\p{L}])(?:depuis|seit|since|desde|dès|des|until|till|bis|jusqu['’]en|hasta|en|in|vers)[ \t]+(?:1[0-9]|20)\d{2}$/iu;

/** A year said as one, before a street of history: "guillotiné en 1793, place de la Concorde". */
const YEAR_LEAD = /(?<![\p{L}])(?:en|in|im jahr|année|annee|year|vers|um|depuis|seit|since|desde)[ \t]+$/iu;

/** Whether a place is open, or may be visited, said after an address: "…, c'est ouvert le lundi ?", "hat das montags offen?". */
/** Words of a place being open or closed, or of its hours, in the four languages. */
const OPEN_WORDS =
  'geschlossen|ouverte?s?|ferm[ée]e?s?|horaires|ge[öo]ffnet|offen|[öo]ffnungszeiten|eintritt|open|opening|closed|abiert[oa]s?|cerrad[oa]s?|horarios?';
const OPEN_AFTER = new RegExp(
  String.raw`^(?:[ \t,]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}[ \t,–—\x96\x97-]+(?:c['’]est|est-ce|est-il|ist (?:das|es|der|die)|hat (?:das|der|die|es)|haben (?:die|sie)|is it|are they|it['’]s|est[aá]|(?:elle|il|elles|ils)[ \t]+(?:est|sont)|(?:sie|er|es)[ \t]+(?:ist|sind)|(?:they|it)[ \t]+(?:is|are)|(?:ella|él|el)[ \t]+est[aá])[ \t]+(?:[\p{L}\p{N}]+[ \t]+){0,3}?(?:zu(?=[ \t]*\?)|auf(?=[ \t]*\?)|besichtigen|visiter|${OPEN_WORDS})(?![\p{L}])|^[ \t,–—-]+(?:wie[ \t]+viel|combien|how[ \t]+much|cu[aá]nto)[ \t]+(?:kostet|co[uû]te|costs?|is|cuesta)[ \t]+(?:(?:der|die|das|l['’]|le|la|the|el|la)[ \t]*)?(?:eintritt|ticket|tickets|karte|karten|entr[ée]e|billet|billets|entrada|entradas|admission)(?![\p{L}])`,
  'iu',
);
/**
 * A public institution named just before the address, set off by a comma: "l'Assemblée nationale, 126 rue de
 * l'Université", "Éditions Gallimard, 5 rue Gaston-Gallimard", "das Schloss Schönbrunn, Schönbrunner Schloßstraße 47".
 */
const INSTITUTIONS =
  'mus[ée]e|museum|museo|palais|palast|palacio|ch[aâ]teau|schloss|castillo|assembl[ée]e|parlement|parlament|bundestag|rathaus|mairie|ayuntamiento|biblioth[èe]que|bibliothek|biblioteca|b[üu]cherei|m[ée]diath[èe]que|th[ée][âa]tre|theater|teatro|op[ée]ra|oper|cath[ée]drale|kathedrale|catedral|basilique|stade|stadion|estadio|zoo|aquarium|pr[ée]fecture|minist[èe]re|ministerium|[ée]ditions|verlag|editorial|universit[ée]|universit[äa]t|universidad|h[ôo]pital|krankenhaus|klinikum|klinik|tierklinik|tierarzt|tierarztpraxis|clinic|vets?|clinique|cl[ií]nica|v[ée]t[ée]rinaire|veterinari[ao]|institut|m[ée]morial|gedenkst[äa]tte';
const INSTITUTION_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${INSTITUTIONS})(?![\\p{L}])[^,.!?\\n]{0,30},[ \\t]*(?:\\p{Lu}[\\p{L}\\p{M}'’-]*[ \\t]+){0,2}$`,
  'iu',
);
const INSTITUTION_WORD = new RegExp(`(?<![\\p{L}])(?:${INSTITUTIONS})(?![\\p{L}])`, 'iu');
/**
 * A venue people visit, named just before an address, after a comma or a word of place: "Allianz Arena, …",
 * "Stephansdom am …", "le Stade de France, à …". German compounds end in the venue's word ("Stephansdom").
 */
const VENUE_AT = new RegExp(
  `(?:(?<![\\p{L}])(?:${INSTITUTIONS}|arena|tower|cathedral|church|[ée]glise|iglesia|bas[ií]lica|mosque|mosqu[ée]e|mezquita|synagogue|sinagoga|gare|station|estaci[óo]n|airport|a[ée]roport|aeropuerto|cin[ée]ma|cinema|cine)|\\p{L}*(?:dom|m[üu]nster|kirche|museum|bahnhof|turm|stadion|arena|halle|schloss|palast|theater|oper|flughafen|moschee|synagoge))(?![\\p{L}])[^,.!?\\n]{0,30}(?:,|[ \\t](?:am|an der|in der|auf der|at|on|in|en|à|au|sur|est[aá] en(?:[ \\t]+(?:la|el))?|se trouve(?:[ \\t]+(?:au|à|dans))?|liegt(?:[ \\t]+(?:am|an der|in der))?|ist(?:[ \\t]+(?:am|an der|in der))?))[ \\t]*$`,
  'iu',
);
/** A question of where a named thing is, ending just before the address: "Wo ist der Checkpoint Charlie genau? ". */
const WHERE_IS =
  /(?<![\p{L}])(?:[Ww]o|[Oo][uù]|[Ww]here|[Dd][oó]nde)[ \t]+(?:ist|liegt|steht|est|se trouve|is|est[aá])[ \t]+(?:(?:der|die|das|le|la|l['’]|the|el)[ \t]*)?([\p{Lu}][\p{L}\p{M}'’-]*(?:[ \t]+[\p{Lu}][\p{L}\p{M}'’-]*){0,3})[^.!?\n]{0,12}\?[ \t]*$/u;

/** The words of a guess after a question: "je crois c'est", "ich glaub", "or". */
/** Words that hedge a guess: "je crois", "I think", "ich glaub", "creo que". */
const HEDGE_WORDS = String.raw`je[ \t]+crois|je[ \t]+pense|j['’]?crois|i[ \t]+think|ich[ \t]+glaub(?:e)?|creo(?:[ \t]+que)?`;
const GUESS_WORDS = String.raw`(?:${HEDGE_WORDS}|c['’]est|c|it['’]?s|glaub|es|ist[ \t]+es|is[ \t]+it|oder|ou|or|o)`;
/** What may stand between a question and the address given after it: a guess's words. */
const AFTER_QUESTION = `\\?[ \\t]*(?:${GUESS_WORDS}[ \\t,:]*)*$`;
/**
 * A question about a named thing's address, or where someone was born, ending just before the address, perhaps
 * with a guess's words after it: "c'est quoi l'adresse du Louvre? je crois c'est …", "Wo wurde Mozart geboren? …".
 * (Case as written: the named thing has a capital.)
 */
const ADDRESS_ASKED = new RegExp(
  `(?<![\\p{L}])(?:(?:(?:[Ll]['’])?[Aa]dresse|[Aa]ddress|[Dd]irecci[oó]n)[ \\t]+(?:du|de la|de l['’]|des|de|d['’]|of the|of|vom|von der|von dem|von|der|del)[ \\t]*|(?:[Ww]o|[Oo][uù]|[Ww]here|[Dd][oó]nde)[ \\t]+(?:wurde|war|was|is|est|naci[oó]|vivi[oó]|lebte|wohnte|lived|a v[ée]cu|vivait)[ \\t]+(?:(?:n[ée]e?|born)[ \\t]+)?)(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3})[^.!?\\n]{0,16}${AFTER_QUESTION}`,
  'u',
);
/** The question just before an address, the sentence it asks in first. */
const PLACE_ASKED = new RegExp(`(?:^|[.!?\\n])([^.!?\\n]{1,100})${AFTER_QUESTION}`, 'iu');
/** Whether a place is open, asked: "c'est ouvert le lundi", "abre el domingo", "hat das heute offen". */
const OPEN_ASKED = new RegExp(
  String.raw`(?<![\p{L}])(?:${OPEN_WORDS}|ouvre|ferme|[öo]ffnet|opens|closes|abre|cierra)(?![\p{L}])`,
  'iu',
);
/** A guess's hedge, which says nothing of where the writer lives. */
const HEDGE = new RegExp(String.raw`(?<![\p{L}])(?:${HEDGE_WORDS}|i[ \t]+guess)(?![\p{L}])`, 'giu');

/**
 * An address of a public place: followed by whether it is open or may be visited, or given as the guess to a
 * question of where a named thing is, with no word for the writer or a relation around it ("Le château de
 * Versailles, place d'Armes, 78000 Versailles, c'est ouvert le lundi ?", "Wo ist der Checkpoint Charlie genau?
 * Friedrichstraße 43-45?"; not "Wo ist Lena? Hauptstraße 5?").
 */
function publicPlace(scan: Scan, start: number, end: number): boolean {
  const after = scan.text.slice(end, end + 60);
  const before = scan.before(start, 60);
  // An institution named just before: the writer's words before its name tell whose pet or errand it is, not
  // whose address ("unser Hund hustet, die Tierklinik am Wall, Wallstraße 12"), unless they live there.
  const office = INSTITUTION_BEFORE.exec(before);
  if (office && !writerOrKin(`${before.slice(office.index)} ${scan.after(end, 60)}`) && !livesBefore(scan, start))
    return !wordsOf(before).some((w) => isRelation(w));
  // A venue the writer visits, named just before its address: "wir gehen in die Allianz Arena, Werner-Heisenberg-Allee
  // 25, wie komm ich da hin", "zum Stephansdom am Stephansplatz 3". The writer's words say who goes, not who lives
  // there; a relation's, or someone's who lives or works there, may say where they are, and a word for living there
  // says it is a home.
  if (VENUE_AT.test(before) && !livesBefore(scan, start)) {
    const around = `${before} ${after}`;
    if (!MY_HOME.test(around) && !THEIR_HOME.test(around) && !wordsOf(around).some((w) => isRelation(w))) return true;
  }
  if (writerOrKin(`${before} ${scan.after(end, 60)}`.replace(HEDGE, ' '))) return false;
  if (OPEN_AFTER.test(after)) return true;
  const lead = scan.text.slice(Math.max(0, start - 100), start);
  // A question about a public institution just before, with no word for the writer or a relation in it: "Le Château
  // de Versailles c'est ouvert le lundi ? Place d'Armes, …".
  const question = PLACE_ASKED.exec(lead);
  if (question && (INSTITUTION_WORD.test(question[1]!) || OPEN_ASKED.test(question[1]!)) && !writerOrKin(question[1]!))
    return true;
  const asked = WHERE_IS.exec(lead) ?? ADDRESS_ASKED.exec(lead);
  return asked !== null && !givenName(asked[1]!.split(/[ \t]+/)[0]!) && !isRelation(asked[1]!.split(/[ \t]+/)[0]!);
}

/**
 * A number given for a public institution named earlier in its sentence, with no word for the writer or a
 * relation there: "Mairie de Nantes, 2 rue de l'Hôtel de Ville, tél 02 40 41 90 00", "Rathaus Graz, …, Tel.
 * 0316 872-0"; not "ma mère travaille à la mairie, son numéro c'est…".
 */
export function officeNumber(scan: Scan, start: number): boolean {
  const sentence = scan.before(start, 120);
  const office = INSTITUTION_WORD.exec(sentence);
  if (!office) return false;
  // Kin anywhere in it, or the writer after the office's name: "ma mère travaille à la mairie, son numéro…",
  // "das Rathaus hat angerufen, ruf mich an…"; not "unser Kater … die Tierklinik am Stadtpark, Tel. …".
  const words = wordsOf(sentence);
  return !words.some((w) => isRelation(w)) && !wordsOf(sentence.slice(office.index)).some((w) => writerIn(w));
}

/**
 * Whether a stretch of text has a word for the writer or a relation: the place is then the child's or their
 * people's. The writer's own town ("le CIO de ma ville", "in meiner Stadt") says nothing about where they live
 * beyond what a town's name says, and towns stay; and "im" before a capitalised word that is no given name is
 * German's "in the" ("im Rathaus Graz"), not English "I'm".
 */
const OWN_TOWN =
  /(?<![\p{L}])(?:ma|mon|notre|my|our|mi|nuestra|nuestro|meiner|meine|meinem|unserer|unsere|unserem)[ \t]+(?:ville|village|commune|r[ée]gion|pays|town|city|village|country|ciudad|pueblo|pa[ií]s|regi[oó]n|stadt|dorf|gemeinde|gegend|land)(?![\p{L}])|(?<![\p{L}])im(?=[ \t]+([\p{Lu}][\p{L}\p{M}]*))/gu;
const writerOrKin = (text: string) =>
  wordsOf(text.replace(OWN_TOWN, (m, next?: string) => (next !== undefined && givenName(next) ? m : ' '))).some(
    (w) => writerIn(w) || isRelation(w),
  );

/** A station's platform, its word then its number: "Gleis 9", "Bahnsteig 4", "voie 3", "quai 2", "andén 5". */
const PLATFORM = /^(?:gleis|bahnsteig|quai|voie|and[ée]n|platform|track)\.?[ \t]*\d{1,2}[a-z]?(?![\p{L}\p{N}])/iu;

/** A number with a unit of measure or a pack after it: what a recipe or a shopping list counts. */
const QUANTITY =
  /^\d+(?:[.,]\d+)?[ \t]*(?:(?:[Pp]ck|[Pp]kg|[Pp]ckg|[Pp]ackung|[Pp]äckchen|[Pp]ack|EL|TL|[Ss]tk|[Ss]tück|tbsp|tsp|cups?|oz|lbs?|kg|mg|ml|dl|cl|g|l)\.?)[ \t]/u;
/** A pitch, a seat or a rank, in words that name no street: "Stellplatz 112", "Sitzplatz 14", "Tabellenplatz 3". */
const SPOT =
  /^(?:stell|park|sitz|steh|zelt|camping|wohnmobil|start|tabellen|listen|arbeits|fenster|gang)platz[ \t]*\d/iu;

export function addStreet(scan: Scan, start: number, end: number, boost = 0): void {
  const street = scan.text.slice(start, end);
  if (SINCE_YEAR.test(street) || PLATFORM.test(street)) return;
  if (/^(?:1[0-9]|20)\d\d(?!\d)/.test(scan.text.slice(start, start + 5)) && YEAR_LEAD.test(scan.before(start, 12)))
    return;
  // A quantity, or a pitch, a seat or a place in a table with its number: "1 Pck. Dr. Oetker Backpulver",
  // "auf dem Campingplatz, Stellplatz 112", "Sitzplatz 14".
  if (QUANTITY.test(street) || SPOT.test(street)) return;
  // Sherlock Holmes's, or Mozart's birthplace: someone else's address in a sentence with no word for the child.
  if (thirdParty(scan, start) || contextCues.ofService?.(scan.before(start, 80))) return;
  // A textbook's exercise: "Exercice 7 p.84 : M. Martin habite 14 rue des Lilas, 35000 Rennes."
  if (inExercise(scan, start)) return;
  if (publicPlace(scan, start, end)) return;
  // A famous address: "4 privet drive", "1600 Pennsylvania Avenue"; not a street named after someone famous
  // ("rue Victor Hugo", "calle Miguel de Cervantes"), where the street word comes first.
  if (!namedAfterSomeone(street) && famousMention(street.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean)) >= 0) return;
  UNITS.lastIndex = end;
  const unit = /\d/.test(scan.text[start] ?? '') ? scan.back(start, UNIT_BEFORE, 24) : undefined;
  scan.add('address', unit?.index ?? start, extend(scan.text, end + (UNITS.exec(scan.text)?.[0].length ?? 0)), boost);
}

/** The packs' words for living somewhere, and what follows them. */
const STREETS = fromPacks((lx) => {
  const lives = alternation(['live|lives|living|moved'.split('|'), lx.list('lives')].flat());
  return {
    lives: new RegExp(`(?<![\\p{L}])(?:${lives})(?![\\p{L}])`, 'iu'),
    // "meine Adresse ist Am Sonnenhang 3": after the packs' words for home, a block that starts like an address;
    // a word or two may come before the preposition, and a word for number before the house number ("elle vit
    // toute seule au numéro 12 de l'avenue…").
    lead: new RegExp(
      `(?<![\\p{L}])(?:${lives})(?:\\s*(?:${alternation(lx.list('is')) || ':'})(?![\\p{L}]))?(?:(?:\\s+[\\p{Ll}]{2,12}){1,2}?\\s+(?:à|au|at|on|in)\\s+|\\s*[:-]?\\s+(?:(?:en|in|à|au|at|on|auf|bei)\\s+)?)(?:(?:num[ée]ro|n[°º]|nr\\.?|nummer|hausnummer|n[úu]mero)\\s*)?`,
      'giu',
    ),
    // "j'habite à 75011 Paris", "ich wohne in 8001 Zürich": a postcode and its town.
    town: new RegExp(
      `(?<![\\p{L}])(?:${lives})[ \\t]+(?:\\p{L}{1,3}[ \\t]+)?(\\d{4,5}[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ -]\\p{Lu}[\\p{L}\\p{M}'’-]+)?)`,
      'giu',
    ),
  };
});
/** What every match of `town` holds: four digits, then a word (the same flags, so the same letters). */
const TOWN_HINT = /\d{4}[ \t]+[\p{Lu}]/iu;
export const PACK_STREET_WORDS = cue('', 'streets', 'corners', 'lives');
/** Whether the sentence before `index` says that someone lives there ("j'habite", "vivo en"). */
export function livesBefore(scan: Scan, index: number): boolean {
  return STREETS().lives.test(scan.before(index, 60));
}

/**
 * The packs' street words and corners, read by pii-pack-cues.ts, which loads with the packs that have them
 * (English has none): `words` builds the patterns, `read` finds the streets.
 */
export const streetWords: {
  words: () => { ending: RegExp | undefined } | undefined;
  read?: (scan: Scan, words: { ending: RegExp | undefined }) => void;
} = { words: () => undefined };

function packStreets(scan: Scan): void {
  const s = STREETS();
  const words = streetWords.read && streetWords.words();
  if (!scan.has(PACK_STREET_WORDS) && !(scan.digits && words?.ending)) return;
  if (words) streetWords.read!(scan, words);
  // The town's postcode, four or five digits then a word, is looked for first.
  if (scan.digits && TOWN_HINT.test(scan.text))
    for (const m of scan.all(s.town)) {
      const at = m.index + m[0].length - m[1]!.length;
      if (!thirdParty(scan, at)) scan.add('address', at, m.index + m[0].length);
    }
}

/** Articles before a home described ("the yellow house", "la maison aux volets bleus"). */
const ARTICLES = 'the|our|la|le|el|die|das|unsere|notre|nuestra';
/** How a clause ends: a sentence's end, a comma, or a word that starts another clause. */
const CLAUSE_END =
  '(?=[ \\t]*(?:[.!?\\n]|$|,)|[ \\t]+(?:so|and|but|because|where|pero|y|porque|donde|mais|et|donc|car|où|aber|und|weil|denn|wo)(?![\\p{L}]))';
/** A home said to be the writer's after it is described: "the house next to the chippy on victoria road is ours". */
const OURS_END = /[ \t]+(?:is|['’]s)[ \t]+(?:ours|mine|where (?:i|we) live)(?![\p{L}])/iu;
/** A home placed beside a landmark, in the packs' words. */
const LANDMARK = fromPacks((lx) => {
  const near = alternation(lx.list('near'));
  const homes = alternation(lx.list('homes'));
  if (!near || !homes) return undefined;
  return {
    near: new RegExp(`(?<![\\p{L}])(?:${near})(?![\\p{L}])`, 'giu'),
    // The landmark, up to the end of the clause: "the bakery on Elm Street", "la tienda de don Chucho".
    tail: new RegExp(`[ \\t]+[^.!?\\n,]{2,60}?${CLAUSE_END}`, 'uy'),
    // The home itself, described before: "the yellow house", "la maison aux volets bleus".
    home: new RegExp(
      `(?<![\\p{L}])(?:${ARTICLES})[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){0,3}?(?:${homes})(?![\\p{L}])(?:[ \\t]+[^.!?\\n,]{0,30}?)?[ \\t]+$`,
      'iu',
    ),
    homes: new RegExp(`(?<![\\p{L}])(?:${homes})(?![\\p{L}])`, 'iu'),
    // After a comma, the home again: "…, la casa verde".
    again: new RegExp(
      `,[ \\t]*(?:${ARTICLES})[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){0,2}?(?:${homes})(?:[ \\t]+[\\p{L}'’-]+)?(?=[ \\t]*(?:[.,!?\\n]|$))`,
      'iuy',
    ),
  };
});
const NEAR_WORDS = cue('', 'near');

/**
 * A home found by what stands beside it, with no house number: "I live above
 * the bakery on Elm Street", "vivo…, al lado de la tienda de don Chucho, la
 * casa verde", "the yellow house next to the Shell station". Taken when the
 * home is described, or when the writer says they live there and the
 * landmark has a name.
 */
function landmarkHomes(scan: Scan): void {
  const l = LANDMARK();
  if (!l || !scan.has(NEAR_WORDS)) return;
  const { text } = scan;
  for (const m of scan.all(l.near)) {
    l.tail.lastIndex = m.index + m[0].length;
    const tail = l.tail.exec(text);
    if (!tail) continue;
    let end = l.tail.lastIndex;
    const lead = scan.before(m.index, 80);
    const found = l.home.exec(lead);
    // "our flat is above…" says whose home it is; the home is then no description.
    const home = found && !firstPerson(found[0].split(/\s/)[0]!) ? found : null;
    const mine = (words: string) =>
      // Split at apostrophes too: "j'habite" holds the child's "j".
      words.split(/[^\p{L}\p{M}]+/u).some((w) => w !== '' && firstPerson(w));
    let start = m.index;
    if (home) {
      // A home described: one the writer speaks of as theirs.
      start = m.index - lead.length + home.index;
      // Whose, after the landmark: "the house next to the chippy on victoria road is ours".
      const ours = OURS_END.exec(tail[0]);
      if (ours) end -= tail[0].length - ours.index;
      else if (!mine(lead.slice(0, home.index))) continue;
    } else if (!/[\p{Lu}\d]/u.test(tail[0]) || !(livesBefore(scan, m.index) || (l.homes.test(lead) && mine(lead))))
      continue;
    l.again.lastIndex = end;
    if (l.again.exec(text)) end = l.again.lastIndex;
    // Below a street named in the clause, even one without a number: the street goes, the landmark stays.
    if (!thirdParty(scan, start)) scan.add('address', start, end, -2);
  }
}

/** A flat in a named block: "flat 402, Green Meadows Apartments", "Sunrise Towers, apt 7B". */
const BLOCK_NAME =
  "(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,3}(?:Apartments|Apts|Towers?|Residency|Residences|Heights|Enclave|Villas|Mansions|Complex|Court|Gardens|Résidence|Residencial|Condominio|Wohnanlage)(?![\\p{L}])";
const BLOCK_WORDS = cue(
  'apartments apts tower towers residency residences heights enclave villas mansions complex court gardens résidence residencial condominio wohnanlage',
);
const FLAT = `(?:flat|apt|apartment|unit|appt|appartement|depto|departamento|wohnung)\\.?[ \\t]*#?[ \\t]*\\d{1,5}[A-Za-z]?`;
const FLAT_IN_BLOCK = new RegExp(
  `(?<![\\p{L}])(?:${FLAT},?[ \\t]+${BLOCK_NAME}|${BLOCK_NAME},?[ \\t]+${FLAT}(?![\\p{L}\\p{N}]))`,
  'giu',
);

/** The writer's street named without a street word: "my street is called Meadow View", "ma rue s'appelle …". */
const STREET_CALLED =
  /(?<![\p{L}])(?:(?:my|our)\s+(?:street|road)(?:['’]s\s+name)?\s+(?:is\s+)?(?:called|named|is)|(?:mi|nuestra)\s+calle\s+(?:se\s+llama|es)|(?:ma|notre)\s+rue\s+(?:s['’]appelle|c['’]est|est)|(?:meine|unsere)\s+stra(?:ß|ss)e\s+(?:hei(?:ß|ss)t|ist))[ \t]*:?[ \t]*/giu;
/** Its name: capitalised words, small words between them ("Les Hauts de Belleville", "Am Sonnenhang"). */
const CALLED_NAME = /(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t]+(?:[\p{Ll}]{1,3}[ \t]+)?[\p{Lu}][\p{L}\p{M}'’.-]*){0,3})/uy;
const STREET_CALLED_WORDS = cue('street road calle rue straße strasse');

function calledStreets(scan: Scan): void {
  if (!scan.has(STREET_CALLED_WORDS)) return;
  const particles = lexicon().set('particles');
  for (const m of scan.all(STREET_CALLED)) {
    CALLED_NAME.lastIndex = m.index + m[0].length;
    const name = CALLED_NAME.exec(scan.text)?.[0];
    if (!name) continue;
    const words = name.split(/[ \t]+/);
    const first = words[0]!.toLowerCase();
    // "my street is The best": an everyday word is no name, unless an article or a particle opens a longer one.
    const opens =
      words.length > 1 && (particles.has(fold(first)) || /^(?:the|los|las|la|le|les|el|am|an|im|zum|zur)$/.test(first));
    if (!opens && (lexicon().set('stop').has(fold(first)) || commonWords().has(first))) continue;
    addStreet(scan, CALLED_NAME.lastIndex - name.length, CALLED_NAME.lastIndex);
  }
}

export function findAddresses(scan: Scan): void {
  const { text } = scan;
  const { digits } = scan;
  const homeWords = scan.has(HOME_WORDS);
  landmarkHomes(scan);
  calledStreets(scan);
  if (digits && scan.has(BLOCK_WORDS))
    for (const m of scan.all(FLAT_IN_BLOCK)) scan.add('address', m.index, m.index + m[0].length);
  for (const type of digits || homeWords ? scan.found(TYPE_WORDS) : []) {
    for (const at of scan.positions(type)) {
      const numbered = digits ? scan.back(at, NUMBERED_HEAD, 70, 7) : undefined;
      // The first reading whose words name a street: "i live in Ashford on Mill Road" is read again from "on".
      // A number that names no street is read past too: "our house is number 12 on Ash Road".
      const heads = [
        numbered,
        ...(homeWords
          ? [
              () => scan.back(at, HOME_HEAD, 70, 7),
              () => nearHome(scan, scan.back(at, ON_HEAD, 50, 4)),
              // In lower case, before a word that only names a street: "the one with the red door on maple rd".
              () => (STREET_ONLY.test(type) ? nearHome(scan, scan.back(at, ON_HEAD_LOWER, 50, 6)) : undefined),
            ]
          : []),
      ];
      for (const read of heads) {
        const head = typeof read === 'function' ? read() : read;
        if (!head) continue;
        const counted = head === numbered;
        const name = head.index + head[0].lastIndexOf(head[1]!);
        if (!namedStreet(scan, head[1]!, name, counted, type)) continue;
        const end = at + type.length + (text[at + type.length] === '.' ? 1 : 0);
        addStreet(scan, counted ? head.index : name, end);
        break;
      }
    }
  }
  packStreets(scan);
  if (scan.has(LEAD_WORDS))
    for (const m of scan.all(NAMED_CORNER))
      if (ADDRESS_CUE.test(scan.before(m.index, 60))) scan.add('address', m.index, m.index + m[0].length);
  if (!digits) return;
  if (scan.has(TYPE_WORDS))
    for (const m of scan.all(NUMBER_AFTER)) {
      const start = m.index + m[0].length - m[0].trimStart().length;
      if (
        !m[1]!
          .trim()
          .split(/[ \t]+/)
          .some((w) => commonWords().has(w.toLowerCase()))
      )
        addStreet(scan, start, m.index + m[0].length);
    }
  if (scan.has(EURO_WORDS) || (/[A-ZÀ-Þ][a-zß-ÿ]+\.?\s+\d/.test(text) && EURO_HINT.test(scan.lower)))
    for (const m of scan.all(EURO)) addStreet(scan, m.index, m.index + m[0].length);
  for (const m of scan.all(NUMBER_WORD_NUMBER)) {
    const word = m[1]!.toLowerCase();
    // A count, a word and a year: "die 95 Thesen 1517" (a postcode leads an address: "6750 Koskikatu 25").
    if (COUNT_THEN_YEAR.test(m[0])) continue;
    // (A pack's everyday words too: "18 Tore 12 Vorlagen".)
    // (A month is a date's: "LE 12 MAI 2024", in capitals.)
    if (!notNameWords().has(word) && !COUNTED.test(word) && !isMonth(word) && !lexicon().set('stop').has(fold(word)))
      addStreet(scan, m.index, m.index + m[0].length, -1);
  }
  if (scan.has(BOX_WORDS)) for (const m of scan.all(BOX)) addStreet(scan, m.index, m.index + m[0].length);
  if (scan.has(unite(LEAD_WORDS, PACK_STREET_WORDS))) {
    for (const m of [...(scan.has(LEAD_WORDS) ? scan.all(LEAD) : []), ...scan.all(STREETS().lead)]) {
      AFTER_LEAD.lastIndex = m.index + m[0].length;
      const block = AFTER_LEAD.exec(text);
      // A count in thousands is no house number: "in Berlin wohnen 3 755 000 Menschen".
      if (block && THOUSANDS.test(block[0])) continue;
      // A flat or floor first: the street after it starts the block ("el 4º A de Gran Vía 23").
      const unit = block ? UNIT_FIRST.exec(block[0]) : null;
      // A UK postcode alone, in lower case: "i live at m14 5rt".
      const code = block ? LOWER_POSTCODE.exec(block[0]) : null;
      if (code) scan.add('address', block!.index, block!.index + code[0].length);
      else if (
        block &&
        block[0].length <= 100 &&
        BLOCK_START.test(block[0].slice(unit?.[0].length ?? 0)) &&
        // "moved to 3 different schools", "send it to 12 friends": things counted.
        !(
          /^\d+[ \t]/.test(block[0]) &&
          wordsOf(block[0].replace(/\[[a-z_]+\]/g, ' '))
            .slice(0, 3)
            .some((w) => NOT_A_STREET.test(w.toLowerCase()))
        )
      )
        addStreet(scan, block.index, block.index + block[0].length, -1);
      else if (block && block[0].length <= 100) {
        // A street in lower case, or after a particle ("An der Beek 3"): up to its number; units and town follow.
        const m2 = LOOSE_BLOCK.exec(block[0]);
        if (m2 && lowerBlock(m2[1]!)) addStreet(scan, block.index, block.index + m2[0].length, -1);
      }
    }
    for (const m of scan.all(CORNER)) scan.add('address', m.index, m.index + m[0].length);
  }
  if (scan.has(UNIT_CUE)) {
    for (const m of scan.all(NUMBER_NAME_UNIT)) {
      const words = m[1]!.trim().split(/\s+/);
      if (words.every((w) => !commonWords().has(w.toLowerCase()) && !COUNTED.test(w.toLowerCase())))
        addStreet(scan, m.index, m.index + m[0].length - m[2]!.length);
    }
  }
  for (const grid of GRIDS()) for (const m of scan.all(grid)) addStreet(scan, m.index, m.index + m[0].length);
  if (/[A-Z]\d/.test(text)) for (const m of scan.all(UK_POSTCODE)) scan.add('address', m.index, m.index + m[0].length);
  for (const m of scan.has(ZIP_WORDS) ? scan.all(ZIP_CUE()) : []) {
    const code = m[1] ?? '';
    if (PRECISE_CODE.test(code)) scan.add('address', m.index + m[0].length - code.length, m.index + m[0].length);
  }
}

const SCHOOL_TYPES =
  'national school|ns|cbs|gs|hs|intl|international school|comprehensive school|comprehensive|elementary school|elementary|middle school|junior high school|junior high|high school|primary school|primary|secondary school|secondary|grammar school|grammar|sixth form college|sixth form|prep school|preparatory school|prep|academy|montessori school|montessori|charter school|day school|intermediate school|junior school|juniors|infant school|infants|community school|community college|school|kindergarten|preschool|high|middle|elem';
const SCHOOL_WORDS = cue(
  'school elementary elem middle high primary secondary academy montessori kindergarten preschool comprehensive grammar juniors infants sixth ns cbs gs hs intl community prep',
);
/** School types that name a school after a name in lower case. */
const STRONG_TYPE =
  /^(?:elementary|elem|elementary school|primary school|primary|high school|high|middle school|middle|junior high|juniors|junior school|infants|infant school|academy|ns|hs|national school|cbs|gs|intl|international school|grammar school|community school|community college|college)$/i;
const SCHOOL_TYPE = new RegExp(`(?:${SCHOOL_TYPES})(?![\\p{L}])`, 'iuy');
const SCHOOL_HEAD =
  /(?<![\p{L}\p{N}])((?:(?:st\.?|saint|san|santa)\s+)?(?:[\p{L}][\p{L}\p{M}'’.-]*\s+){0,3}[\p{L}][\p{L}\p{M}'’.-]*)\s+$/iu;
const SCHOOL_CUE =
  /\b(?:go to|goes to|going to|went to|go 2|goes 2|attend|attends|attending|study at|studies at|student at|enrolled at|at|from|school is|school(?: as (?:me|mine|him|her|us))?\s*[,:–\x96-])\s*$/i;
const DESCRIPTOR =
  /^(?:old|new|big|small|local|public|private|whole|every|favorite|favourite|summer|sunday|online|home|boarding|after|med|law|film|dance|art|music|driving|swim|night|attend|attends|attended|go|goes|went|at|to|in)$/i;
/** School words of the loaded packs, written before the name ("collège", "Realschule", "IES") or as a word's end ("-gymnasium"). */
const SCHOOLS = fromPacks((lx) => {
  const all = lx.list('schools');
  const ending = all.filter((e) => e.startsWith('-')).map((e) => e.slice(1));
  const before = all.filter((e) => !e.startsWith('-'));
  const caps = before.filter((e) => /^[\p{Lu}\d]+$/u.test(e));
  const words = before.filter((e) => !caps.includes(e));
  // A school word of one pack that is an everyday word of another ("kinder", a kindergarten in Spanish and
  // children, or a chocolate bar's brand, in German): a school only where the child goes.
  const everyday = new Set<string>();
  for (const own of lx.packs)
    for (const other of lx.packs) {
      if (other === own) continue;
      const stop = new Set(entries(other.pii.stop).map(fold));
      const theirs = new Set(entries(other.pii.schools).map(fold));
      for (const w of entries(own.pii.schools)) if (stop.has(fold(w)) && !theirs.has(fold(w))) everyday.add(fold(w));
    }
  return {
    everyday,
    before: words.length
      ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(words)})(?![\\p{L}])[ \\t]+`, 'giu')
      : undefined,
    // The same words anywhere, a message's last too: "ich geh aufs goethe gymnasium".
    word: words.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(words)})(?![\\p{L}])`, 'giu') : undefined,
    caps: caps.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${caps.join('|')})(?![\\p{L}])[ \\t]+`, 'gu') : undefined,
    // In lower case too, before a name in lower case: "voy al ies ramon y cajal", "brg wels".
    abbreviated: caps.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${caps.join('|')})(?![\\p{L}])[ \\t]+(?=[a-zà-ÿ])`, 'giu')
      : undefined,
    // In lower case too when a number follows: "del cbtis 37".
    numbered: caps.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${caps.join('|')})(?![\\p{L}])[ \\t]+(?=\\d)`, 'giu')
      : undefined,
    // "Goethe-Gymnasium", "Heinrich-Heine-Gesamtschule", also in lower case ("heinrich-heine-gym")
    ending: ending.length
      ? new RegExp(
          `(?<![\\p{L}\\p{M}\\p{N}-])\\p{L}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}]+)*?-(?:${eitherCase(alternation(ending))})(?![\\p{L}])`,
          'gu',
        )
      : undefined,
  };
});
const PACK_SCHOOL_WORDS = cue('', 'schools');
const SCHOOL_TOKEN =
  /[ \t]*(?:(?:(?:n[º°o]|nr|núm|num|no|number)\.?[ \t]*|#[ \t]*)?(\d{1,4})(?![\p{L}\p{N}])|((?:[dl]['’])?[\p{L}][\p{L}\p{M}'’.-]*))/iuy;

/** After a number, a German ordinal's month or an hour: a date or a time ("5. september", "8h", "7 uhr"); not a school named for a date ("secundaria 12 de octubre"). */
const DATE_AFTER_NUMBER =
  /^(?:\.?[ \t]*(?:klasse|kl\.|jahrgang|stufe|classe|grade)(?![\p{L}])|\.[ \t]*(?:jan|feb|fév|fev|mär|mar|avr|apr|abr|mai|may|jun|juin|jul|juil|aug|aoû|aou|ago|sep|okt|oct|nov|dez|dec|déc|dic|ene)[\p{L}]*|[ \t]*(?:uhr|h|am|pm|heures?|horas?)(?![\p{L}])|[:h]\d)/iu;
/** Words of time after a school word: "Schule am Montag" is when, not which. */
const TIME_WORD =
  /tag$|woche|morgen|abend|mittag|nacht|ende|anfang|ferien|day$|weekend|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana|mittwoch|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)$/i;

/** A school's name after a school word: capitalised words, a number, and the small words between them. */
/** A French pronoun run into its verb: "j'ai", "m'a", "t'es", "qu'on", "c'est", "n'a". */
const ELIDED_PRONOUN = /^(?:j|m|t|s|n|c|qu)['’][\p{L}]/iu;
/** Ways of teaching, which name a kind of school. */
const TEACHING_METHOD = /^(?:montessori|waldorf|steiner|freinet)$/;
/** A German past participle, "gelesen", "gemacht", "gespielt". */
const PARTICIPLE = /^ge[\p{Ll}]{3,}(?:en|t)$/u;
/** How a German town's name ends, which a participle's shape can take: "Gerstetten", "Geislingen". */
const TOWN_END = /(?:ingen|tten|hausen|heim|stein|berg|dorf|feld|stedt|stadt)$/u;

/** A German participle in lower case that ends its clause: the end, a mark, or "und", "aber", "weil". */
function participleEnds(word: string, text: string, end: number): boolean {
  return (
    PARTICIPLE.test(word) &&
    !TOWN_END.test(word) &&
    /^[ \t]*(?:[,.!?;:)\n]|$|(?:und|aber|weil|dass|oder)(?![\p{L}]))/u.test(text.slice(end, end + 8))
  );
}

/** A famous name or a character ends the words before: "Harry Potter à l'", "Tintin au". */
function characterBefore(lead: string): boolean {
  const words = wordsOf(lead);
  // Past the small words between ("à l'", "und die"): up to two.
  for (let cut = 0; cut <= 2 && cut < words.length; cut++) {
    const head = words.slice(0, words.length - cut);
    if (head.length > 0 && famousMention(head) === head.length) return true;
  }
  return false;
}

function schoolAfterWord(scan: Scan, m: RegExpExecArray, loose = false): void {
  const { text } = scan;
  // An English title before a given name is a person: "our form teacher Ms Lena Park" (not "MS Lena", all in capitals).
  const first = /^[\p{L}]+/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24))?.[0];
  if (/^(?:Ms|ms|Mr|mr|Mrs|mrs|Dr|dr)\.?$/.test(m[0].trim()) && first && givenName(first)) return;
  const particles = lexicon().set('particles');
  const and = lexicon().set('and');
  const stop = lexicon().set('stop');
  let end = -1;
  // Typed in lower case, a school named for someone: a given name and a surname ("clg jean rostand").
  let person = 0;
  // After a school word with a capital, a capitalised everyday word is part of the name ("Colegio Mayor de Cali").
  const titled = /^[\p{Lu}]/u.test(m[0]);
  let looseWords = 0;
  let afterSmall = false;
  let capitals = 0;
  let last = '';
  // Every word with a capital ("Ich Wohne Seit Der Grundschule In Leipzig"): a small or everyday word's capital names nothing.
  const shouted = titled && titleCased(scan);
  SCHOOL_TOKEN.lastIndex = m.index + m[0].length;
  for (let i = 0; i < 7; i++) {
    const t = SCHOOL_TOKEN.exec(text);
    if (!t) break;
    if (t[1]) {
      // A number after small words that follow the name is the child's year: "gesamtschule am lindenhof in die 8".
      if (afterSmall && end >= 0) break;
      // A date or a time, not a number of the school: "grundschule am 5. september", "école à 8h".
      if (
        (afterSmall && /^(?:am|um|ab|bis|at|by|until|a|à|vers|le|el)$/.test(last)) ||
        DATE_AFTER_NUMBER.test(text.slice(SCHOOL_TOKEN.lastIndex, SCHOOL_TOKEN.lastIndex + 16))
      )
        break;
      end = SCHOOL_TOKEN.lastIndex;
      // Written loosely, a number ends the name ("tecnica 118 turno vespertino").
      if (loose) break;
      continue;
    }
    const word = t[2]!.replace(/[.'’-]+$/, '');
    const key = fold(word);
    // A pronoun run into its verb ("au collège et j'ai eu", "qu'on"), or a German participle ending the clause
    // ("in der Grundschule gelesen"): the sentence goes on, the school has no name.
    // A way of teaching names a kind of school, not one school: "l'école Montessori", "Montessori Kindergarten".
    if (end < 0 && TEACHING_METHOD.test(key)) break;
    if (ELIDED_PRONOUN.test(word) || (!/^[\p{Lu}]/u.test(word) && participleEnds(word, text, SCHOOL_TOKEN.lastIndex)))
      break;
    // A German infinitive before a modal verb: the clause goes on ("ob ich nach der NMS hingehen soll").
    if (
      /^[\p{Ll}]+(?:en|ern|eln)$/u.test(word) &&
      MODAL_AFTER.test(text.slice(SCHOOL_TOKEN.lastIndex, SCHOOL_TOKEN.lastIndex + 12))
    )
      break;
    const small = particles.has(key) || and.has(key) || /^[dl]['’]$/i.test(word);
    const capital = /^[\p{Lu}]/u.test(word.replace(/^[dl]['’]/i, '')) && !(shouted && (small || stop.has(key)));
    // Small words count only between names ("de la Gradelle"); one with a capital can be a name ("Les Tilleuls").
    if (small && !capital) {
      afterSmall = true;
      last = key;
      continue;
    }
    // A time after the school word, or after a small word, is when, not which: "grundschule am montag haben wir".
    if ((afterSmall || (end < 0 && (!capital || WEEKDAY.test(key)))) && TIME_WORD.test(key)) break;
    // Written loosely: any word that is no everyday one ("ies ramon y cajal", "clg j. moulin", "kanti wettige").
    // A capitalised name is over at a word in lower case: "lycée Victor Duruy l'an prochain".
    if (loose && !capital && capitals > 0) break;
    const bare = key.replace(/^[dl]['’]/, '');
    if (loose && !capital && !stop.has(bare) && !commonWords().has(key) && !NOT_SCHOOL_NAME.test(bare)) {
      // At most two such words: "gsg sindelfingen fahren im mai" is no longer the name.
      if (++looseWords > 2) break;
      if (word.length >= 2 || /^[\p{L}]\.$/u.test(t[2]!)) {
        end = SCHOOL_TOKEN.lastIndex - (t[2]!.length - word.length) + (/^[\p{L}]\.$/u.test(t[2]!) ? 1 : 0);
        continue;
      }
    }
    if (!capital && !small && end < 0 && person === 0 && givenName(word) && !stop.has(key)) {
      // Only with the surname after it: "gymnasium max ist…" is no school's name.
      person = 1;
      continue;
    }
    // A place after a small word names the school ("Grundschule am Park", "Schule an der Linde"), not a time.
    // Written loosely, a place in lower case after "am", "an der", "im": "grundschule am see".
    if (loose && !capital && afterSmall && PLACE_SMALL.test(last) && word.length >= 3 && !NOT_SCHOOL_NAME.test(key)) {
      end = SCHOOL_TOKEN.lastIndex - (t[2]!.length - word.length);
      break;
    }
    // A place said in general after a small word ends it: "die Gesamtschule in der Stadt", "Grundschule im Dorf".
    if (afterSmall && GENERIC_PLACE.test(key)) break;
    const placed = titled && capital && afterSmall && !stop.has(key);
    afterSmall = small;
    if (!capital && person === 1 && !small && !stop.has(key) && !commonWords().has(key)) person = 2;
    else if (
      !capital ||
      (!small && stop.has(key) && !(titled && key.length > 3)) ||
      (notNameWords().has(key) && !placed)
    )
      break;
    end = SCHOOL_TOKEN.lastIndex - (t[2]!.length - word.length);
    if (capital && !small) capitals++;
  }
  if (end < 0) return;
  // "lycée Victor Hugo de Besançon", "Mittelschule Haidhausen in München": the town after the name stays.
  const town = TOWN_AFTER.exec(text.slice(m.index, end));
  if (
    town &&
    (/^\s+(?:in|im|à|a|en)\s/i.test(town[2]!) || /\d\s*$|\S\s+\S|[\p{L}]-[\p{L}]/u.test(town[1]!.slice(m[0].length)))
  )
    end = m.index + town[1]!.length;
  // Only the school word is left, its town after it: no school is named ("seit der Grundschule in Leipzig").
  if (end <= m.index + m[0].trimEnd().length) return;
  if (ranked(scan, m.index, end)) return;
  scan.add('school', m.index, end);
}

/** A superlative just before a school word: "le meilleur lycée de Paris", "das beste Gymnasium". */
const BEST_BEFORE =
  /(?<![\p{L}])(?:meilleure?s?|pire|beste[nrms]?|schlechteste[nrms]?|best|worst|mejor(?:es)?|peor(?:es)?)[ \t]+$/iu;
/** A ranking said after a school: "… c'est le meilleur de France ?", "… ist das beste in Hamburg laut Ranking?". */
const BEST_AFTER =
  /^[^.!?\n]{0,40}?(?<![\p{L}])(?:le meilleur|la meilleure|les meilleurs|das beste|die beste|der beste|am besten|the best|el mejor|la mejor|ranking|classement)(?![\p{L}])/iu;

/** A school's open day, which those who do not attend it yet visit: "la journée portes ouvertes du lycée…". */
const OPEN_DAY_BEFORE =
  /(?<![\p{L}])(?:portes[ \t]+ouvertes|tag[ \t]+der[ \t]+offenen[ \t]+t(?:ü|ue?)r|open[ \t]+(?:day|evening)|puertas[ \t]+abiertas)[ \t]+(?:(?:du|de[ \t]+la|de[ \t]+l['’]|des|de|am|im|an[ \t]+der|der|vom|at|of|for|del)[ \t]*)?$/iu;
/**
 * A school ranked with others, with no word for the writer in its sentence, is talked of in general, not
 * attended ("Le lycée Henri-IV c'est le meilleur de France ?"; not "mon lycée c'est le meilleur").
 */
function ranked(scan: Scan, start: number, end: number): boolean {
  if (
    !BEST_BEFORE.test(scan.before(start, 24)) &&
    !BEST_AFTER.test(scan.after(end, 60)) &&
    !OPEN_DAY_BEFORE.test(scan.before(start, 40))
  )
    return false;
  return !writerOrKin(`${scan.before(start, 60)} ${scan.text.slice(start, end)} ${scan.after(end, 60)}`);
}

/** A place said in general, no place's name: "in der Stadt", "im Dorf", "in der Nähe". */
const GENERIC_PLACE = /^(?:stadt|innenstadt|nahe|gegend|umgebung|dorf|ort|viertel|city|town|ville|village)$/;
/** A German modal or auxiliary verb after an infinitive. */
const MODAL_AFTER =
  /^[ \t]+(?:soll|sollte|will|wollte|kann|könnte|muss|müsste|möchte|darf|werde|würde|wird)(?![\p{L}])/u;
/** German small words before a school's place: "am See", "an der Linde", "im Park". */
const PLACE_SMALL = /^(?:am|an|der|im|beim|zum|zur)$/;

/** Words after a school word that describe it or the child's year, not name it. */
const NOT_SCHOOL_NAME =
  /^(?:an|annee|primary|elementary|secondary|village|quartier|ville|dorf|viertel|barrio|pueblo|general|generale|technologique|techno|agricole|polyvalent|professionnel|professionnelle|pro|nuevo|nueva|viejo|vieja|grande|publico|publica|privado|privada|turno|grado|curso|ano|anos|nouveau|nouvelle|ancien|ancienne|prive|privee|public|publique|classe|annee|neue|neuen|neuer|alte|alten|klasse|jahr|new|old|year|grade|class|bus|cantine|canteen|mensa|comedor|pause|recre|recreo|andere|anderen|gleiche|gleichen|selbe|selben|nachste|nachsten|private|staatliche|offentliche|katholische|evangelische|kleine|grosse|beste|alte|neue)$/;
/** Before a school word: where the child goes ("voy al", "je suis au", "ich bin auf der"). */
const ATTEND_BEFORE =
  /(?<![\p{L}])(?:(?:es|c['’]est|ist|is)[ \t]+(?:el|la|le|l['’]|die|das|der|the)|al|a la|en el|en la|del|de la|au|à l['’]|a l['’]|à la|a la|de l['’]|du|auf der|auf die|aufs|ins|in der|in die|an der|an die|id|i de|a de|at|to|from)[ \t]*$/iu;
/** Going to a place, or being in it, for a school word that is an everyday word elsewhere ("va al kinder"). */
const ATTEND_EVERYDAY = /(?<![\p{L}])(?:al|en el|del)[ \t]*$/iu;
/** A German verb of going or being said without "ich", as children write: "geh auf die…", "bin auf der…". */
const GO_FIRST =
  /(?<![\p{L}])(?:(?:geh|gehe|bin)[ \t]+(?:auf|aufs|in|ins|an)|(?:voy|vamos|estudio|estudiamos|iba|fui)[ \t]+(?:al|a la|en el|en la|en|a))(?![\p{L}])/iu;
/** A town after a school's kind, then the clause ends: "in Marburg", "à Dinan,". */
const SCHOOL_TOWN = /^(?:in|à)[ \t]+([\p{Lu}][\p{L}\p{M}'’-]+)(?=[ \t]*(?:[,.;:!?)\n]|$|(?:in|und|et|en)[ \t]))/u;
/** The writer, or a German verb of going said without "ich", before the school. */
const FIRST_OR_GO = /(?<![\p{L}])(?:ich|i|wir|mein|meine|geh|gehe|bin)(?![\p{L}])/iu;
/**
 * Where the child goes, then one or two words in lower case before a school word ("aufs goethe gymnasium"), or a
 * place's name made a German adjective in -er ("auf die Brackweder Realschule").
 */
const NAME_BEFORE_SCHOOL =
  /(?<![\p{L}])(?:aufs|auf das|auf die|auf der|auf dem|aufm|ins|in die|in der|an die|an der|an das)[ \t]+((?:[\p{Ll}][\p{Ll}\p{M}-]{1,20}[ \t]+){1,2}|[\p{Lu}][\p{Ll}]{2,20}er[ \t]+)$/u;
/**
 * An abbreviation that is also a title, then whose ("im at ms smiths house", "staying at ms smiths tonight"):
 * a teacher's or a neighbour's home, not a school (German "MS", a Mittelschule).
 */
const TITLE_AND_OWNER = /^ms[ \t]+[\p{L}]+(?:(?:['’]s|s)(?![\p{L}])|[ \t]+(?:house|home)(?![\p{L}]))/iu;
/** A school's name, then "de", "in" or "à" and one capitalised word: a town, unless a person's name ends there. */
const TOWN_AFTER = /^(.*?\S)(\s+(?:[Dd]e|[Dd]['’]|[Ii]n|[Ii]m|à|a|[Ee]n)\s*[\p{Lu}][\p{L}\p{M}'’-]+)$/su;

/** A year of school beside "at" and a capitalised name: "i'm a freshman at Lakewood", "im at Ridgemont, 8th grade". */
const GRADE =
  '(?:freshman|sophomore|junior|senior|(?:[Gg]rade|[Yy]ear|yr) \\d{1,2}|\\d{1,2}(?:st|nd|rd|th) grade|in \\d{1,2}(?:st|nd|rd|th))';
const GRADE_AT = new RegExp(`(?<![\\p{L}])(?:${GRADE} at (${CAPS})|at (${CAPS}), ${GRADE})(?![\\p{L}])`, 'gu');
/** Someone's full name, then going to a school: "lebron james went to…", with no word for the writer. */
const TOLD_SCHOOL =
  /(?:^|[.!?\n][ \t]*)([^.!?\n]*?)[ \t]+(?:went to|goes to|attended|studied at|graduated from)[ \t]+$/iu;
/** Whether the writer is in the words just before ("i'm", "we're" too). */
const writerBefore = (scan: Scan, at: number) =>
  wordsOf(scan.before(at, 40)).some((w) => firstPerson(w.replace(/['’](?:m|re|ve|d|ll)$/i, '')));
function toldOf(scan: Scan, start: number): boolean {
  const m = TOLD_SCHOOL.exec(scan.before(start, 60));
  if (!m) return false;
  const words = wordsOf(m[1]!);
  if (words.length < 2 || words.some((w) => firstPerson(w) || isRelation(w) || /^(?:his|her|their)$/i.test(w)))
    return false;
  return !givenName(words[0]!) || famousMention(words) >= 0;
}
/** A year of school and "at", then a name in lower case of one or two words that ends the clause. */
const GRADE_AT_LOWER = new RegExp(
  `(?<![\\p{L}])(?:${GRADE}|\\d{1,2}(?:st|nd|rd|th) class|class \\d{1,2}) at (\\p{Ll}[\\p{Ll}'’-]+(?: \\p{Ll}[\\p{Ll}'’-]+)?|(?:st|saint|bishop|cardinal|archbishop|blessed|pope) \\p{Ll}[\\p{Ll}'’-]+ \\p{Ll}[\\p{Ll}'’-]+)(?=[ \\t]*(?:[,.!?;)\\n]|$|and |but |lol|its |it['’]s |in |now|this year))`,
  'gu',
);
/** What every match of {@link GRADE_AT_LOWER} holds, looked for first. */
const GRADE_AT_HINT = /(?:\d|grade|class|man|more|ior) at [\p{Ll}]/u;
/** Titles that name a school for a saint or a churchman. */
const FOUNDER = /^(?:st|saint|bishop|cardinal|archbishop|blessed|pope)$/;
/** Where a child is at in a school year that is no school: "in year 7 at lunch", "year 9 at break". */
export const NOT_ATTENDED = /^(?:lunch|break|recess|school|home|practice|the|my|our|this|that)$/;
/** Initials of a high school: "lhs", "WHS". */
const INITIALS_SCHOOL = /(?<![\p{L}\p{N}])[a-z]{1,3}hs(?![\p{L}\p{N}])/giu;
/** A school named without a school word: "my school is called Maple Grove", "mi escuela se llama Benito Juárez". */
const CALLED_SCHOOL =
  /\b(?:(?:[Mm]y|[Oo]ur) school(?:['’]s name)?(?: is|['’]s)(?: called)?|[Mm]i (?:escuela|colegio) (?:se llama|es)(?: la| el)?)\s+([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,3})/gu;
const SAINT_WORDS = cue('st saint san santa');
/** A school named in lower case after a word that names it, or a saint's name after "es el/la". */
const LOWER_CALLED_HINT = /called|named|se llama|s['’]appelle|hei(?:ß|ss)t|(?:es|c['’]est) (?:el|la|le|l['’])/;
const LOWER_CALLED_SCHOOL =
  /(?<![\p{L}])(?:(?:my|our) school(?:['’]s name)? is (?:called|named)|(?:mi|nuestra|nuestro) (?:escuela|colegio|cole|insti|instituto|prepa|secu|liceo) (?:se llama|es (?:el|la)(?= (?:san|santa|santo|sta)\s))|(?:mon|notre) (?:école|ecole|collège|college|lycée|lycee) (?:s['’]appelle|c['’]est (?:le|la|l['’])(?= ?(?:st|ste|saint|sainte)\s))|(?:meine|unsere) schule hei(?:ß|ss)t)[ \t]+([\p{Ll}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{Ll}][\p{L}\p{M}'’.-]*){0,2})(?=[ \t]*(?:[,.!?;)\n]|$|y |and |et |und |lol|jaja))/giu;
const SAINT = new RegExp(
  `\\b(?:${eitherCase('st|saint|san|santa')})\\.?\\s+\\p{L}[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’]*)?`,
  'gu',
);
/** Going to a place named for a saint is a school only when it is attended ("I go to St Mary's"), not visited ("went to San Diego"). */
const ATTEND = /\b(?:go(?:es)? to|attend(?:s|ing)?|stud(?:y|ies) at|student at|enrolled at|estudio en)\s*$/i;
const NUMBERED_WORDS = cue('ps ms');
// "P.S. 118", "PS 321", "IS 61"; not a console ("PS5").
const NUMBERED_SCHOOL =
  /\b(?:(?:P\.S\.?|I\.S\.?|M\.S\.?|J\.H\.S\.?|H\.S\.?)\s?\d{1,3}|(?:PS|IS|MS|JHS|HS)(?:\s\d{1,3}|\d{2,3}))\b/gi;

/** A word that starts with a capital or a digit. */
function cap(w: string | undefined): boolean {
  return w !== undefined && /^[\p{Lu}\d]/u.test(w);
}

/** The words before a school type that name it ("Lincoln Elementary"), not those that describe it ("my old middle school"). */
function schoolName(scan: Scan, words: string, index: number, type = ''): number | undefined {
  const list = words.split(/\s+/);
  let keep = list.length;
  while (keep > 0) {
    const w = list[keep - 1]!;
    // A describing word with a capital after a name is part of it: "Delhi Public School".
    const named =
      cap(w) &&
      cap(list[keep - 2]) &&
      !DESCRIPTOR.test(list[keep - 2]!) &&
      !commonWords().has(list[keep - 2]!.toLowerCase());
    if (commonWords().has(w.toLowerCase()) || (DESCRIPTOR.test(w) && !named) || (!cap(w) && cap(list[keep]))) break;
    keep--;
  }
  const name = list.slice(keep).join(' ');
  if (!name) return undefined;
  const start = index + words.length - name.length;
  const named = list.slice(keep);
  // Typed in lower case: a name of its own before a school type that is no everyday word ("jfk elementary",
  // "greenfield primary"); two words before "high" ("thomas jefferson high"), not "so high".
  const lower =
    STRONG_TYPE.test(type) &&
    named.length >= (/^(?:high|middle)$/i.test(type) ? 2 : 1) &&
    named.every((w) => w.length >= 2 && !DESCRIPTOR.test(w) && !commonWords().has(w.toLowerCase()) && !/^\d/.test(w));
  return named.every((w) => cap(w) || /^(?:st\.?|saint)$/i.test(w)) || lower || SCHOOL_CUE.test(scan.before(start, 30))
    ? start
    : undefined;
}

export function findSchools(scan: Scan): void {
  for (const word of scan.found(SCHOOL_WORDS)) {
    for (const at of scan.positions(word)) {
      SCHOOL_TYPE.lastIndex = at;
      const type = SCHOOL_TYPE.exec(scan.text);
      const head = type ? scan.back(at, SCHOOL_HEAD, 60, 5) : undefined;
      const start = head ? schoolName(scan, head[1]!, head.index, type![0]) : undefined;
      // "prep" in lower case is also a verb and a noun ("test prep"): a prep school beside the writer only.
      const loosePrep =
        /^prep$/i.test(type?.[0] ?? '') && /^[\p{Ll}]/u.test(scan.text[start!] ?? '') && !writerBefore(scan, start!);
      // Someone else's, told of: "lebron james went to st vincent st mary high school".
      if (type && start !== undefined && !loosePrep && !toldOf(scan, start))
        scan.add('school', start, at + type[0].length);
    }
  }
  if (scan.has(PACK_SCHOOL_WORDS)) {
    const p = SCHOOLS();
    const before = p.before ? scan.all(p.before) : [];
    const everyday = (m: RegExpExecArray) => p.everyday.size > 0 && p.everyday.has(fold(m[0].trim()));
    for (const m of before) if (!everyday(m)) schoolAfterWord(scan, m);
    for (const re of [p.caps, p.numbered]) if (re) for (const m of scan.all(re)) schoolAfterWord(scan, m);
    // Typed loosely in lower case: after an abbreviation, or a school word where the child goes, or before a saint or a number.
    if (p.abbreviated)
      for (const m of scan.all(p.abbreviated))
        if (!TITLE_AND_OWNER.test(scan.text.slice(m.index, m.index + 40))) schoolAfterWord(scan, m, true);
    for (const m of before) {
      const next = scan.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const mine =
        `${scan.before(m.index, 60)} ${scan.after(m.index, 60)}`
          .split(/[^\p{L}\p{M}]+/u)
          .some((w) => w !== '' && firstPerson(w)) || GO_FIRST.test(scan.before(m.index, 30));
      const lead = scan.text.slice(Math.max(0, m.index - 12), m.index);
      const attended = mine && ATTEND_BEFORE.test(lead);
      // Where the child goes, a kind of school and its town: "ich geh aufs Gymnasium in Marburg", "je vais au collège à Dinan".
      const town = attended && !/^(?:schule|école|ecole|school)$/i.test(m[0].trim()) ? SCHOOL_TOWN.exec(next) : null;
      if (
        town &&
        !lexicon().set('stop').has(fold(town[1]!)) &&
        !commonWords().has(town[1]!.toLowerCase()) &&
        !GENERIC_PLACE.test(fold(town[1]!))
      )
        scan.add('school', m.index, m.index + m[0].length + town[0].length);
      // An everyday word of another language only after going to it or being in it: "va al kinder", not
      // "es el Kinder Bueno", "du Kinder Bueno".
      if (everyday(m) && !(attended && ATTEND_EVERYDAY.test(lead))) continue;
      // A title with a character before the school: "on a regardé Harry Potter à l'école des sorciers".
      if (characterBefore(scan.before(m.index, 30))) continue;
      if (
        // (The plain word for school, then a word in lower case, is school in general: "Handys in der Schule verboten".)
        (attended &&
          !(/^(?:schule|école|ecole|school|escuela)$/i.test(m[0].trim()) && /^[ \t]*[\p{Ll}]/u.test(next))) ||
        /^(?:st|sta|ste|san|santa|saint|sainte|sankt)(?![\p{L}])/iu.test(next) ||
        // A number, not a time ("Schule fängt um 7:55 an", "el cole empieza a las 8").
        (/^(?:[\p{L}.'’-]+[ \t]+){1,3}\d{1,4}(?![\d:.,/h]|[ \t]*(?:uhr|h|am|pm|heures?|horas?)(?![\p{L}])|\.?[ \t]*(?:de[ \t]+)?(?:jan|feb|fév|fev|mar|mär|avr|apr|abr|mai|may|mayo|jun|juin|jul|juil|aug|aoû|aou|ago|sep|okt|oct|nov|dez|dec|déc|dic|ene)[\p{L}]*)/iu.test(
          next,
        ) &&
          !/(?<![\p{L}])(?:um|ab|bis|gegen|at|until|till|by|a las|a la|hasta|desde|à|a|vers|jusqu['’]à)[ \t]+\d/iu.test(
            next,
          ))
      )
        schoolAfterWord(scan, m, true);
    }
    // A name in lower case before the school word, where the child goes: "ich geh aufs goethe gymnasium".
    for (const m of p.word && /[ \t][\p{Ll}]/u.test(scan.text) ? scan.all(p.word) : []) {
      const lead = NAME_BEFORE_SCHOOL.exec(scan.text.slice(Math.max(0, m.index - 40), m.index));
      if (!lead || !FIRST_OR_GO.test(scan.before(m.index, 60))) continue;
      const stop = lexicon().set('stop');
      const names = lead[1]!.trim().split(/[ \t]+/);
      if (
        names.every(
          (w) => w.length >= 3 && !stop.has(fold(w)) && !commonWords().has(w) && !NOT_SCHOOL_NAME.test(fold(w)),
        )
      )
        scan.add('school', m.index - lead[1]!.length, m.index + m[0].length);
    }
  }
  if (scan.text.includes('at ')) {
    for (const m of scan.all(GRADE_AT)) {
      const name = m[1] ?? m[2]!;
      const at = m.index + m[0].indexOf(name);
      if (!commonWords().has(name.split(' ')[0]!.toLowerCase())) scan.add('school', at, at + name.length);
    }
    // In lower case, ending the clause: "im in year 8 at thornhill and…", "in 5th class at st pats".
    for (const m of GRADE_AT_HINT.test(scan.text) ? scan.all(GRADE_AT_LOWER) : []) {
      const name = m[1]!;
      const words = name.split(' ');
      // Named for a saint or a churchman: "st pats", "st ambrose barlow", "bishop ullathorne".
      const saint = words.length >= 2 && FOUNDER.test(words[0]!);
      // The writer's year or their family's, not a character's ("in wonder auggie starts 5th grade at beecher prep").
      if (!writerBefore(scan, m.index)) continue;
      const own = (w: string) => w.length >= 3 && !commonWords().has(w) && !NOT_ATTENDED.test(w);
      if (saint ? words.length === 2 || words.slice(1).every(own) : words.every(own))
        scan.add('school', m.index + m[0].length - name.length, m.index + m[0].length);
    }
  }
  // A high school's initials where the child goes: "i go to lhs", "she goes to WHS".
  if (scan.lower.includes('hs') && /\b[a-z]{1,3}hs\b/i.test(scan.text))
    for (const m of scan.all(INITIALS_SCHOOL))
      if (ATTEND.test(scan.before(m.index, 30))) scan.add('school', m.index, m.index + m[0].length);
  const ending = SCHOOLS().ending;
  if (ending && /[\p{L}]-[\p{L}]/u.test(scan.text))
    for (const m of scan.all(ending)) scan.add('school', m.index, m.index + m[0].length);
  if (
    scan.has(unite(SCHOOL_WORDS, PACK_SCHOOL_WORDS)) &&
    /school(?:['’]s name)?(?: is|['’]s)|(?:escuela|colegio) (?:se llama|es)/.test(scan.lower)
  ) {
    for (const m of scan.all(CALLED_SCHOOL)) {
      const name = m[1]!;
      if (!commonWords().has(name.split(' ')[0]!.toLowerCase()))
        scan.add('school', m.index + m[0].length - name.length, m.index + m[0].length);
    }
  }
  if (scan.has(unite(SCHOOL_WORDS, PACK_SCHOOL_WORDS)) && LOWER_CALLED_HINT.test(scan.lower)) {
    // In lower case, after a word that names it: "my school is called hillcrest", "mi cole es el san agustín".
    const stop = lexicon().set('stop');
    for (const m of scan.all(LOWER_CALLED_SCHOOL)) {
      const name = m[1]!.replace(/[ \t]+$/, '');
      const words = name.split(/[ \t]+/);
      const saint = /^(?:san|santa|santo|st|sta|saint|sainte|sankt)$/i.test(words[0]!);
      if (
        saint ||
        words.every((w) => w.length >= 3 && !stop.has(fold(w)) && !commonWords().has(w) && !DESCRIPTOR.test(w))
      )
        scan.add('school', m.index + m[0].length - m[1]!.length, m.index + m[0].length - m[1]!.length + name.length);
    }
  }
  if (scan.has(SAINT_WORDS)) {
    for (const m of scan.all(SAINT)) {
      const end = m.index + m[0].length;
      if (
        (/['’]s$/.test(m[0]) ? SCHOOL_CUE : ATTEND).test(scan.before(m.index, 30)) &&
        !/^\s*(?:day|street|st\b|road|avenue|church|cathedral|hospital|field|park)/i.test(scan.after(end, 12))
      ) {
        scan.add('school', m.index, end, -1);
      }
    }
  }
  if (/[PIMJH]\.?S\.?\s?\d/.test(scan.text) || (scan.has(NUMBERED_WORDS) && /\b[pm]s\s?\d/.test(scan.lower))) {
    // In lower case, with a school named in the message: "is ps 321 a good school?".
    const schooled = scan.has(unite(SCHOOL_WORDS, PACK_SCHOOL_WORDS));
    for (const m of scan.all(NUMBERED_SCHOOL)) {
      if (/^[PJ]/.test(m[0]) || SCHOOL_CUE.test(scan.before(m.index, 30)) || (schooled && /^[pm]s\s?\d/.test(m[0])))
        scan.add('school', m.index, m.index + m[0].length);
    }
  }
}
