/**
 * Names of the child and of people around them. A name is taken when the
 * words around it say it belongs to someone the child knows: introductions
 * ("my name is…", "this is … here"), sign-offs ("- Sam"), relations ("my
 * friend Emma"), titles ("Mrs. Henderson"), labels ("Name: …"), and full
 * names that start with a common given name. Famous people, characters and
 * titles of books and films stay.
 */
import { commonWords, famousPeople, notNameWords } from './lexicon.js';
import { isPlatform } from './pii-contact.js';
import {
  aboutThem,
  famousKey,
  famousMention,
  firstPerson,
  givenName,
  inExercise,
  PUBLIC_FAVOURITE,
  wordsOf,
  writerIn,
  writerWord,
} from './pii-context.js';
import {
  alternation,
  cue,
  digitCount,
  entries,
  fold,
  fromPacks,
  type Lexicon,
  lexicon,
  literal,
  perMessage,
  perMessageWord,
  perScan,
  type Scan,
  WEEKDAY,
  words,
} from './pii-shared.js';

const TOKEN = /[ \t]*\n?[ \t]*["“\x93]?([\p{L}][\p{L}\p{M}'’-]*)/uy;
const NEXT =
  /(?:[ \t]+[\p{Lu}]\.?(?=[ \t]+[\p{Lu}]))?(?:[ \t]+(?:de la|del|de|van der|van|von|der|da|di|du|le|la|dos|bin|al|y)(?=[ \t]+[\p{Lu}]))?[ \t]+([\p{L}][\p{L}\p{M}'’-]*)/uy;
export const TITLES = words('mr mrs ms miss mx dr prof sr sra srta');

export interface Span {
  start: number;
  end: number;
  tokens: string[];
}

/** Whether a word starts with a capital (ASCII by code, the rest by Unicode). */
export function upper(token: string): boolean {
  const c = token.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^[\p{Lu}]/u.test(token);
}

export const known = (span: Span) => givenName(span.tokens[0]!);

/** An everyday word of a loaded language ("est", "und", "pero"). */
export const stopWord = (word: string) => {
  const stop = lexicon().set('stop');
  if (stop.has(fold(word))) return true;
  // A word joined at an apostrophe after a stop word of four letters or more: "aujourd'hui".
  const cut = word.search(/['’]/);
  return cut >= 4 && stop.has(fold(word.slice(0, cut)));
};

function nameToken(token: string, lower: boolean): boolean {
  const key = token.toLowerCase();
  if (
    token.length < 2 ||
    commonWords().has(key) ||
    notNameWords().has(key) ||
    TITLES().has(key) ||
    digitCount(token) > 0 ||
    // French elisions: "j'ai", "l'école".
    /^(?:[cdjlmnst]|qu)['’]/u.test(token) ||
    // An everyday word of one language can be a name in another ("Ben", French for "well").
    (stopWord(token) && !givenName(token))
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
export function readName(text: string, pos: number, lower: boolean, max = 3): Span | undefined {
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
    // A surname that opens with its particle: "mme Da Silva", "Herr Van Dijk".
    const particle =
      !span &&
      PARTICLE.test(token) &&
      /^[ \t]+[\p{Lu}]/u.test(text.slice(start + token.length, start + token.length + 3));
    // Past the first word, only words that could be surnames: lower case only after a strong cue, never after a capital.
    if (
      !particle &&
      (!nameToken(token, lower && (span?.tokens.length ?? 0) < 2) || (span && !upper(token) && upper(span.tokens[0]!)))
    )
      break;
    // A street's word before its name is no one's name: "c'est Boulevard Haussmann", "la Calle Mayor".
    if (
      !span &&
      streetWord(token) &&
      /^[ \t]+(?:(?:de|des|du|del|de la|der)[ \t]+)?[\p{Lu}]/u.test(
        text.slice(start + token.length, start + token.length + 12),
      )
    )
      return undefined;
    if (span) {
      span.tokens.push(token);
      span.end = start + token.length;
    } else span = { start, end: start + token.length, tokens: [token] };
    if (possessive) break;
    re = NEXT;
    re.lastIndex = m.index + m[0].length;
  }
  // An initial for the surname makes the name whole: "Jade R.", "lucas p.".
  // (A dot two or three characters on is looked for first: most names have none.)
  if (span && span.tokens.length < max && (text[span.end + 2] === '.' || text[span.end + 3] === '.')) {
    const initial = INITIAL.exec(text.slice(span.end, span.end + 5));
    if (initial) span.end += initial[0].length;
  }
  return span;
}

const streetWord = (token: string) => token.length > 3 && lexicon().set('streets').has(fold(token));

/** Particles that open a surname, with their capital. */
const PARTICLE = /^(?:Da|De|Del|Della|Di|Do|Dos|Du|La|Le|Van|Von|Mac|Mc)$/;

/** A capitalised word with a genitive "s", then a capitalised word: "Finns Papa". */
const GENITIVE = /(?<![\p{L}\p{M}-])(?<![\p{L}]['’])([\p{Lu}][\p{Ll}]+)s[ \t]+([\p{Lu}][\p{Ll}]+)/gu;
/** What is someone's in German: a party, a home, a number, an account. */
const THEIRS =
  /^(?:Geburtstag|Geburtstagsparty|Geburtstagsfeier|Party|Feier|Haus|Zimmer|Wohnung|Adresse|Nummer|Handynummer|Handy|Eltern|Familie|Insta|Account|Kanal)$/;
/** A surname's initial after a name: one letter and a dot, then a break (not "a." or "y."). */
const INITIAL = /^[ \t]+(?![aeiouyàAIY]\.)[\p{L}]\.(?=[\s,;:!?)]|$)/u;
/** A word, then a surname's initial: "Emma R.", "jule w.". */
const GIVEN_INITIAL = new RegExp(`(?<![\\p{L}\\p{M}'’.-])(\\p{L}[\\p{Ll}\\p{M}]+)${INITIAL.source.slice(1)}`, 'gu');

const WORK =
  /\b(?:book|novel|story|movie|film|show|series|episode|song|album|game|play|musical|called|titled)(?:\s+(?:is|was|called|named))?\s*:?\s*["“\x93]?$|\b(?:read|reading|watched|watching|watch|listen(?:ing)? to)\s*["“\x93]?$/i;
/**
 * What the famous did, told after their name (and the rest of it) in French, Spanish and German: "Jean de La
 * Fontaine qui a écrit les fables", "Cervantes escribió…", "Gutenberg erfand…"; not what they say someone else
 * did ("la miss Patricia Olmedo dice que Colón no descubrió…").
 */
const DEED_OTHER =
  /^(?:[ \t]+(?!(?:me|m['’]|te|nos|mir|mich|uns|moi|dice|dijo|dicen|says|said|sagt|sagte|meint|dit|disait|pense|thinks|cree|creo)(?![\p{L}]))[\p{L}'’-]+){0,4}?[ \t]+(?:qui[ \t]+)?(?:a écrit|a ecrit|a inventé|a invente|a peint|a découvert|a decouvert|a composé|a compose|a fondé|a fonde|écrivit|inventa|peignit|découvrit|(?:que|quien)[ \t]+(?:escribió|inventó|pintó|descubrió|compuso|fundó)|escribió|inventó|pintó|descubrió|compuso|fundó|schrieb|erfand|malte|entdeckte|komponierte|gründete|der[ \t]+(?:hat|die)[ \t]+[\p{L}]+[ \t]+(?:geschrieben|erfunden|gemalt|entdeckt))(?![\p{L}])/iu;
/** A goal scored, right after the name, and the rest of the clause: "qui a marqué contre…", "scored against…". */
const SCORED =
  /^[ \t]+(?:(?:qui|who|que|quien|der|die)[ \t]+)?(?:a marqué|a marque|marqua|scored|scores|marcó|marco|hat[ \t]+(?:[\p{L}]+[ \t]+){0,3}geschossen|schoss|erzielte)(?![\p{L}])[^.!?\n]*/iu;
/** A state's office held, said right after the name: "Frau Merkel war Kanzlerin", "Macron est président". */
/** A prize, a title or a record the world knows, within the clause after a name. */
const WORLD_PRIZE =
  /^[^.!?\n;]{0,40}?(?<![\p{L}])(?:nobel[\p{L}]*|oscars?|grammys?|ballon d['’]or|olympi[\p{L}]*|weltmeister[\p{L}]*|world champions?(?:hips?)?|champion(?:ne)?s? du monde|campe[oó]n(?:a|es)? del mundo|grand chelem|grand slam|weltrekord[\p{L}]*|world records?|records? du monde|r[ée]cords? mundial(?:es)?|coupe du monde|world cup|copa del mundo|pulitzer|goncourt)(?![\p{L}])/iu;
const OFFICE_AFTER =
  /^[ \t,]*(?:war|ist|wurde|était|est|a été|was|is|fue|era|es)[ \t]+(?:(?:die|der|la|le|the|el|une?|ein|eine|a)[ \t]+)?(?:(?:erste|ersten|première|premier|first|primera?)[ \t]+)?(?:(?:bundes)?(?:kanzler|präsident|minister|papst|könig|kaiser)(?:in)?|pr[ée]sident(?:e|a)?|ministre|pape|roi|reine|empereur|imp[ée]ratrice|chancellor|prime minister|pope|king|queen|emperor|empress|canciller|ministra?|rey|reina)(?![\p{L}])/iu;
/** A game played, right after the verb: "we played Mario Kart", "jugamos al Mario Party" ("played with Mario" is company). */
const PLAYED =
  /(?<![\p{L}])(?:play(?:s|ed|ing)?|jug(?:ar|amos|ué|ue|ando|aba|ábamos|abamos|o|as|an)|jou(?:er|e|é|ons|ait|ais|ent)|zock(?:e|en|t)|spiel(?:e|en|t))[ \t]+(?:(?:al|a la|a|à|au|à la)[ \t]+)?$/iu;
const LANGUAGE_NAMES =
  'deutsch|englisch|latein|französisch|franzoesisch|spanisch|italienisch|türkisch|english|latin|french|german|spanish|italian|français|francais|anglais|allemand|espagnol|italien|inglés|ingles|alemán|aleman|francés|frances|latín|italiano';
const THING_NOUNS =
  'pflanze|blume|baum|tier|wort|stadt|land|fluss|see|insel|farbe|frucht|gewürz|stein|plant|flower|tree|animal|word|city|town|country|river|lake|island|colour|color|fruit|spice|stone|plante|fleur|arbre|mot|ville|pays|fleuve|rivière|riviere|lac|île|ile|couleur|épice|pierre|planta|flor|árbol|arbol|palabra|ciudad|país|pais|río|rio|lago|isla|fruta|especia|piedra';
/**
 * Before a word asked about as a word, for its meaning or its spelling: "was heißt …", "what does …", "que veut
 * dire …", "qué significa …", "schreibt man …", "how do you spell …", "comment on écrit …", "cómo se escribe …".
 */
const WORD_ASKED_BEFORE =
  /(?<![\p{L}])(?:(?:was|what|que|qué)[ \t]+(?:heißt|heisst|bedeutet|does|means|is|veut dire|signifie|significa|quiere decir)|(?:wie[ \t]+)?schreibt[ \t]+man|how[ \t]+(?:do[ \t]+(?:you|u|i)|to)[ \t]+spell|comment[ \t]+(?:on[ \t]+)?(?:écrit|ecrit)(?:[ \t]+on)?|comment[ \t]+(?:ça[ \t]+|ca[ \t]+)?s['’](?:écrit|ecrit)|c[oó]mo[ \t]+se[ \t]+escribe)[ \t]+(?:(?:the word|das wort|le mot|la palabra)[ \t]+)?$/iu;
/** What heißt asks after "was": a meaning, never a name ("was heißt frank und frei?", not "wie heißt…"). */
const MEANING_ASKED = /(?<![\p{L}])was[ \t]+(?:heißt|heisst)[ \t]+$/iu;
/** The words a message asks about as words, lower-cased: each of their mentions stays ("am Kai … schreibt man Kai mit K?"). */
const WORD_ASKED_THEN = new RegExp(`${WORD_ASKED_BEFORE.source.slice(0, -1)}(\\p{L}+)`, 'giu');
const askedWords = perMessage((text) => new Set([...text.matchAll(WORD_ASKED_THEN)].map((m) => m[1]!.toLowerCase())));
/** A language named after a word asked about: "… auf Latein", "… in English", "… en anglais". */
const MEANING_LANGUAGE = new RegExp(`^[ \\t]+(?:auf|in|en)[ \\t]+(?:${LANGUAGE_NAMES})(?![\\p{L}])`, 'iu');
/** After it: its meaning in a language, or that it is a thing ("… heißt auf Deutsch", "… ist doch eine Pflanze"). */
const WORD_ASKED_AFTER = new RegExp(
  `^[ \\t]+(?:(?:heißt|heisst|bedeutet|means|veut dire|signifie|significa|quiere decir)[ \\t]+(?:(?:auf|in|en)[ \\t]+(?:${LANGUAGE_NAMES})|das|that)(?![\\p{L}])|(?:ist|is|est|es)[ \\t]+(?:(?:doch|eigentlich|auch|bloß|nur|just|also|aussi|juste|también)[ \\t]+)?(?:eine?|ne|a|an|une?|una?)[ \\t]+(?:${THING_NOUNS})(?![\\p{L}]))`,
  'iu',
);
/** A fan of someone, or their concert, before the name: "big fan of", "Fan von", "fan de", "le concert de", "Konzert von". */
const FAN_OF =
  /(?<![\p{L}])(?:fan|fans|fangirl|fanboy|fanbrief|fanpost|fan mail|fan letter|lettre de fan|carta de fan)[ \t]+(?:of|von|vom|de|du|des|d['’]|an|to|à|a|para)[ \t]*$|(?<![\p{L}])(?:konzert|concert|concierto|show|tour|tourn[ée]e|gira)[ \t]+(?:von|vom|de|d['’]|of|by|del)[ \t]*$/iu;
/** A fan letter written to the name just before: "ich will Nina Chuba einen Fanbrief schreiben". */
const FAN_LETTER_AFTER =
  /^[ \t]+(?:einen|eine|ein|a|une|un|una)[ \t]+(?:fanbrief|fanpost|fan letter|fan mail|lettre de fan|carta de fan)(?![\p{L}])/iu;
/** Tickets for the name, in a message about a concert: "Karten für Helene Fischer …, Konzert am 14. Juli". */
const TICKETS_FOR =
  /(?<![\p{L}])(?:karten|tickets?|billets?|places|entradas|boletos)[ \t]+(?:für|fürs|for|pour|para)[ \t]*$/iu;
const CONCERT =
  /(?<![\p{L}])(?:konzert|concert|concierto|tour|tourn[ée]e|gira|festival|stadion|stadium|stade|estadio)/iu;
/** Frames for someone talked about: a role, a work by them, a school project about them. */
const ROLE =
  /\b(?:president|king|queen|prince|princess|saint|st\.?|emperor|general|field marshal|marshal|admiral|colonel|chancellor|prime minister|prophet|bishop|archbishop|cardinal|duke|duchess|tsar|czar|sultan|pope|pharaoh|sir|lord|lady|author|writer|poet|singer|rapper|actor|actress|painter|artist|scientist|inventor|explorer|composer|director|youtuber|character|athlete|player)\s*$|\b(?:book|novel|poem|painting|album|song|movie|film|written|painted|sung|directed|composed|invented|discovered)\b[^.!?]{0,30}\bby\s*$|\b(?:tell me|learn(?:ing)?|facts|report|essay|project|presentation|speech|research|biography|poem|questions?|quiz|information|info|know|read|reading|write|writing|talk|video)\s+(?:about|on|of)\s*$|\bwho\s+(?:was|is|were)\s*$/i;
/** Roles and questions of history in the other languages: "le roi…", "Kaiser…", "¿quién era…?". */
const ROLE_OTHER =
  /(?<![\p{L}])(?:roi|reine|rey|reina|kaiser|kaiserin|könig|königin|emperador|empereur|empereure|prinz|prinzessin|princesse|príncipe|princesa|papst|pape|papa francisco|(?:el|le|der) (?:papa|pape|papst)|san|santa|sankt|sainte?)\s*$|(?<![\p{L}])(?:wer (?:war|ist|sind|waren)|qui (?:c['’])?(?:était|etait|est|étaient)|quién (?:era|es|fue)|quien (?:era|es|fue))(?:[\s,]+[\p{L}]+){0,2}[\s,]*$/iu;
/**
 * A piece of school work on someone, in the packs' languages: "contrôle sur", "exposé sur", "Referat über", "Test
 * zu", "trabajo sobre" (English "report on", "essay about" are in {@link ROLE}). Not "de": "l'exposé de Lucas" is
 * Lucas's.
 */
const STUDIED_OTHER =
  /(?<![\p{L}])(?:contr[ôo]le|interro|expos[ée]|devoir|dissert(?:ation)?|fiche|le[çc]on|r[ée]sum[ée]|biographie|referat|vortrag|aufsatz|test|klassenarbeit|arbeit|pr[äa]sentation|steckbrief|examen|prueba|trabajo|exposici[óo]n|ensayo|resumen|biograf[ií]a|presentaci[óo]n)[ \t]+(?:sur|über|ueber|zu|sobre)[ \t]+(?:(?:le|la|les|den|die|das|dem|el|los|las)[ \t]+|l['’])?$/iu;
/**
 * Asking the assistant whether it knows someone: a public person ("kennst du luciano?", "tu connais ninho"). "Who
 * is" is {@link ROLE} and {@link ROLE_OTHER}.
 */
const KNOW_ASKED =
  /(?<![\p{L}])(?:kennst du|kennt ihr|kennen sie|kennt (?:wer|jemand|einer|ihr)|connais[- ]tu|tu connais|vous connaissez|(?:quelqu['’]un|qqn|qlq) (?:conna[iî]t|connait)|do you know|d(?:o )?you know|u know|(?:any ?one|any ?1|some ?one) know|conoces a|conoces|conocés a|conocés|alguien conoce(?: a)?|weißt du wer|weisst du wer)[ \t]+$/iu;
/** Asking who someone is, just before the name. */
const WHO_ASKED =
  /(?<![\p{L}])(?:c['’]est qui|cest qui|c ki|qui est|qui c['’]est|who is|who['’]s|whos|wer ist|wer war|quién es|quien es|quién era|quien era)[ \t]+$/iu;
/** "or", "versus", "against" between two people's names, and the name on its other side. */
const VERSUS_AFTER =
  /^[ \t]*,?[ \t]*(?:or|oder|ou|o|vs\.?|versus|gegen|contre|contra|against)[ \t]+((?:[\p{Lu}][\p{L}'’.-]*[ \t]*){1,3})/u;
const VERSUS_BEFORE =
  /((?:[\p{Lu}][\p{L}'’.-]*[ \t]+){1,3})(?:or|oder|ou|o|vs\.?|versus|gegen|contre|contra|against)[ \t]+$/u;
/** Whether a famous person's name stands across "or", "versus" or "against" from the name. */
function versusFamous(scan: Scan, span: Span): boolean {
  const after = VERSUS_AFTER.exec(scan.after(span.end, 40))?.[1];
  const before = VERSUS_BEFORE.exec(scan.before(span.start, 40))?.[1];
  return [after, before].some((other) => other !== undefined && famousMention(wordsOf(other)) >= 0);
}
/** A message about names as words: ideas for a name, names of a kind. Read once per message. */
const NAME_TALK =
  /(?<![\p{L}])(?:(?:girls?|boys?|baby|pet|dog|cat|unisex)['’]?s?[ \t]+names|name ideas|ideas for a name|a (?:good |nice |cute )?name for|nombres?[ \t]+de[ \t]+(?:mujer|hombre|niñ[ao]s?|chic[ao]s?|perros?|gatos?|mascotas?)|(?:un|otro)[ \t]+nombre[ \t]+para|ideas de nombres|pr[ée]noms?[ \t]+de[ \t]+(?:fille|gar[çc]on|chien|chat)s?|un[ \t]+(?:(?:bon|joli|beau)[ \t]+)?(?:nom|pr[ée]nom)[ \t]+pour|id[ée]es de (?:nom|pr[ée]nom)s?|(?:m[äa]dchen|jungen|hunde|katzen|baby)namen|(?:einen|ein)[ \t]+(?:(?:guten|sch[öo]nen|s[üu][ßs]en|guter|sch[öo]ner|s[üu][ßs]er)[ \t]+)?namen?[ \t]+f[üu]r|namensideen)(?![\p{L}])/iu;
const nameTalk = perMessage((text) => NAME_TALK.test(text));
/** What one does with a star's work, or the work itself, told after their name. */
const STAR_WORK =
  /(?<![\p{L}])(?:singt|sings|singing|chante|chantent|canta|cantan|h[öo]rt|h[öo]re|h[öo]ren|listen(?:s|ing)?|[ée]coute|[ée]coutes?|escucha|escucho|schaut|guckt|regarde|watch(?:es|ing)?|songs?|lied|lieder|musik|music|chanson|canci[óo]n|album|albums|konzert|concert|concierto|video|vid[ée]o|stream|streamt)(?![\p{L}])/iu;
/**
 * A thing named after someone, after the name: "Cooper test", "Heimlich manoeuvre", "Doppler effect", "loi de
 * Murphy" (its name first), "Satz des Pythagoras".
 */
const EPONYM =
  /^(?:test|tests|effekt|effect|effet|efecto|syndrom|syndrome|s[íi]ndrome|gesetz|law|loi|ley|satz|theorem|th[ée]or[èe]me|teorema|prinzip|principle|principe|principio|methode|method|m[ée]thode|m[ée]todo|regel|rule|r[èe]gle|regla|formel|formula|formule|f[óo]rmula|skala|scale|[ée]chelle|escala|man[öo]ver|maneuver|manoeuvre|man[œo]euvre|maniobra|diagramm|diagram|diagramme|konstante|constant|constante|kurve|curve|courbe|curva)$/iu;
const RELATIONS =
  'freind frend firend bestfreind bestfrend cuzin couzin grandfather grandmother grandson granddaughter grandad granddad gramps mate stepmum stepsis stepbro stepfather stepmother stepbrother stepsister godfather godmother friend bff bestie mom mum mother dad father brother bro sister sis cousin aunt auntie uncle grandma grandpa granny nana teacher coach neighbor neighbour classmate crush boyfriend girlfriend bf gf babysitter nanny tutor principal counselor doctor son daughter kid partner wife husband stepdad stepmom';
/** What is said after a famous name: a work of theirs, or that they are a favourite (but not "my fav teacher"). */
const WORKS = new RegExp(
  `^\\s*(?:['’]s\\s+)?(?:books?|songs?|movies?|music|albums?|shows?|series|concerts?|videos?|paintings?|theory|law|speech|novels?|poems?|inventions?)\\b|^\\s*(?:is|was|are) (?:my|our) (?:fav(?:ou?rite)?|fave)\\b(?!\\s+(?:${RELATIONS.replace(/ /g, '|')})\\b)`,
  'i',
);
/** What the famous did: told in the past, about the world rather than the child. */
const DEED =
  /^\s*(?:wrote|painted|invented|discovered|composed|sang|directed|ruled|led|founded|fought|won|flew|crossed|signed|became|created|built|helped|would not|refused|said|gave|freed|explored|was (?:a|an|the|born|one|famous|known)|were|died|\(\d{4})/i;
export const FIRST_PERSON = /\b(?:i|i['’]m|im|me|my|mine|myself|we|us|our|yo|mi|me)\b/i;
/** Someone in the child's life: what they do to or with the child. */
export const PERSONAL =
  /^\s*(?:(?:keeps|kept|always|never|still|is|was|has been)\s+)?(?:texting|messaging|calling|bullying|following|asking|telling|hitting|touching|sending|talking to|annoying|teasing|pushing|chasing|sitting next to)\s+(?:me|us)\b|^\s*(?:told|asked|texted|messaged|called|hit|pushed|touched|sent|gave|showed|invited|follows|likes|hates|bullies|bullied)\s+(?:me|us)\b|^\s*(?:is|was)\s+(?:in|at)\s+my\b|^\s*(?:sits|lives|lived)\s+(?:next to|near|with|across from|by|at|on|in)\b|^\s*(?:is|was)\s+my\b|^\s*and\s+(?:i|me)\b/i;

/** The words that ask who plays a part. */
const WHO_PLAYS = String.raw`(?<![\p{L}])(?:who (?:plays|played|voices|voiced)|qui (?:joue|jouait|double|doublait|interpr[eè]te)|qu?i[eé]n (?:interpreta|interpretó|hace de|hizo de)|wer (?:spielt|spielte|spricht|sprach))`;
const WHO_PLAYS_ANYWHERE = new RegExp(WHO_PLAYS, 'iu');
const asksWhoPlays = perMessage((text: string) => WHO_PLAYS_ANYWHERE.test(text));
/** Who plays a part, asked just before it (an initial of the part's name may come first). */
const PART_ASKED = new RegExp(
  String.raw`${WHO_PLAYS}[ \t]+(?:(?:the|le|la|l['’]|el|den|die|das)[ \t]*)?(?:[\p{Lu}]\.[ \t]*)?$`,
  'iu',
);
/** The part, then a comma: a player's name guessed after it comes next. */
const PLAYER_GUESSED = new RegExp(String.raw`${WHO_PLAYS}[ \t]+((?:[^.!?\n,]|[\p{Lu}]\.){2,45}),[ \t]*$`, 'iu');
const PLAY_WITH = /^(?:mit|with|avec|con)$/i;
/** Said of a character: who plays or voices them, what they are based on, a namesake in a comic or a show. */
const CHARACTER =
  /^[^.!?]{0,40}?\b(?:who (?:plays|played|voices|voiced)|based on a real|qui (?:joue|jouait)|quién (?:interpreta|hace de)|quien (?:interpreta|hace de)|wer (?:spielt|spielte|spricht))\b|^\s*(?:like in the|like the one in|wie im|wie in der|wie in dem|comme dans|como en|como el de|como la de)\s|^[^.!?]{0,30}?(?<![\p{L}])(?:in the (?:book|film|movie|show|series|story|comics?|game)|im (?:buch|film|comic|spiel|märchen)|in der (?:serie|geschichte)|dans (?:le livre|le film|la série|l['’]histoire|la bd)|en (?:el libro|la peli|la película|la serie|el cuento|el cómic))(?![\p{L}])/iu;

/** A ruler's number or epithet after the given name: "Isabel la Católica", "Alfonso X el Sabio", "Karl der Große", "Ivan the Terrible", "Charles IX". */
const EPITHET =
  /^[ \t]+(?:(?:[IVX]{1,4}[ \t]+)?(?:(?:el|la|le|the|der|die)[ \t]+[\p{Lu}][\p{Ll}]|(?:of[ \t]+(?:the[ \t]+)?|d['’])[\p{Lu}][\p{Ll}]{2,}(?![\p{L}'’])|(?:den|dem|des)[ \t]+[\p{Lu}][\p{Ll}]+en(?![\p{L}]))|(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)(?![\p{L}\p{N}.]))/u;
/** A lesson: a school subject and what the class learnt in it ("en clase de historia vimos a…", "In Bio haben wir über … geredet"). */
const SUBJECT =
  /(?<![\p{L}])(?:history|science|biology|bio|re|geography|historia|ciencias|biolog[ií]a|sociales|filosof[ií]a|histoire|svt|g[ée]o|philo|geschichte|biologie|erdkunde|ethik|religion|reli|physik|chemie|sachkunde)(?![\p{L}])/iu;
const LEARNT =
  /(?<![\p{L}])(?:learn(?:ed|t|ing)|stud(?:ied|ying)|did (?:a )?(?:topic|unit)|vimos|estudiamos|aprendimos|estamos viendo|dimos|on a (?:vu|étudié|etudie|parlé|parle)|on étudie|on etudie|nous avons étudié|gelernt|geredet|gesprochen|durchgenommen|behandelt|besprochen)(?![\p{L}])/iu;
/**
 * A part without spaces that every match of {@link LEARNT} holds. The sentence read around a name is pieces of
 * the text joined by spaces, so when the text has none of these, no sentence of it tells of a lesson.
 */
const LEARNT_PART =
  /learn|stud(?:ied|ying)|topic|unit|vimos|estudiamos|aprendimos|viendo|dimos|vu|étudi|etudi|parl|gelernt|geredet|gesprochen|durchgenommen|behandelt|besprochen/iu;
/** Whether a message tells of a lesson at all; read once per message, as it is asked for every name. */
const learntIn = perMessage((text) => LEARNT_PART.test(text));
/**
 * Whether the sentence around a name tells of a lesson, with no word for the child's own people in it up to the
 * next comma after the name.
 */
function lesson(scan: Scan, span: Span): boolean {
  if (!learntIn(scan.text)) return false;
  const before = pieceBefore(scan, span.start, 80);
  const sentence = `${before} ${pieceAfter(scan, span.end, 40)}`;
  if (!SUBJECT.test(sentence) || !LEARNT.test(sentence)) return false;
  // A relation in the sentence, up to the next comma after the name: "wir haben in geschichte über Anne Frank
  // gelernt, mein opa sammelt alte bücher" tells of the lesson first.
  const own = `${before} ${pieceAfter(scan, span.end, 40, CLAUSE_STOPS)}`;
  return !own.split(/[^\p{L}\p{M}]+/u).some((w) => w !== '' && isRelation(w));
}

/** Where a sentence ends; with a colon, a heading's end too; with a comma, a clause's. */
const SENTENCE_STOPS = /[.!?\n]/;
const HEAD_STOPS = /[.!?\n:]/;
const CLAUSE_STOPS = /[.!?\n,]/;
/** A clause's end, or a conjunction that turns to another: "… erzählt aber ich hab nix gecheckt". */
const CLAUSE_OR_BUT = /[.!?\n,]|(?<![\p{L}])(?:but|aber|mais|pero|and|und|et|y)(?![\p{L}])/u;
/** The part of the sentence (or of what `stops` ends) that runs up to `at`, read over at most `width` characters. */
function pieceBefore(scan: Scan, at: number, width: number, stops = SENTENCE_STOPS): string {
  return scan.before(at, width).split(stops).pop() ?? '';
}
/** The part of the sentence (or of what `stops` ends) that runs on from `at`, read over at most `width` characters. */
function pieceAfter(scan: Scan, at: number, width: number, stops = SENTENCE_STOPS): string {
  return scan.after(at, width).split(stops)[0] ?? '';
}

/** An Alemannic superlative ("gröscht", "bescht", "letschti"): no surname. */
const ALEMANNIC_SUPERLATIVE = /[\p{L}]{2,}scht[ei]?$/iu;
/** Swabian and Alemannic "dr" (the article) and "mr" (we, one), lower case and without a stop. */
const DIALECT_DR = /^[dm]r$/i;
/** A preposition run into its article: "mit'm", "in'n", "auf'm", "vor'm" (not "o'brien"). */
const RUN_INTO_ARTICLE =
  /^(?:mit|in|an|auf|aus|bei|von|vor|unter|über|für|um|zu|nach|hinter)['’](?:m|n|s|r|ne|nem|ner)$/iu;

/** "Papa" with a capital after an article is the Pope, not a dad. */
const POPE = /^(?:el|le|der)[ \t]+pap(?:a|e|st)(?![\p{L}])/iu;

/** A sum told as a story asks how many are left. */
const WORD_PROBLEM =
  /(?<![\p{L}])(?:how many|how much|cu[aá]nt[oa]s?|combien|wie viele?|wieviele?|was[ \t]+(?:[\p{L}\p{N}]+[ \t]+){0,3}kost(?:en|et))(?![\p{L}])/iu;
const IF = /(?<![\p{L}])(?:if|si|wenn)\s/iu;
/** Or compares what people have: "Paul a 3 billes de plus que Jeanne", "twice as many as", "zusammen haben sie 27". */
const COMPARED =
  /(?<![\p{L}])(?:(?:more|fewer|less)[ \t]+(?:[\p{L}]+[ \t]+)?than|times as many|twice as many|half as many|de (?:plus|moins) que|fois plus|fois moins|le double|la moiti[ée]|à eux deux|a eux deux|ensemble ils|mehr als|weniger als|doppelt so viele|halb so viele|zusammen haben|dreimal so viele|m[aá]s que|menos que|el doble|la mitad|entre los dos|entre las dos)(?![\p{L}])/iu;
/** Or names amounts in units or money, or shares them: "kauft 3 kg Äpfel zu je 2,49 €", "teilen sich 45 Euro". */
const AMOUNT =
  /\d(?:[.,]\d+)?[ \t]*(?:€|\x80|\$|£|euros?|dollars?|cents?|centimes?|pesos?|francs?|kg|g|km|m|cm|mm|l|cl|ml|stück|stk)(?![\p{L}])|(?<![\p{L}])(?:im verhältnis|teilen sich|teilen|se partagent|partagent|share|shares|reparten|se reparten)(?![\p{L}])/iu;
/** Whether a message is a sum told with amounts and asks how much; read once per message. */
const amountProblem = perMessage((text) => /\d/.test(text) && WORD_PROBLEM.test(text) && AMOUNT.test(text));
/** Read once per message: it is asked for every name, and a message may hold thousands. */
const wordProblem = perMessage(
  (text) => /\d/.test(text) && WORD_PROBLEM.test(text) && (IF.test(text) || COMPARED.test(text)),
);

/**
 * A question about someone else's real name: "le vrai nom de Ninho", "Jul son vrai nom", "wie heißt Julien Bam in
 * echt", "MrBeast's real name", "el nombre real de". A possessive of the writer before it ("mon vrai nom de
 * famille", "mein echter Name") makes it the writer's own, and "real name is …" with no one's is the writer's.
 */
const REAL_NAME =
  /(?<![\p{L}])(?:(mon|ma|mes|notre|nos|my|our|mi|mis|nuestro|nuestra|mein|meine|meinen|meiner|unser|unsere|unseren)[ \t]+)?(?:vrais?[ \t]+(?:noms?|prénoms?|prenoms?|blazes?)[ \t]+(?:de|d['’]|du)(?![ \t]+famille)|(?:son|sa|ses|leur)[ \t]+vrais?[ \t]+(?:noms?|prénoms?|prenoms?|blazes?)|real[ \t]+names?[ \t]+(?:of|for)|['’]s[ \t]+real[ \t]+name|(?:his|her|their)[ \t]+real[ \t]+names?|(?:nombres?[ \t]+(?:reale?s?|verdaderos?)|verdaderos?[ \t]+nombres?)[ \t]+(?:de|del)|sus?[ \t]+(?:nombres?[ \t]+(?:reale?s?|verdaderos?)|verdaderos?[ \t]+nombres?)|(?:echte|richtige|bürgerliche|buergerliche)[nrs]?[ \t]+(?:vor)?namen?[ \t]+(?:von|vom)|(?:sein|seine|ihr|ihre)[nrs]?[ \t]+(?:echte|richtige|bürgerliche|buergerliche)[nrs]?[ \t]+(?:vor)?namen?|hei(?:ß|ss)(?:t|en)[ \t]+(?!(?:du|ich|ihr|wir)(?![\p{L}]))(?:[^\s.!?]+[ \t]+){1,3}(?:in[ \t]+echt|im[ \t]+echten[ \t]+leben|eigentlich|wirklich|bürgerlich|buergerlich)|(?:c['’]est[ \t]+qui|cest[ \t]+qui|c[ \t]+ki|qui[ \t]+est|who[ \t]+is|who['’]?s|qui[eé]n[ \t]+es|wer[ \t]+ist)[ \t]+(?:[^\s.!?]+[ \t]+){1,3}(?:en[ \t]+vrai|irl|in[ \t]+real[ \t]+life|en[ \t]+la[ \t]+vida[ \t]+real|de[ \t]+verdad|in[ \t]+echt))(?![\p{L}])/giu;
/** A word after a possessive: "ma pote", "my friend", "meiner Schwester". */
const OWNED_WORD =
  /(?<![\p{L}])(?:ma|mon|mes|ta|ton|tes|sa|son|ses|my|our|your|his|her|their|mi|mis|tu|tus|su|sus|mein|meine|meinem|meinen|meiner|dein|deine|deinem|deinen|deiner|unser|unsere|unserem|unseren|unserer|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)[ \t]+([\p{L}]+)/giu;
/**
 * Whether the message asks for someone's real name, a star's: no possessive of the writer on the question and no
 * relation after a possessive in the message ("le vrai nom de ma pote" is a friend's). Read once per message.
 */
const realNameAsked = perMessage((text) => {
  const asked = [...text.matchAll(REAL_NAME)];
  return (
    asked.length > 0 &&
    asked.every((m) => m[1] === undefined) &&
    ![...text.matchAll(OWNED_WORD)].some((m) => isRelation(m[1]!))
  );
});

/** A name (up to three capitalised words) in a question whether someone exists. */
const EXISTS_NAME = "((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*[ \\t]+){0,2}\\p{Lu}[\\p{L}\\p{M}'’-]*)";
/**
 * A question whether someone is real: "gibt es Tante Emma wirklich", "Gregory House il existe en vrai ?", "was
 * Robin Hood a real person", "¿existió el Rey Arturo de verdad?". The people a message asks this of are no one the
 * child knows.
 */
const EXISTS_ASKED = new RegExp(
  `(?<![\\p{L}])(?:gibt es|gab es|existe-t-il|existait-il|existe|existi[oó]|is there|was there)[ \\t]+(?:(?:einen|eine|ein|den|die|das|der|un|une|le|la|l['’]|el|a|an|the)[ \\t]+)?${EXISTS_NAME}[ \\t,]+(?:wirklich|echt|in echt|vraiment|en vrai|pour de vrai|really|for real|de verdad|en (?:la )?vida real)|${EXISTS_NAME}[ \\t,]+(?:(?:il|elle|he|she|er|sie|él|ella|es|c['’]est|ist|war|is|was)[ \\t]+)?(?:existe|existait|exist(?:s|ed)?|existiert(?:e)?|existi[oó]|(?:a[ \\t]+)?real(?:[ \\t]+(?:person|people|guy))?|echt|real)(?:[ \\t]+(?:vraiment|en vrai|pour de vrai|wirklich|in echt|really|for real|in real life|de verdad|en (?:la )?vida real))?[ \\t]*\\?`,
  'gu',
);
/** The words of the names a message asks whether they are real, once per message. */
const askedReal = perMessage((text) => {
  const words = new Set<string>();
  if (!/exist|wirklich|echt|real|vrai|verdad/i.test(text)) return words;
  for (const m of text.matchAll(EXISTS_ASKED))
    for (const w of wordsOf(m[1] ?? m[2] ?? '')) if (w.length >= 3 && !isRelation(w) && !titleOrRole(w)) words.add(w);
  return words;
});

/**
 * A state or a province after a comma, naming the town before it: the United States', Canada's and Australia's,
 * leaving out those that are also given names (Georgia, Virginia, Victoria) and two letters that are words in
 * capitals too ("OK", "OR", "ME").
 */
const STATE_AFTER =
  /^,[ \t]*(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Iowa|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Nebraska|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Québec|Manitoba|Saskatchewan|British Columbia|Nova Scotia|New Brunswick|Newfoundland|Queensland|New South Wales|Tasmania|AZ|AR|CA|CT|FL|GA|IA|KS|KY|MD|MN|NH|NJ|NM|NV|NY|NC|ND|RI|SD|TN|TX|UT|VA|VT|WV|WI|WY|QC|BC|NSW|QLD)(?![\p{L}])/u;
/**
 * Units of measure named after scientists, and the scientists' surnames, folded. Surnames common among children's
 * teachers and neighbours (Weber, Henry, Siemens) are left out.
 */
const UNIT_EPONYM =
  /^(?:watt|volt|volta|ampere|ohm|joule|newton|pascal|hertz|kelvin|coulomb|faraday|farad|tesla|becquerel|sievert|celsius|fahrenheit|gauss|gauß|rontgen|roentgen)$/;
/** Physics and its quantities, in the packs' languages. */
const PHYSICS_TALK =
  /(?<![\p{L}])(?:physi[kq][\p{L}]*|physics|f[íi]sica|einheit(?:en)?|units?|unit[ée]s?|unidad(?:es)?|strom|stromst[äa]rke|spannung|voltage|current|courant|corriente|tensi[óo]n|widerstand|resistance|r[ée]sistance|resistencia|leistung|puissance|potencia|energie|energy|[ée]nergie|energ[íi]a|frequen[cz][\p{L}]*|fr[ée]quence|kraft|force|fuerza|druck|pressure|pression|presi[óo]n|kwh|°[cf])(?![\p{L}])/iu;
const physicsTalk = perMessage((text: string) => PHYSICS_TALK.test(text));
/** A year of history, from 1000 to 1949, after a word that gives a year: "en 1792", "im Jahr 1517", "in 1492". */
const HISTORY_YEAR =
  /(?<![\p{L}])(?:in|en|im|um|seit|bis|von|vers|depuis|desde|hasta|around|since|until|year|jahr|jahre|année|an|año|anno|ca\.?|circa)[ \t]+(?:1[0-8]\d\d|19[0-4]\d)(?![\d.,:/-]?\d)/iu;
/** A year from 1000 to 1949 with no word before it: "Versailler Vertrag 1919". */
const OLD_YEAR = /(?<![\p{N}.,:/-])(?:1[0-8]\d\d|19[0-4]\d)(?![\d.,:/-]?\d)/u;
const GERMAN_IM = /(?<![\p{L}])im(?=[ \t]+[\p{Lu}])/gu;
/** The subject of history named: "Für Geschichte:", "en histoire", "history homework". */
const HISTORY_LESSON = /(?<![\p{L}])(?:history|histoire|histoire-g[ée]o|geschichte|historia)(?![\p{L}])/iu;
const hasHistoryYear = perMessage(
  (text: string) => HISTORY_YEAR.test(text) || (HISTORY_LESSON.test(text) && OLD_YEAR.test(text)),
);
/**
 * Whether the sentence of a name holds a year of history and no word for the writer or a relation: after a word
 * that gives a year, or any such year in a message about history.
 */
function historyYear(scan: Scan, span: Span): boolean {
  const sentence = `${pieceBefore(scan, span.start, 80)} ${pieceAfter(scan, span.end, 80)}`;
  if (!HISTORY_YEAR.test(sentence) && !(OLD_YEAR.test(sentence) && HISTORY_LESSON.test(scan.text))) return false;
  // German "im" before a noun ("im Jahr 1517", "im Versailler Vertrag") is no English "I'm".
  return !wordsOf(sentence.replace(GERMAN_IM, ' ')).some((w) => writerIn(w) || isRelation(w));
}
/** A storm's or a weather system's word just before its name. */
const STORM_BEFORE =
  /(?<![\p{L}])(?:sturmtief|orkantief|orkan|sturm|hurrikan|hurricane|storm|tropical storm|typhoon|taifun|cyclone|zyklon|tempête|tempete|ouragan|temp[eê]te tropicale|hurac[aá]n|tormenta|tormenta tropical|borrasca|tif[oó]n|cicl[oó]n)[ \t]+$/iu;
/** Words that say a thing is named after someone, just before the name. */
const NAMED_AFTER =
  /(?<![\p{L}])(?:named (?:after|for)|benannt nach|(?:heißt|heisst|hei[sß]en)(?:[ \t]+(?:es|er|sie|das|der|die))?[ \t]+nach|porte le nom de|nomm[ée]e?s? d['’]apr[eè]s|en l['’]honneur de|lleva el nombre de|llamad[oa]s? as[ií] por|en honor a)[ \t]+$/iu;
/** The words of why, in the packs' languages. */
const WHY = String.raw`(?<![\p{L}])(?:why|warum|wieso|weshalb|pourquoi|pk|por ?qu[eé]|porque)(?![\p{L}])`;
/** A word of why, looked for once a message before {@link whyCalled} reads a name's sentence. */
const WHY_WORD = new RegExp(WHY, 'iu');
const asksWhy = perMessage((text: string) => WHY_WORD.test(text));
/** A form of address with no name: "Dear Sir or Madam". */
const ADDRESS_FORM = /^(?:sir|sirs|madam|madame|ma['’]am)$/i;
/** A greeting that opens a letter, before a name or a title. */
const GREETING =
  /^(?:dear|dearest|hi|hello|hey|liebe|lieber|liebes|hallo|cher|chère|chere|bonjour|querido|querida|estimado|estimada|hola)$/i;
/** Asking why something is called what it is: the name is then a thing's ("Warum heißt Aldi Aldi?"). */
const WHY_CALLED = new RegExp(
  String.raw`${WHY}[^.!?\n]{0,60}(?<![\p{L}])(?:called|named|hei[sß]t|hei[sß]en|hie[sß]|s['’]appellent|s['’]appelle|se llaman?|se llamaba)(?![\p{L}])`,
  'iu',
);
/**
 * Whether a word is the name asked about in a question of why something is called so, the same word said twice in
 * its sentence: "Warum heißt Aldi eigentlich Aldi?", "Por qué Santiago de Chile se llama Santiago?".
 */
function whyCalled(scan: Scan, span: Span): boolean {
  if (span.tokens.length !== 1) return false;
  const before = pieceBefore(scan, span.start, 80);
  const after = pieceAfter(scan, span.end, 60);
  if (!WHY_CALLED.test(`${before} ${after}`)) return false;
  // Written the same both times: "mi amigo marco … por qué Marco Polo" is two people.
  const word = new RegExp(`(?<![\\p{L}])${literal(span.tokens[0]!)}(?![\\p{L}])`, 'u');
  return word.test(before) || word.test(after);
}
/** Words of a title of rank or of a saint, read as part of a name in capitals. */
const TITLE_OF_RANK =
  /^(?:st\.?|saint|sainte|ste|sankt|san|santa|santo|são|sant|field|marshal|admiral|colonel|general|chancellor|bishop|archbishop|cardinal|pope|prophet|duke|duchess|tsar|czar|sultan|king|queen|emperor|empress|pharaoh)$/i;
/** "St" or "Saint" just before a name. */
const SAINT_BEFORE = /(?<![\p{L}])(?:st|saint|sainte|ste|sankt)\.?[ \t]+$/iu;
/** A span's key for {@link perScan}: where it is and what it reads. */
const spanKey = (span: Span) => `${span.start} ${span.end} ${span.tokens.join(' ')}`;

/**
 * How many times one message's names are weighed (asked whether famous, made up, a pet's, in an exercise: tens of
 * patterns over the words around each) before the rest are taken without it. A message a child writes holds a
 * few names, one made to be slow holds thousands, and taking a name is the safe side.
 */
const WEIGHINGS = 1000;
/** Whether the message's names have been weighed enough times; counts this one. */
const overWeighed = (scan: Scan) => ++scan.weighed > WEIGHINGS;

/** Someone talked about rather than known: a famous person, a character, a title, or a name with a role or a work. */
export const famous = perScan(spanKey, (scan: Scan, span: Span) => !overWeighed(scan) && famousUncached(scan, span));
function famousUncached(scan: Scan, span: Span): boolean {
  const t = span.tokens.map((w) => w.toLowerCase());
  // Asked in the message whether they are real: "gibt es Tante Emma wirklich", "Gregory House il existe en vrai ?".
  const real = askedReal(scan.text);
  if (real.size > 0 && span.tokens.some((w) => real.has(w))) return true;
  if (t.length >= 2 && (famousPeople().has(`${t[0]}_${t[1]}`) || famousPeople().has(`${t[0]}_${t[t.length - 1]}`))) {
    return true;
  }
  // A name with an animal for its last word, and no common given name first, is a character: "Paddington Bear".
  if (t.length >= 2 && upper(span.tokens[1]!) && petWord(t[t.length - 1]) && !givenName(span.tokens[0]!)) return true;
  // A flower or a plant that is also a given name, in a message about plants: "Rose ist meine Lieblingsblume aber
  // Jasmin riecht besser", "can i plant Heather in a pot".
  // (Not someone who does something to the writer: "Heather gave me flowers".)
  if (t.length === 1 && PLANT_NAME.test(t[0]!) && plantTalk(scan.text)) {
    const after = scan.after(span.end, 40);
    if (!PERSONAL.test(after) && !TO_ME.test(after) && !AUX_TO_ME.test(after)) return true;
  }
  // A character drawn, unlocked or played in a game the message names: "sur Brawl Stars j'ai eu Kenji en méga
  // boîte", "just unlocked Sprout in brawl", "ich hab in Clash Royale die Mega Knight gezogen". (Not a friend
  // played with: "on Fortnite with Jake".)
  if (t.length === 1 && gameTalk(scan.text)) {
    const after = scan.after(span.end, 30);
    if (GAME_ITEM.test(after) || (GAME_GOT.test(scan.before(span.start, 30)) && !WITH_NEXT.test(after))) return true;
  }
  // A band or a brand named for a family, its last word given a capital: "the Jonas Brothers", "Warner Bros",
  // "die Pointer Sisters" (not "the Miller brothers").
  if (t.length >= 2 && /^(?:Brothers|Bros|Sisters)$/.test(span.tokens[span.tokens.length - 1]!)) return true;
  let lead = scan.before(span.start, 40);
  // A title of rank read as the name's first words is read before it: "St Andrew's Day", "Field Marshal Montgomery".
  const titled = span.tokens.findIndex((w) => !TITLE_OF_RANK.test(w));
  if (titled > 0 && titled < span.tokens.length) lead = `${lead}${span.tokens.slice(0, titled).join(' ')} `;
  // Joined by an en dash to another name, a station's or a place's: "Charles de Gaulle–Étoile", "Montparnasse–Bienvenüe".
  if (/^[–\x96][\p{Lu}]/u.test(scan.text.slice(span.end, span.end + 2)) || /[\p{Lu}][\p{L}\p{M}]*[–\x96]$/u.test(lead))
    return true;
  // A word asked about as a word, or said to be a thing: "Kai heißt auf Deutsch…", "was heißt Victoria auf Latein",
  // "Erika ist doch eine Pflanze", "what does Rose mean".
  if (WORD_ASKED_BEFORE.test(lead) || WORD_ASKED_AFTER.test(scan.after(span.end, 50))) return true;
  // A part asked after, who plays it: "wer spielt J. Robert Oppenheimer", "who plays Eleven", "qui joue Cosette".
  // …and the player guessed after the part and a comma: "wer spielt J. Robert Oppenheimer, Cillian Murphy?".
  if (asksWhoPlays(scan.text)) {
    const asking = scan.text.slice(Math.max(0, span.start - 70), span.start);
    if (PART_ASKED.test(asking.slice(-40))) return true;
    const part = PLAYER_GUESSED.exec(asking)?.[1];
    // (Not who plays with the writer, or along: "wer spielt heute mit, Lena?"; an initial is no "j'".)
    if (part !== undefined && !wordsOf(part).some((w) => (w.length > 1 && writerIn(w)) || PLAY_WITH.test(w)))
      return true;
  }
  if (span.tokens.length === 1 && askedWords(scan.text).has(span.tokens[0]!.toLowerCase())) return true;
  // The maker of a work named in quotes: "« Aline » de Christophe", „Tschick“ von Wolfgang Herrndorf, "'Jolene' by".
  if (/[»“”\x93\x94"'’«„\x84][ \t]*(?:de|d['’]|von|vom|by|del|di)[ \t]*$/iu.test(lead)) return true;
  // And the work's title itself: "« Aline » de Christophe".
  if (
    /[«„“\x84\x93"'][ \t]*$/u.test(lead) &&
    /^[ \t]*[»“”\x93\x94"'][ \t]*(?:de|d['’]|von|vom|by|del|di)[ \t]*[\p{Lu}]/u.test(scan.after(span.end, 24))
  )
    return true;
  // A star the writer is a fan of, or has tickets for: "big fan of…", "Karten für Helene Fischer, Konzert am…".
  if (FAN_OF.test(lead) || FAN_LETTER_AFTER.test(scan.after(span.end, 30))) return true;
  if (TICKETS_FOR.test(lead) && CONCERT.test(scan.text)) return true;
  // A saint: "st george killed a dragon", "Saint Patrick".
  if (SAINT_BEFORE.test(scan.text.slice(Math.max(0, span.start - 8), span.start)) || SAINT_BEFORE.test(lead))
    return true;
  if (aboutThem(scan.text, span.start, span.end)) return true;
  // A town with its state or province after a comma: "near Eugene, Oregon", "Florence, Alabama".
  if (STATE_AFTER.test(scan.text.slice(span.end, span.end + 32))) return true;
  // An epithet after the first name, where the sentence has no word for the writer: a ruler or a saint of history.
  const first = span.start + span.tokens[0]!.length;
  if (EPITHET.test(scan.text.slice(first, first + 24)) && !FIRST_PERSON.test(lead.split(/[.!?\n]/).pop() ?? ''))
    return true;
  if (lesson(scan, span)) return true;
  // A piece of school work on them, with no word for the writer after the name in its sentence: "on a un contrôle
  // sur jules césar". The assistant asked whether it knows them, with what one does with a star's work after it, or
  // no word for the writer in the rest of the message: "kennst du luciano? mein cousin hört den den ganzen tag"
  // (not "kennst du Jonas? er wohnt bei uns im dorf").
  if (STUDIED_OTHER.test(lead) && !wordsOf(pieceAfter(scan, span.end, 40)).some(writerIn)) return true;
  if (KNOW_ASKED.test(lead)) {
    const rest = scan.text.slice(span.end, span.end + 100);
    if (STAR_WORK.test(rest) || !wordsOf(rest).some(writerIn)) return true;
  }
  // Asked who they are, with what one does with a star's work after: "c'est qui Céline Dion? ma mère l'écoute en
  // boucle" (not "c'est qui Lucas ? il m'a ajouté sur snap").
  if (mayWho(scan.text) && WHO_ASKED.test(lead) && STAR_WORK.test(scan.text.slice(span.end, span.end + 100)))
    return true;
  // A full name in a message whose school work is on a kind of public person: "Alexis Pinturault ou Clément Noël
  // pour le slalom? jdois faire un exposé sur un skieur français".
  // (Not with a word for the writer beside it in its sentence: "un exposé sur un skieur avec Lucas Martin de ma classe".)
  if (
    span.tokens.length >= 2 &&
    span.tokens.every(upper) &&
    STUDIED_KIND(scan.text) &&
    ![...wordsOf(pieceBefore(scan, span.start, 30)), ...wordsOf(pieceAfter(scan, span.end, 40))].some(writerIn)
  )
    return true;
  // A full name set against a famous person's: "Wer gewinnt eher Wimbledon, Alexander Zverev oder Carlos Alcaraz?".
  if (span.tokens.length >= 2 && mayVersus(scan.text) && versusFamous(scan, span)) return true;
  // Names talked about as names, with no word for the writer in the clause before: "rose, lily, daisy and violet are
  // all girls names", "tipo Victoria o Florencia", "un nombre para mi tortuga, estaba pensando en Leonardo".
  if (nameTalk(scan.text) && !wordsOf(pieceBefore(scan, span.start, 40, CLAUSE_STOPS)).some(writerIn)) return true;
  // What a thing is named after: "warum heißt es nach Georg Simon Ohm?", "named after Amelia Earhart" (not "named after
  // my grandpa Joe", where the relation comes between).
  if (NAMED_AFTER.test(lead)) return true;
  // A storm's name: "Sturmtief Zeynep", "hurricane Milton", "la tempête Ciarán", "la borrasca Filomena".
  if (STORM_BEFORE.test(lead) && !wordsOf(pieceBefore(scan, span.start, 30, CLAUSE_STOPS)).some(isRelation))
    return true;
  // Told with a year of history in its sentence, with no word for the writer or a relation in it: "C'est Rouget de
  // Lisle qui l'a écrite en 1792 ?" (not "mein Uropa Karl wurde 1921 geboren").
  if (hasHistoryYear(scan.text) && historyYear(scan, span)) return true;
  // A unit, or the scientist it is named after, in a message about physics: "der Unterschied zwischen Watt und
  // Volt", "James Watt und Alessandro Volta", "pk ça s'appelle Kelvin".
  // (Not with a word for the writer in its clause after it: "in physics Jake Newton copied my homework".)
  if (
    physicsTalk(scan.text) &&
    UNIT_EPONYM.test(fold(t[t.length - 1]!)) &&
    !wordsOf(pieceAfter(scan, span.end, 40, CLAUSE_OR_BUT)).some(writerIn)
  )
    return true;
  // Something named after them: "cooper test", "Doppler-Effekt".
  if (span.tokens.slice(1).some((w) => EPONYM.test(w)) || EPONYM.test(wordsOf(scan.after(span.end, 16))[0] ?? ''))
    return true;
  // The people of a sum in words: "si Léa a 6 bonbons et en donne 2 à Hugo, il en reste combien ?".
  if (wordProblem(scan.text)) return true;
  // Or told with amounts, with no word for the writer before the name in its sentence or in the three words after:
  // "Frau Meier kauft 3 kg Äpfel zu je 2,49 €. Wie viel bezahlt sie?" (not "ich bin Lena, wie viel kosten 2 kg…",
  // "Lena hat mir 5 € geklaut").
  if (
    amountProblem(scan.text) &&
    ![...wordsOf(pieceBefore(scan, span.start, 80, HEAD_STOPS)), ...wordsOf(scan.after(span.end, 30)).slice(0, 3)].some(
      writerIn,
    )
  )
    return true;
  // A star's real name asked for, and given: "c koi le vrai nom de ninho ?? c William Nzobazola".
  if (realNameAsked(scan.text)) return true;
  if (DEED_OTHER.test(scan.after(span.end, 60)) || OFFICE_AFTER.test(scan.after(span.end, 40))) return true;
  // A prize or a record of the world's, in the clause after the name: "Martin Fourcade a 5 médailles d'or
  // olympiques", "Hat Lise Meitner den Nobelpreis bekommen?" (not "Lena hat 3 Medaillen beim Schwimmen").
  // A full name is the same person wherever the message names them near it: "je prends Martin Fourcade ou … ?
  // Martin Fourcade a 5 médailles d'or olympiques".
  const name = scan.text.slice(span.start, span.end);
  // (Near it only: each name asks, so nothing may read the whole message.)
  const near = Math.max(0, span.start - 400);
  const ats = !mayPrize(scan.text)
    ? []
    : span.tokens.length >= 2
      ? allIndexes(scan.text.slice(near, span.end + 400), name).map((at) => near + at)
      : [span.start];
  for (const at of ats) {
    const prize = WORLD_PRIZE.exec(scan.after(at + name.length, 60));
    if (prize && !wordsOf(prize[0]).some(writerIn)) return true;
  }
  // A goal scored in a match told of, with no word for the writer in the clause: "c Achraf Hakimi qui a marqué
  // contre le Sénégal ?" (not "Lena Schmidt a marqué 2 buts contre nous").
  const scored = mayScore(scan.text) ? SCORED.exec(scan.after(span.end, 80)) : null;
  if (scored && !wordsOf(`${pieceBefore(scan, span.start, 40, CLAUSE_STOPS)} ${scored[0]}`).some(writerIn)) return true;
  if (
    WORK.test(lead) ||
    PLAYED.test(lead) ||
    ROLE.test(lead) ||
    ROLE_OTHER.test(lead) ||
    WORKS.test(scan.after(span.end, 40)) ||
    packCues.thingAfter?.(scan.after(span.end, 40))
  )
    return true;
  const told = TOLD();
  if (told.by.test(lead) || told.about.test(lead) || told.theirs.test(scan.after(span.end, 30))) return true;
  // Or one more of a project's subjects: "un exposé sur Chenonceau, Catherine de Médicis et Diane de Poitiers".
  if (packCues.listed?.(scan.before(span.start, 100), scan.after(span.end, 20))) return true;
  // A stop of a bus, a tram or a train line, many named after someone: "le tram passe par Louise".
  if (packCues.stop?.(lead, scan.text)) return true;
  // A name talked of as a name, or counted: "le prénom Jules ou Gabriel", "il y a trois Lucas".
  if (packCues.asName?.test(lead)) return true;
  // Asked to tell of someone: "erzähl mir von…", "parle-moi de…".
  if (packCues.tellOf?.test(lead) && !aboutTheWriter(scan.after(span.end, 60))) return true;
  // Two full names compared: "is Virat Kohli older than Rohit Sharma", "ist Lena Meyer-Landrut größer als …".
  if (
    span.tokens.length >= 2 &&
    mayCompare(scan.text) &&
    (COMPARED_AFTER.test(scan.after(span.end, 40)) || COMPARED_BEFORE.test(scan.before(span.start, 40))) &&
    // …not two people of the writer's: "is Tom Fischer older than Lena Schmidt from my class".
    ![...wordsOf(pieceBefore(scan, span.start, 80)), ...wordsOf(pieceAfter(scan, span.end, 80))].some(
      (w) => writerIn(w) || isRelation(w),
    )
  )
    return true;
  // Someone the writer wants to be or play like, does something as well as, or looks like: "ich will Shooting
  // Guard sein wie Dennis Schröder", "so gut schwimmen wie …", "sieht aus wie …", "I want to play like Messi".
  if (mayLike(scan.text) && (ROLE_MODEL.test(lead) || AS_GOOD_AS.test(lead) || LOOKS_LIKE.test(lead))) return true;
  // A star's autograph: "ein Autogramm von …", "an autograph from …".
  if (AUTOGRAPH.test(lead)) return true;
  // A costume: "als Elsa verkleidet", "dressed up as …", "déguisée en …", "… und ich war Olaf" in a message about
  // dressing up.
  if (dressedUp(scan.text) && COSTUME_LEAD.test(lead)) return true;
  // A character of a story or a game: "le héros, Malo, trouve…", "Sebastian ist mein Lieblingscharakter".
  if (mayCharacter(scan.text) && (CHARACTER_NEXT.test(lead) || CHARACTER_SAID.test(scan.after(span.end, 50))))
    return true;
  return (
    CHARACTER.test(scan.after(span.end, 60)) || famousNamed(scan, span) || fictionalSubject(scan.before(span.start, 80))
  );
}

/** A verb that names what comes after it: "… is", "… se llama", "… s'appelle", "… heißt". */
const NAMING =
  /(?<![\p{L}])(?:is|was|es|est|c['’]est|ist|hei(?:ß|ss|s)t|se llama|s['’]appelle|sappelle|called|named|llamad[oa]|genannt)\s*$/iu;
/** Words for a character of a story or a game, in the four languages (also inside compounds: "Lieblingsfigur"). */
const CHARACTER_WORD =
  /(?<![\p{L}])(?:characters?|char|personajes?|personnages?|persos?|figur[\p{L}]*|charakter[\p{L}]*|skins?|h[ée]ros|hero|held(?:in)?|protagonist[\p{L}]*)(?![\p{L}])|(?:figur|charakter|held|skin)(?:en|e|in|s)?(?![\p{L}])/iu;
/** A comparison of ages, sizes or skill between two named people, read after the first or before the second. */
const COMPARATIVE =
  '(?:older|younger|taller|shorter|richer|better|faster|stronger|bigger|smaller|more famous)[ \\t]+than|(?:älter|jünger|größer|groesser|kleiner|reicher|besser|schneller|stärker|berühmter)[ \\t]+als|plus[ \\t]+(?:âgée?|agée?|vieux|vieille|jeune|grande?|petite?|riche|fort|forte|rapide|connue?)[ \\t]+que|(?:mieux|meilleure?)[ \\t]+que|(?:más|mas)[ \\t]+(?:alt[oa]|viej[oa]|joven|ric[oa]|rápid[oa]|rapid[oa]|fuerte|famos[oa])[ \\t]+que|(?:mayor|menor|mejor)[ \\t]+que';
const COMPARED_AFTER = new RegExp(
  `^[ \\t]+(?:(?:is|ist|est|es|was|war)[ \\t]+)?(?:${COMPARATIVE})[ \\t]+\\p{Lu}\\p{L}+[ \\t]+\\p{Lu}`,
  'u',
);
const COMPARED_BEFORE = new RegExp(
  `\\p{Lu}\\p{L}+[ \\t]+\\p{Lu}\\p{L}+[ \\t]+(?:(?:is|ist|est|es|was|war)[ \\t]+)?(?:${COMPARATIVE})[ \\t]+$`,
  'u',
);
/**
 * Cheap checks, once a message, that the readers below can match at all: most messages have no comparison, no
 * goal, no "like" and no character word, and the readers are asked for every name.
 */
const COMPARATIVE_ANY = new RegExp(COMPARATIVE, 'iu');
/** Cheap checks, once a message, for the readers of who-questions, "or"/"versus" and world prizes above. */
const mayWho = perMessage((text) => /qui|who|wer|qui[eé]n/i.test(text));
const mayVersus = perMessage((text) =>
  /(?<![\p{L}])(?:or|oder|ou|o|vs\.?|versus|gegen|contre|contra|against)(?![\p{L}])/iu.test(text),
);
/**
 * A piece of school work on a kind of public person, anywhere in the message: "jdois faire un exposé sur un
 * skieur français", "Referat über eine Sportlerin", "a report on a famous scientist", "un trabajo sobre un pintor".
 */
const STUDIED_KIND = perMessage((text) =>
  /(?<![\p{L}])(?:expos[ée]|dossier|fiche|biographie|referat|vortrag|steckbrief|pr[äa]sentation|aufsatz|report|essay|project|presentation|biography|trabajo|exposici[óo]n|presentaci[óo]n|biograf[ií]a)[ \t]+(?:sur|über|ueber|zu|on|about|sobre|de)[ \t]+(?:(?:un|une|a|an|einen|eine|einem|einer|una|le|la|the)[ \t]+)?(?:(?:famous|c[ée]l[èe]bre|berühmte[\p{L}]*|famos[oa]|grand|grande|gro[ßs]e[\p{L}]*)[ \t]+)?(?:ski(?:eu|er|fahr)|joueu|sporti|athl[èe]t|chanteu|acteu|actric|[ée]crivai|auteu|scientifi|savant|peint|invent|explorat|sportler|s[äa]nger|schauspiel|wissenschaftl|erfind|maler|schriftstell|fu[ßs]baller|spieler|athlete|player|singer|actor|actress|skier|scientist|inventor|artist|writer|painter|explorer|deportist|jugador|cantant|cient[íi]fic|escritor|pintor|esquiador|atleta|explorador)/iu.test(
    text,
  ),
);
/** Given names that are flowers or plants, in the packs' languages. */
const PLANT_NAME =
  /^(?:rose|rosa|iris|lily|lilie|lilly|daisy|heather|violet|viola|violeta|violette|jasmin|jasmine|jazm[íi]n|erika|erica|dahlia|dalia|poppy|ivy|holly|hazel|laurel|rosemary|marigold|flora|olive|azalea|hortensia|hortense|camelia|kamelie|magnolia|margarita|margerite|marguerite|primula|myrtle|lavender|lavande|linnea|fleur|flor|narcisse|narciso|yasmin|blossom|willow|clover|sage|salvia|basil|basilic|melissa|melisse)$/;
/** Words for plants, flowers and gardens: the setting in which a flower's name is the flower. */
const plantTalk = perMessage((text) =>
  /(?<![\p{L}])(?:blume[\p{L}]*|pflanz[\p{L}]*|bl[üu]h[\p{L}]*|garten|g[äa]rten|beet|balkon|gie[ßs]en|duftet|riecht|strau[ßs]|flowers?|plant(?:s|ed|ing)?|bloom[\p{L}]*|garden[\p{L}]*|petals?|seeds?|bouquet|fleurs?|fleurit|plante[rs]?|jardin[\p{L}]*|arros[\p{L}]*|flor(?:es|ece[\p{L}]*)|planta[rs]?|jard[íi]n[\p{L}]*|maceta|regar)(?![\p{L}])/iu.test(
    text,
  ),
);
/** A game whose characters are drawn, unlocked or played as. */
const gameTalk = perMessage((text) =>
  /(?<![\p{L}])(?:brawl(?:[ \t]*stars)?|clash[ \t]+(?:royale|of[ \t]+clans)|fortnite|genshin(?:[ \t]*impact)?|honkai[\p{L}]*|valorant|overwatch|apex(?:[ \t]*legends)?|league[ \t]+of[ \t]+legends|smash(?:[ \t]*bros)?|mario[ \t]*kart|pok[ée]mon(?:[ \t]*go)?|among[ \t]+us|stumble[ \t]+guys|free[ \t]*fire|marvel[ \t]+rivals|fc[ \t]*\d\d|fifa(?:[ \t]*\d\d)?|ultimate[ \t]+team)(?![\p{L}])/iu.test(
    text,
  ),
);
/** Got, unlocked or played as, just before a game's character. */
const GAME_GOT =
  /(?:got|unlocked|pulled|maxed|main|maining|play(?:ing)?[ \t]+as|j['’]?ai[ \t]+(?:eu|d[ée]bloqu[ée]|obtenu|drop(?:p[ée])?|pack[ée]?)|je[ \t]+(?:main|joue)|ich[ \t]+(?:spiele|main)|me[ \t]+(?:sali[óo]|toc[óo])|desbloque[ée]|saqu[ée])[ \t]+(?:(?:the|le|la|der|die|den|el)[ \t]+)?$/iu;
/** Someone got to do something, or with someone: a person ("got Jake to play", "j'ai eu Lucas et Tom"). */
const WITH_NEXT = /^[ \t]+(?:to|with|and|et|avec|mit|und|con|y)(?![\p{L}])/iu;
/** A game's words right after a character's name: a rarity, a skin, a draw. */
const GAME_ITEM =
  /^[ \t]+(?:en[ \t]+(?:m[ée]ga[ \t]+)?bo[îi]te|in[ \t]+(?:a|der|einer)[ \t]+(?:mega|box|truhe)|skin|brawler|gadget|star[ \t]*power|hypercharge|l[ée]gendaire|[ée]pique|mythique|chromatique|legendary|epic|mythic|legend[äa]r|episch|mythisch|legendari[oa]|[ée]pic[oa]|m[íi]tic[oa]|gezogen|freigeschaltet|unlocked|d[ée]bloqu[ée])(?![\p{L}])/iu;
/** {@link WORLD_PRIZE} anywhere in a message. */
const WORLD_PRIZE_ANY = new RegExp(WORLD_PRIZE.source.replace('^[^.!?\\n;]{0,40}?', ''), 'iu');
const mayPrize = perMessage((text) => WORLD_PRIZE_ANY.test(text));
const mayCompare = perMessage((text) => /than|als|que/i.test(text) && COMPARATIVE_ANY.test(text));
const mayScore = perMessage((text) => /marqu|marc[oó]|scor|geschossen|schoss|erzielte/i.test(text));
const mayLike = perMessage((text) => /(?<![\p{L}])(?:wie|like|comme|como)(?![\p{L}])/iu.test(text));
const mayCharacter = perMessage((text) => CHARACTER_WORD.test(text) || /h[ée]ro|held|protagon/iu.test(text));
/** Doing something as well as someone: "so gut schwimmen wie", "as fast as", "aussi bien que", "tan rápido como". */
const AS_GOOD_AS =
  /(?<![\p{L}])(?:so|genauso|as|aussi|tan|tanto)[ \t]+(?:gut|schnell|hoch|weit|good|fast|well|high|far|bien|vite|haut|loin|bueno|bien|rápido|rapido|alto|lejos)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,2}?(?:wie|as|que|como)[ \t]+(?:(?:der|die|the|le|la|el)[ \t]+)?$/iu;
/** Looking like someone: "sieht aus wie", "looks like", "ressemble à", "se parece a". */
const LOOKS_LIKE =
  /(?<![\p{L}])(?:sieht[ \t]+(?:[\p{L}]+[ \t]+){0,2}?aus[ \t]+wie|looks?[ \t]+(?:just[ \t]+|exactly[ \t]+)?like|ressemble[ \t]+(?:trop[ \t]+|grave[ \t]+)?(?:à|a)|se[ \t]+parece[ \t]+(?:mucho[ \t]+)?a)[ \t]+(?:(?:der|die|the|le|la|el)[ \t]+)?$/iu;
/** An autograph from someone, or a poster of them, just before the name. */
const AUTOGRAPH =
  /(?<![\p{L}])(?:autogramm|autogramme|autograph|autographs|autographe|autographes|aut[oó]grafo|aut[oó]grafos|signed by|signé par|signiert von|firmado por|(?:poster|posters|plakat|affiche|p[oó]ster)[ \t]+(?:von|vom|of|de|du|d['’]|del))[ \t]+(?:(?:von|vom|of|from|de|du|d['’]|del)[ \t]*)?$/iu;
/** Words of dressing up in a message, read once a message. */
const dressedUp = perMessage((text) =>
  /verkleid|kostüm|kostuem|fasching|karneval|dress(?:ed)? up|costume|cosplay|halloween|d[ée]guis|carnaval|disfra/iu.test(
    text,
  ),
);
/** Just before a costume's character: "als", "as", "en", "de", or "ich war", "i was", "j'étais", "yo era". */
const COSTUME_LEAD =
  /(?<![\p{L}])(?:als|as|en|de|war|was|étais|etais|era|bin|am|suis|going as|gehe als|geh als)[ \t]+(?:(?:herr|frau|mr|mrs|monsieur|madame|señor|señora)\.?[ \t]+)?$/iu;
/** Being or playing like someone, just before the name: "sein wie", "être … comme", "play like", "ser como". */
const ROLE_MODEL =
  /(?<![\p{L}])(?:sein|werden|spielen|be|become|play|être|etre|devenir|jouer|ser|jugar|llegar a ser)(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+(?:wie|like|comme|como)[ \t]+(?:(?:der|die|the|le|la|el)[ \t]+)?$/iu;
/** A word for a story's or a game's character just before the name, not the writer's "my hero". */
const CHARACTER_NEXT =
  /(?<![\p{L}])(?<!(?:my|mon|ma|mein|meine|mi)[ \t]+)(?:personnages?|persos?|h[ée]ros|h[ée]ro[iï]ne|hero|heroine|held|heldin|protagonist|protagonistin|protagoniste|protagonista|personaje|character)[ \t]*[,:]?[ \t]*$/iu;
/**
 * Said of the name: that it is a character, a favourite one ("… ist mein Lieblingscharakter", "… is my fav
 * character"); not a hero, which a friend may be.
 */
const CHARACTER_SAID =
  /^[ \t]+(?:ist|is|est|es|c['’]est|was|war|era|était)[ \t]+(?:[\p{L}'’]+[ \t]+){0,3}?(?:(?<![\p{L}])(?:characters?|char|personajes?|personnages?|persos?|skins?)|(?:figur|charakter)(?:en|e|in|s)?)(?![\p{L}])/iu;
/** A third person's possessive, before their relative. */
const THEIR_OWN =
  /^(?:his|her|their|su|sus|son|sa|ses|leur|leurs|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)$/i;
/**
 * A name given to the subject of the clause when that subject is a favourite star, or a character, a game's or a story's ("mi
 * personaje favorito de minecraft es Steve", "der König in meinem Buch heißt…"), and no one in the child's
 * life ("my friend in the book club is called…" still counts). A game's name alone is not enough: "en roblox
 * hay un chico que se llama…" is someone the child talks to.
 */
function fictionalSubject(lead: string): boolean {
  if (!NAMING.test(lead)) return false;
  // Or a ruler of a story, or a thing, named (read with the packs): "die Prinzessin heißt Zelda", "die Stadt heißt Ulm".
  return storyClause(lead) || (packCues.namedThing?.(lead.replace(NAMING, ''), ROLE_OTHER) ?? false);
}

/** Whether the clause that ends the text is about a character, a work, a band or a star, and no one of the child's. */
function storyClause(lead: string): boolean {
  const clause = lead.split(/[.!?\n;]/).pop() ?? '';
  // A relation of the child's counts; not an everyday word of a pack ("le perso principal"), nor the relative
  // of whom the clause is about ("…heißt Ruffy und sein Bruder heißt…").
  const words = clause.split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  if (words.some((w, i) => isRelation(w) && !stopWord(w) && !THEIR_OWN.test(words[i - 1] ?? ''))) return false;
  return (
    CHARACTER_WORD.test(clause) ||
    (packCues.group?.test(clause) ?? false) ||
    PUBLIC_FAVOURITE.test(clause) ||
    WORK_TALK().test(clause)
  );
}

/**
 * Someone told of in the packs' words: the maker of a work ("Tschick von…", "un livre de…", compounds
 * like "Lieblingsbuch" too), the subject of a school project ("un exposé sur…"), or a life told after the
 * name ("…, elle est née à Varsovie").
 */
const TOLD = fromPacks((lx) => {
  const works = alternation(['book', 'novel', 'song', 'movie', 'film', 'album', 'painting', ...lx.list('works')]);
  // Births and deaths, not where someone lives: "Tilly lives at…" may be a neighbour.
  const theirs = alternation([
    'was born',
    'died',
    ...lx.list('theirs').filter((t) => !t.includes('*') && !/liv|habit|wohn|viv|vit$|leb/i.test(t)),
  ]);
  return {
    // "…ist von Antoine de Saint-Exupéry", "un roman d'Amélie Nothomb": who wrote the work just named.
    by: new RegExp(
      `(?:(?:${works})(?![\\p{L}])[^.!?]{0,30}(?<![\\p{L}])(?:by|von|de|par|del|d['’])|(?<![\\p{L}])(?:ist|sind) von)\\s*$`,
      'iu',
    ),
    about:
      /(?<![\p{L}])(?:exposé|expose|projet|rapport|référat|referat|vortrag|präsentation|trabajo|exposición|proyecto|tarea|biographie|biografía)(?:\s+(?:sur|über|sobre|de|acerca de)|[ \t]*:)\s*$/iu,
    theirs: new RegExp(`^[\\s,]*(?:(?:he|she|il|elle|er|sie|él|ella)\\s+)?(?:${theirs})(?![\\p{L}])`, 'iu'),
  };
});

/** Named in the lexicon's fallback of famous people and characters, or their relative or pet, with no word for the child since. */
const famousNamed = perScan(spanKey, famousNamedUncached);
function famousNamedUncached(scan: Scan, span: Span): boolean {
  // Named in the lexicon's fallback ("Tintin", "Peppa Pig"), or a famous one's relative or pet, with no word for the child since.
  const around = scan
    .before(span.start, 60)
    .split(/[^\p{L}\p{M}'’-]+/u)
    .filter(Boolean);
  // The name itself, with a title or a first part before it ("Mr. Bean", "Spider-Man").
  // (Read from the text itself: a title's dot, "Mr. Bean", is no sentence's end.)
  const prev = /([\p{L}\p{M}'’-]+)\.?[ \t]*$/u.exec(scan.text.slice(Math.max(0, span.start - 20), span.start))?.[1];
  if (famousMention(prev ? [prev, ...span.tokens] : span.tokens) >= 0) return true;
  // A given name alone, which the message gives elsewhere (or here) with the surname of someone famous: "Sophie
  // Scholl und ihr Bruder Hans … Wie alt war Sophie da?", "is ariana grande taller than me".
  if (span.tokens.length === 1 && withFamousSurname(scan, span.tokens[0]!)) return true;
  let last = around.length - 1;
  while (last >= 0 && !around[last]!.split(/['’]/).some((w) => w && writerWord(w))) last--;
  return famousMention(around.slice(last + 1)) >= 0;
}

/** Whether the message gives `name` somewhere with the surname of someone famous after it. */
const withFamousSurname = perMessageWord((scan, name) =>
  allIndexes(scan.text, name).some((at) => {
    const next = SURNAME_NEXT.exec(scan.after(at + name.length, 30))?.[1];
    return next !== undefined && famousMention([name, next]) >= 0;
  }),
);
/** A word right after a name: its surname, perhaps ("Sophie Scholl", "ariana grande"). */
const SURNAME_NEXT = /^[ \t]+([\p{L}][\p{L}\p{M}'’-]+)/u;

/** A word for a pet: a name given to one is no person's ("un chien qui s'appelle…", "my hamster nugget"). */
export const petWord = (word: string | undefined) => {
  if (word === undefined) return false;
  const key = fold(word);
  const pets = lexicon().set('pets');
  // A Spanish diminutive of a pet word ("perrita", "gatito", "conejita").
  if (pets.has(key) || pets.has(key.replace(/(?:it|ic|ill)([ao])s?$/, '$1')) || pets.has(key.replace(/s$/, '')))
    return true;
  // A plural in German or French: "Katzen", "Hunde", "chevaux".
  if (key.length >= 4 && (pets.has(key.replace(/[ne]$/, '')) || pets.has(key.replace(/aux$/, 'al')))) return true;
  // A German compound that ends in one: "Pflegepferd", "Lieblingskatze", "Zwergkaninchen".
  for (let i = 3; i <= key.length - 4 && key.length >= 7; i++) if (pets.has(key.slice(i))) return true;
  return false;
};
/** Whether a pet word stands among the last few words before `index`. */
function petBefore(scan: Scan, index: number): boolean {
  const words = scan
    .before(index, 40)
    .split(/[^\p{L}\p{M}'’-]+/u)
    .filter(Boolean);
  return words.slice(-4).some((w) => petWord(w) || NAMED_THING.test(w)) || petNamedBefore(scan, index);
}
/**
 * Whether the clause before `index` names a pet told of before it, by a pronoun: "j'adopte un lapin !! il
 * s'appelle…", "on a adopté un chien…, on l'a appelé…".
 */
function petNamedBefore(scan: Scan, index: number): boolean {
  // A pronoun that opens its sentence or its clause stands for a pet named before it: "j'adopte un lapin !! il
  // s'appelle…", "on a adopté un chat il y a 2 ans, il s'appelle…".
  let clause = wordsOf(/[^,;:]*$/.exec(scan.before(index, 40))![0]);
  // "le mien s'appelle…", "el mío se llama…": the article goes with the pronoun.
  if (clause.length > 1 && /^(?:le|la|les|el|lo|los|las)$/i.test(clause[0]!) && OWN_PRONOUN.test(clause[1]!))
    clause = clause.slice(1);
  const pronoun = PRONOUN_FIRST.test(clause[0] ?? '') || OWN_PRONOUN.test(clause[0] ?? '');
  // Or the clause names it, a pronoun standing for it: "on l'a appelé…", "we named her…".
  if (!(clause.length <= 2 && pronoun) && !NAMED_IT.test(clause.join(' '))) return false;
  return wordsOf(scan.text.slice(Math.max(0, index - 90), index)).some((w) => petWord(w));
}
/** Whether the word just before is a pet's or a named thing's: "mon doudou …", "mein Kuscheltier …". */
function thingJustBefore(lead: string): boolean {
  const word = lastWord(lead);
  return word !== undefined && (petWord(word) || NAMED_THING.test(word));
}
/** The last word of a stretch of text, spaces after it allowed. */
const lastWord = (lead: string) => /([\p{L}]+)[ \t]*$/u.exec(lead)?.[1];
/** A third person's pronoun, as a sentence's subject. */
const PRONOUN_FIRST = /^(?:il|elle|er|sie|es|he|she|it|él|el|ella)$/i;
/** A clause that gives something a name, a pronoun standing for it: "on l'a (appelé)", "je l'ai appelée", "we named her". */
const NAMED_IT =
  /^(?:(?:on|nous|je|j|ils|we|i|they)[ ']+)?(?:l['’](?:a|ai|avons|ont)(?:[ \t]+(?:appel[ée]e?|nomm[ée]e?|baptis[ée]e?))?|(?:called|named|call|name)[ \t]+(?:him|her|it))$/iu;
/** What a clause that names something by a pronoun ends with, checked first: each name asks. */
const NAMED_IT_HINT =
  /(?:l['’](?:a|ai|avons|ont)|appel[ée]e?|nomm[ée]e?|baptis[ée]e?|(?:called|named|call|name)[ \t]+(?:him|her|it))[ \t]*$/iu;
/** Someone who sets school work, right after their name: " wants a 500 word essay on…", " gave us a book report". */
const SETS_WORK =
  /^[ \t]+(?:wants|wanted|gave|gives|set|sets|assigned|assigns|told|tells|asked|asks|makes|made|expects|said|says)[ \t][^.!?\n]{0,40}?(?<![\p{L}])(?:essay|report|homework|assignment|project|summary|presentation|test|quiz|review|analysis)(?![\p{L}])/iu;
/** What a relation named as a title says or does, right after the name. */
const TITLE_RELATION_DOES =
  /^[ \t]+(?:says|said|told|tells|wants|wanted|gave|gives|took|takes|came|comes|lives|lived|makes|made|thinks|thought|bought|sent|called|calls|asked|asks|is|was|has|had)(?![\p{L}])/u;
/** A possessive pronoun standing for something named before: "le mien", "unsere", "el mío", "mine". */
const OWN_PRONOUN =
  /^(?:mien|mienne|miens|miennes|n[ôo]tre|n[ôo]tres|m[íi]o|m[íi]a|m[íi]os|m[íi]as|nuestro|nuestra|nuestros|nuestras|unsere|unserer|unseres|unsrer|meiner|meine|meins|mine|ours)$/i;
/** Things that are given names too: a network, a server, a team, a group chat, a boat, a car, a channel. */
const NAMED_THING =
  /^(?:wifi|wi-fi|wlan|hotspot|réseau|reseau|netzwerk|network|server|serveur|servidor|team|équipe|equipe|equipo|gruppe|groupe|grupo|gruppenchat|clan|boot|bateau|barco|boat|auto|voiture|coche|car|roboter|robot|drohne|drone|plüschtier|peluche|doudou|kuscheltier|puppe|poupée|muñeca|kanal|channel|chaîne|chaine|canal)$/i;

/**
 * A full name with no cue words: taken when the sentence is about the child's own life (what the person
 * does to or with the child, or the child in the sentence and a common given name), not when it tells what
 * someone did in the world.
 */
function aroundTheChild(scan: Scan, span: Span): boolean {
  const tail = scan.after(span.end, 40);
  if (PERSONAL.test(tail) || TO_ME.test(tail) || /\b(?:me and|with|and)\s*$/i.test(scan.before(span.start, 12)))
    return !famous(scan, span);
  if (!known(span) || famous(scan, span) || DEED.test(tail) || packCues.onStage?.test(tail)) return false;
  if (WORK_TALK().test(`${scan.before(span.start, 60)} ${scan.after(span.end, 60)}`)) return false;
  return FIRST_PERSON.test(`${scan.before(span.start, 60)} ${tail}`);
}

/** Talk of a show, a film or a book: a full name beside it with no cue is a character's. */
export const WORK_TALK = fromPacks(
  (lx) =>
    new RegExp(
      `(?<![\\p{L}])(?:${alternation(['show', 'series', 'movie', 'film', 'book', 'character', 'anime', 'manga', 'episode', 'cartoon', ...lx.list('works')])})s?(?![\\p{L}])`,
      'iu',
    ),
);

/**
 * Whether the words hold one the writer uses for themself in a loaded language ("m'a bloquée", "von mir"),
 * leaving out those that are everyday English words too ("on").
 */
export function aboutTheWriter(words: string): boolean {
  return words.split(/[^\p{L}\p{M}]+/u).some((w) => w !== '' && writerWord(w));
}

/** Whether a whole message has a word for its writer (any language's), remembered for the last message. */
export const writerWordsIn = perMessage(aboutTheWriter);

/** Whether the writer speaks of themself anywhere in a whole message, remembered for the last message. */
export const writerSpeaks = perMessage((text) => FIRST_PERSON.test(text) || aboutTheWriter(text));

/** What someone does to the writer, in the other languages: "Eva Lemoine m'a bloquée", "… hat mir … geschrieben". */
export const TO_ME = /^[ \t]*(?:[\p{L}-]+[ \t]+){0,2}?(?:m['’]|me[ \t]|mir[ \t]|mich[ \t]|von mir\b)/iu;

/** Endings of words that tell a mood or the weather, not a name: "I'm Tired", "it's raining". */
const MOOD = /(?:ed|ing|ly|ful|less|ous|ive|able)$/i;

/**
 * One word in lower case at `at` that may be a name: three letters or more, no "-ed", "-ing" or "-ly" word, no
 * everyday word (nor a platform, with `platforms`), and what follows it within `reach` characters is `after`.
 */
function loneLowerName(text: string, at: number, after: RegExp, reach: number, platforms = false): Span | undefined {
  const one = readName(text, at, true, 1);
  const word = one?.tokens[0];
  if (!one || !word || word.length < 3 || MOOD.test(word) || stopWord(word) || (platforms && isPlatform(word)))
    return undefined;
  return after.test(text.slice(one.end, one.end + reach)) ? one : undefined;
}

/** What a child is called that is no name: a call back, or names and insults ("they call me fat"). */
const NOT_NICKNAME = /^(?:back|names|fat|gay|freak|loser|nerd|geek|weirdo|baby|liar|fake|mean|gross|psycho|pig|cow)$/i;

/** What may follow a nickname: the end of a clause, "for short", or why ("bc of my laugh"). */
const NICK_END =
  /^[ \t]*(?:[,.!?;)\n]|$|for short\b|instead\b|but\b|or\b|and\b|pls\b|please\b|lol\b|bc\b|cos\b|cuz\b|coz\b|because\b|since\b|at (?:home|school)\b)/i;

/**
 * Endings of words for where one is from, a job or a trait, which children capitalise after "je suis", "soy",
 * "I'm" ("Je suis Parisienne", "Soy Colombiano", "Soy Ingeniera", "im Brazilian"); a known given name is read first.
 */
const BELONGING =
  /(?:iennes?|aises?|oises?|aines?|ains?|ano|anos|anas|eño|eña|ense|ista|iste|ique|euse|rice|ière|ier|ero|era|ora|ante|ente|iano|iana|ese|ish)$/i;

/**
 * How one feels or where one is, capitalised after "c'est", "je suis", "ich bin", "soy" ("C'est Génial !",
 * "Ich bin Fertig.", "Soy Feliz"): everyday words and the endings of describing words and participles in
 * French, German and Spanish. A known given name is read first ("C'est Zoé !").
 */
const STATE =
  /^(?:génial|genial|ouf|parti|partie|prêt|prête|pret|prete|nul|nulle|là|bon|bonne|bien|top|grave|chaud|mort|morte|fini|finie|dedans|dehors|partant|partante|moi|toi|fertig|müde|krank|dabei|raus|zuhause|daheim|stolz|mega|chaos|neu|traurig|froh|sauer|satt|bereit|weg|drin|draußen|wach|lustig|wütend|ruhig|witzig|richtig|fleißig|neugierig|durstig|hungrig|zufrieden|feliz|triste|lista|listo|nueva|nuevo|cansada|cansado|aquí|aqui|yo)$/i;
const STATE_LONG =
  /(?:ée|ées|és|é|ale|eux|euse|ive|ante|ente|able|ible|lich|isch|bar|sam|haft|iert|oso|osa|ado|ada|ido|ida|ble)$/i;

/** A lone capitalised word after a weak cue ("I'm Zara") must look like a name, not a mood ("I'm Tired"). */
export function plausibleAlone(text: string, span: Span): boolean {
  if (known(span) || span.tokens.length >= 2) return true;
  const word = span.tokens[0]!;
  if (!upper(word) || MOOD.test(word) || WEEKDAY.test(word) || BELONGING.test(word) || STATE.test(word)) return false;
  if (word.length >= 6 && STATE_LONG.test(word)) return false;
  return /^\s*(?:[,!.]|$|here\b|from\b|and\s+i\b|btw\b|lol\b|\(|-)/i.test(text.slice(span.end, span.end + 12));
}

const STRONG_WORDS = cue('name names nickname nicknames called call calls');
const NAMED_WORDS = cue('named called');
const STRONG =
  /\b(?:(?:^|\n[ \t]*|my\s+)(?:full\s+|whole\s+|complete\s+|real\s+|actual\s+|proper\s+|first\s+|last\s+|middle\s+|sur|maiden\s+|nick\s*)?name(?:\s+is|['’]s|s\b|\s*[:=]|\s+[-–\x96](?=\s))|nick\s*name\s+(?:at|in|on|with)\s+(?:the\s+|my\s+)?[\p{L}]+\s+(?:is|['’]s)|(?:my|his|her|their|our)\s+(?:[\p{L}]+\s+)?[\p{L}]+['’]?s\s+(?:full\s+|real\s+|first\s+|last\s+|nick)?name(?:\s+(?:is|was))?|(?:first|last|full|middle|maiden|sur|given|family)\s*name\s*(?:is|[:=-])|name\s*[:=]|name\s+on\s+the\s+\w+\s*(?:is|:)?|i['’]?m\s+called|i\s+am\s+called|(?:people|ppl|they|everyone|evryone|everyon|every1|everybody|evrybody|friends)\s+(?:call|calls|called)\s+me|(?:her|his|their)\s+(?:full\s+|real\s+|first\s+|last\s+|maiden\s+)?name(?:\s+is|['’]s|s(?=\s+[\p{Ll}])))\s*/giu;
/**
 * What every match of {@link STRONG} holds: "call", or "name" that is not the placeholder "[name]" (no
 * alternative reads "name" between brackets), so that a scrubbed name is no cue when the result is read again.
 */
const STRONG_HINT = /call|(?<!\[)name|name(?!\])/i;
const WEAK = /\b(?:i['’]?m|i\s+am|it['’]?s\s+me(?:\s+again)?\s*[,!.-]*|it['’]?s|this\s+is|calls?\s+me)\s+/gi;
const HERE = /\bhere\b/gi;
/** The words before "here": a name after a greeting or "this is" (group 1), after "it's", or starting a sentence (group 2). */
const BEFORE_HERE =
  /(?:((?:hi|hey|hello|hola|yo)[,!]?\s+(?:(?:it['’]?s|this is)\s+)?|this is\s+)|it['’]?s\s+|^|[.!?\n]\s*)([\p{L}][\p{L}\p{M}'’-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’-]*){0,2})[ \t]+$/iu;
const SIGN_WORDS =
  'love|from|thanks|thank\\s+you|thx|cheers|regards|best|sincerely|signed|xoxo|xo|xx+|bye|cya|(?:your|ur|yr)\\s+(?:friend|bff|bestie|best\\s+friend|bestfriend)';
/** Emoji, their modifiers and joiners, which often end a message after the name. */
const TRAILING = '[\\s.!\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\u200d\\ufe0f]*';
/**
 * The writer's class after a signed name: "… Hannah Wolff aus der 8a", "… Inès de 3eB", "… Sam from 7B", or the
 * class alone, a letter in it ("… Manon Leclerc 4eB"; not "… 14h").
 */
const CLASS_AFTER =
  '[ \\t]+(?:(?:aus(?:[ \\t]+der)?|de(?:[ \\t]+la)?|en|from|in|de|del|der)(?:[ \\t]+(?:klasse|classe|class|clase))?[ \\t]+\\p{N}{1,2}[\\p{L}\\p{N}]{0,3}|\\p{N}{1,2}(?!h(?![\\p{L}\\p{N}]))\\p{L}[\\p{L}\\p{N}]{0,2})(?:[ \\t]+(?:vom|von der|von|an der|am|at|du|de la|de|del|from)[ \\t]+[^\\n.!?]{1,40})?';
/** Sign-off patterns with the packs' sign-off words. */
const SIGNS = fromPacks((lx) => {
  const words = [SIGN_WORDS, alternation(lx.list('signoffs'))].filter(Boolean).join('|');
  return {
    // "- Sam" · "– euer Tim" · "💙 lg Marlene" · "love, Sam" · "...\nfrom Maya" · "bye, from Maya" · "chao! Hugo" at the very end of the message.
    off: new RegExp(
      `(?:(?:^|\\s)[-–—\\x96\\x97~]+\\s*|(?:^|[\\n.!?,\\p{Extended_Pictographic}]\\s*)(?:${words})\\s*[,!:]*|\\b(?:${words})\\s*[,!:]+)(?:\\s*(?:${words})(?![\\p{L}])\\s*[,!:]*)*\\s*([\\p{L}][\\p{L}\\p{M}'’-]*(?:[ \\t]+[\\p{L}][\\p{L}\\p{M}'’-]*)?)(?:[ \\t]*,[ \\t]*\\p{N}[^\\n,.!?]{0,8}|[ \\t]*\\([^()\\n]{1,60}\\)|${CLASS_AFTER})?${TRAILING}$`,
      'iu',
    ),
    /** How every sign-off begins: a dash, or a sign word at the start, after a sentence, or before a comma. */
    start: new RegExp(`(?:^|\\s)[-–—\\x96\\x97~]|(?:^|[\\n.!?,\\p{Extended_Pictographic}])\\s*(?:${words})`, 'iu'),
    comma: new RegExp(`(?:${words})\\s*[,!:]`, 'iu'),
  };
});
/** A name then kisses at the very end, after a comma or a sentence: "gtg, Lily x", "night!! maisie xx". */
const KISS = new RegExp(
  `(?:^|[\\n.!?,\\p{Extended_Pictographic}])[ \\t]*([\\p{L}][\\p{L}\\p{M}'’-]*)[ \\t]+(?:xo|x{1,4})(?:xo)?${TRAILING}$`,
  'iu',
);
/** One word alone after the last sentence or comma of a message, or on its last line: "…!! tommy", "…cheers\n\nCHASE". */
const LAST_WORD = new RegExp(`(?:[.!?,][ \\t]*|\\n\\s*)([\\p{L}][\\p{L}\\p{M}'’-]*)${TRAILING}$`, 'u');
const RELATION_WORDS = cue(`${RELATIONS} friends freinds frends cousins classmates`, 'relations');
const RELATION_WORDS_SET = words(`${RELATIONS} mommy daddy`);
/** Relation words, in English and the loaded languages. */
export const isRelation = (word: string) =>
  RELATION_WORDS_SET().has(word.toLowerCase()) || lexicon().set('relations').has(fold(word));
/** Words said after a relation in Spanish and French, before the name: "mi hermano mayor beto", "ma sœur aînée léa". */
const AFTER_RELATION_ADJ =
  'mayor|menor|mayores|menores|pequeño|pequeña|peque|chico|chica|chiquito|chiquita|grande|favorito|favorita|aîné|aînée|ainé|ainée|cadet|cadette|préféré|préférée|prefere|preferee';
/** Patterns built from the packs' cue words: introductions, relations, titles, lists of friends. */
const PACKED = fromPacks((lx: Lexicon) => {
  const or = (field: Parameters<Lexicon['list']>[0], own = '') =>
    [own, alternation(lx.list(field))].filter(Boolean).join('|');
  const relations = or('relations', RELATIONS.replace(/ /g, '|'));
  const possessives = or('possessives', 'my|our|his|her|their');
  const is = or('is', 'is|was|are');
  const called = or('called', 'called|named');
  const of = alternation(
    lx
      .list('particles')
      .filter((p) => !/^(?:la|le|les|el|los|las|die|der|den|dem|des|in|im|am|an|auf|zum|zur|y)$/.test(p)),
  );
  const titles = or('titles', TITLES_LIST.replace(/ /g, '|'));
  const withs = alternation(lx.list('with'));
  const and = or('and', 'and|&');
  const item = `\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]+)?`;
  const starts = alternation(lx.list('starts'));
  // A list's words are bounded: a list can start after any apostrophe or hyphen of a long run of letters, and an
  // unbounded word would read the rest of the run from each of them.
  const member = `\\p{Lu}[\\p{L}\\p{M}'’-]{1,30}(?:[ \\t]+\\p{Lu}(?:[\\p{L}\\p{M}'’-]{1,30}|\\.))?`;
  const births = alternation([
    'birthday',
    'party',
    'sleepover',
    'fiesta',
    'pijamada',
    'fête',
    'soirée',
    ...lx.list('births'),
  ]);
  return {
    // "y'a Nolan, Jade R. et Timothée Vasseur": three names or more, with commas and "and".
    // (At most ten names, so that a long run of capitalised words and commas is read in linear time.)
    list: new RegExp(
      `(?<![\\p{L}])${member}(?:[ \\t]*,[ \\t]*${member}){1,8}[ \\t]*,?[ \\t]*(?:${and})[ \\t]+${member}`,
      'gu',
    ),
    // "l'entraîneur de hand, Grégory, m'envoie…": a name between commas after a relation or a role.
    // Read from each relation word the message has (found by the cue table), not by a pattern over it all;
    // the words are bounded, so that a relation word met many times in one long run of letters does not read
    // the rest of the run each time.
    apposition:
      /[\p{L}'’-]{0,24}(?:[ \t]+[\p{L}'’]{1,30}){0,4}?[ \t]*,[ \t]*(?=[\p{L}][\p{L}\p{M}'’-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’-]*)?[ \t]*,)/uy,
    // "au party de Rosalie", "el cumple de sofi": whose party it is.
    event: new RegExp(`(?<![\\p{L}])(?:${births})[ \\t]+(?:de|del|von|vom|of|d['’])[ \\t]*`, 'giu'),
    start: starts
      ? new RegExp(`[\\s\\p{Extended_Pictographic}]*(?:${starts})(?:[ \\t]*[:,][ \\t]*|[ \\t]+)`, 'iuy')
      : undefined,
    relation: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${possessives})\\s+(?:[\\p{L}]+\\s+){0,2}?(?:great[\\s-]+)*(?:${relations})s?(?:['’]s)?(?:\\s+(?:${relations})s?(?:['’]s)?)?(?:\\s+(?:${AFTER_RELATION_ADJ}))?(?:\\s*,)?(?:\\s+[\\p{L}]+(?=\\s+(?:${called})(?![\\p{L}])))?(?:\\s+(?:${is})(?![\\p{L}]))?(?:\\s+(${called})|\\s+(${of || 'of'}))?(?![\\p{L}])`,
      'giu',
    ),
    /** A relation word with no possessive before a known given name: "tata Nadia". */
    // Read from each relation word the message has, past the rest of a joined word ("grand-mère"), which is short.
    bare: /[\p{L}'’-]{0,24}[ \t]+(?=[\p{Lu}])/uy,
    called: lx.list('called').length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(lx.list('called'))})\\s*:?\\s+`, 'giu')
      : undefined,
    title: new RegExp(`(?<![\\p{L}\\p{N}])(?:${titles})\\.?(?:\\s+(?:${titles})\\.?)?\\s+`, 'giu'),
    with: withs
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${withs})\\s+(${item}(?:\\s*(?:,|(?:${and})(?![\\p{L}]))\\s*${item})*)`, 'gu')
      : undefined,
    and: new RegExp(`\\s*(?:,|(?<![\\p{L}])(?:${and})(?![\\p{L}]))\\s*`, 'iu'),
  };
});
/** A relation, then a German verb of being: "meine tante ist", "mein opa war", "mein bruder wird". */
const GERMAN_IS = /[ \t](?:ist|war|wird|is)[ \t]*$/iu;
/** A German job or role, with a capital and no known name: "Ärztin", "Lehrer", "Polizist", "Verkäuferin". */
function germanJob(word: string): boolean {
  return (
    /^[\p{Lu}]/u.test(word) &&
    (GERMAN_ROLE.test(word) || /(?:in|er|ist|arzt|eur|ant|ent|ling|koch)$/u.test(word)) &&
    !givenName(word)
  );
}
/** "Fan" right after a word: the word is whom one is a fan of. */
const FAN_AFTER = /^(?:[ \t]+|-)(?:fan|fans|fanin)(?![\p{L}])/iu;
/** A message of four words or more, each with a capital: "Ma Mère Cuisine Trop Bien", "Mein Papa Fährt Nach Berlin". */
const titleCasedScans = new WeakMap<Scan, boolean>();
const TITLE_WORD = /(?<![\p{L}\p{M}'’-])[\p{L}][\p{L}\p{M}]+/gu;
export function titleCased(scan: Scan): boolean {
  // Read once per message, whatever the number of relations in it.
  let every = titleCasedScans.get(scan);
  if (every === undefined) {
    let words = 0;
    every = true;
    const { text } = scan;
    TITLE_WORD.lastIndex = 0;
    for (let m = TITLE_WORD.exec(text); m; m = TITLE_WORD.exec(text)) {
      if (!/^[\p{Lu}]/u.test(m[0])) {
        every = false;
        break;
      }
      words++;
    }
    every &&= words >= 4;
    titleCasedScans.set(scan, every);
  }
  return every;
}
/** A subject that a teacher teaches, after the title: "Prof De Maths", "Prof d'Anglais", "Lehrer für Mathe". */
const TAUGHT =
  /^(?:de|d['’]|du|of|von|für|fur|en)[ \t]*(?:maths?|mathématiques|français|francais|anglais|espagnol|allemand|italien|histoire|histoire-géo|géo|geo|svt|eps|sport|physique|chimie|physique-chimie|musique|arts?|arts plastiques|techno|technologie|latin|philo|mathe|deutsch|englisch|französisch|spanisch|bio|biologie|geschichte|erdkunde|physik|chemie|kunst|musik|informatik|science|history|english|music|pe|matemáticas|matematicas|lengua|inglés|ingles|historia|educación física)(?![\p{L}])/iu;
/** A verb of watching or reading, and an article, just before a title: the title opens a work's name. */
const WATCHED =
  /(?<![\p{L}])(?:regard(?:e|es|ent|ons|er|é|ait)|lu|lis|lit|watch(?:ed|ing|es)?|read(?:ing)?|schau(?:e|en|t)?|guck(?:e|en|t)?|gelesen|leí|leido|leído|vemos)[ \t]+(?:(?:le|la|les|the|den|die|das|el|film|movie|série)[ \t]+)?$/iu;
/** A character in a work: "dans" and a capitalised title after the name ("Monsieur Patate dans Toy Story"). */
const IN_A_WORK = /^[^.!?\n]{0,30}?[ \t]dans[ \t]+(?:(?:le|la|les|l['’])[ \t]*)?[\p{Lu}][\p{Ll}]/u;
/** "… in harry potter": a famous work or character named after "in" or "from", in the same clause. */
const IN_NAMED = /^[^.!?\n,]{0,40}?[ \t](?:in|from)[ \t]+(?:the[ \t]+)?([\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+)?)/iu;
function inFamousWork(after: string): boolean {
  const m = IN_NAMED.exec(after);
  return m !== null && famousMention(m[1]!.split(/[ \t]+/)) >= 0;
}
/** A clause opened by a work: "In Harry Potter ist…", "Im Sams ist…", "dans Les Misérables c'est…". */
const IN_WORK_BEFORE =
  /(?:^|[ \t])(?:[Ii]n|[Ii]m|[Dd]ans)[ \t]+(?:(?:der|die|das|den|dem|le|la|les|l['’])[ \t]*)?([\p{Lu}][\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+)?)/u;
/**
 * Whether the clause before `at` names a work the person belongs to: a famous one, or any in a message that talks
 * of books, series or films ("In Gregs Tagebuch ist Rupert…", "welches Buch kommt nach…").
 */
export function inWorkBefore(scan: Scan, at: number): boolean {
  const m = IN_WORK_BEFORE.exec(
    scan
      .before(at, 100)
      .split(/[.!?\n;]/)
      .pop()!,
  );
  // In French a capital after "dans" tells a title on its own, as common nouns are written in lower case.
  return (
    m !== null && (/^\s*[Dd]/.test(m[0]) || WORK_TALK().test(scan.text) || famousMention(m[1]!.split(/[ \t]+/)) >= 0)
  );
}
/** Roles said as a title that are also common nouns: "prof", "coach". */
const ROLE_WORDS = 'prof|profe|coach|trainer|entraîneur|entraineur';
/** A role word, then a title: the role is no part of the name. */
const ROLE_TITLE = new RegExp(`^(?:${ROLE_WORDS})\\.?\\s+\\S`, 'i');
/** German roles and jobs said after "Frau" or "Herr": "Lehrerin", "Direktor", "Präsidentin", "Schulrat", "Schulleiter", "Zahnärztin". */
const GERMAN_ROLE =
  /(?:erin|orin|entin|istin|ektor|ung|heit|keit|schaft|lehrer|pfarrer|pastor|doktor|professor|kommissar|präsident|minister|hausmeister|bürgermeister|rat|rätin|leiter|arin|ärin|arzt|ärztin|polizist|fahrer|sekretär|referendar|erzieher|verkäufer)$/i;
/** A title or a German role, which no name is made of alone. */
const titleOrRole = (t: string) =>
  TITLES().has(t.toLowerCase()) || lexicon().set('titles').has(fold(t)) || (GERMAN_ROLE.test(t) && !givenName(t));
export const INTRO_WORDS = cue('', 'intros');
export const WEAK_WORDS = cue('', 'weak');
const CALLED_WORDS = cue('', 'called');
const WITH_WORDS = cue('', 'with');
const NAMED =
  /\b(?:friend|girl|boy|kid|guy|man|woman|lady|person|someone|student|classmate|teacher|neighbou?r|cousin|baby|brother|sister)(?:\s+(?!(?:book|film|movie|show|game|series|song|app|team|band|club|school|chat|server|channel|town|city|street|shop|story|dog|cat|pet)s?\b)[a-z0-9']+){0,6}?\s+(?:named|called)\s+/gi;
const TITLES_LIST = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Sir';
/** An initial after a title: a capital or a small letter, with or without its stop ("mrs d. mensah", "mr j smith"; not "miss u so much"). */
const TITLE_INITIAL = /^[ \t]*(?:[\p{Lu}]\.?|[\p{Ll}]\.|[b-hj-tv-z])[ \t]+(?=[\p{L}]{2})/u;
const TITLE_WORDS = cue(TITLES_LIST.replace(/\|/g, ' ').toLowerCase(), 'titles');
/** Titles that take a surname in lower case ("mrs garcia", "frau müller"); "miss" not after "I" or "we". */
const LOWER_TITLES = /^(?:mr|mrs|ms|miss|mx|dr)$/i;
const NOT_MISS =
  /(?:^|\s)(?:i|we|you|u|they|will|would|to|dont|don['’]t|really|gonna|so|ill|i['’]ll|and|still|also)\s+$/i;
/** A name on a line of its own above contact lines (a signature or a card): "William Hughes\n20789 Allika 46…". */
const CARD_LINE =
  // Blank lines are skipped at once (a lookahead and its backreference hold them), so that a run of them is read once.
  /(?:^|\n)[>? \t\r]*([\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}\p{M}'’.-]*){1,3})[ \t]*(?=\n(?=([>?\s]*))\2(?:[^\n]*\n(?=([>?\s]*))\3){0,3}[^\n]*(?:\d{3}|@))/gu;
/** "Matej's address", "Maya's phone number": a possessive name before contact details. */
const OWNER =
  /(?<![\p{L}-])([\p{Lu}][\p{Ll}\p{M}]+)['’]s\s+(?:address|phone|number|email|house|home|birthday|school|snap|insta|account)\b/gu;
const CAPITALISED = /(?<![\p{L}\p{N}@#_./])[\p{Lu}][\p{Ll}]+(?=[ \t]+(?:[\p{Lu}]\.?[ \t]+)?[\p{Lu}][\p{Ll}])/gu;

/**
 * Every other place the message writes a name already found: "my friend Emma
 * Li… Emma said" loses both. Capitalised names match as written; a known given
 * name found in lower case matches in any case.
 */
function sameNameElsewhere(scan: Scan): void {
  const { text } = scan;
  const found = scan.out.filter((c) => c.type === 'name');
  if (found.length === 0) return;
  // Capitalised names match as written; known given names found in lower case, in any case.
  const exact = new Set<string>();
  const anyCase = new Set<string>();
  const taken = new Uint8Array(text.length);
  for (const c of found) {
    taken.fill(1, c.start, c.end);
    for (const token of text.slice(c.start, c.end).split(/[^\p{L}\p{M}'’-]+/u)) {
      if (token.length < 3 || exact.has(token) || !nameToken(token, true)) continue;
      // A title is no name of its own: "Professor Snape" does not take every "Professor" of the message.
      if (titleOrRole(token)) continue;
      if (upper(token)) exact.add(token);
      else if (givenName(token)) anyCase.add(token.toLowerCase());
    }
  }
  if (exact.size === 0 && anyCase.size === 0) return;
  if (!elsewhere(text, exact, anyCase, taken)) return;
  // One pass over the words of the message, whatever the number of names: a word is asked first whether it is one
  // of the names (all of three letters or more), then whether it stands clear of a handle or a number.
  const isName = (word: string) =>
    word.length >= 3 && (exact.has(word) || (anyCase.size > 0 && anyCase.has(word.toLowerCase())));
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    if (taken[start]) continue;
    // "Emma's" holds "Emma"; "Jean-Luc" is matched whole.
    const whole = m[0];
    const cut = whole.search(/['’]/);
    const part = cut < 0 ? whole : whole.slice(0, cut);
    for (const word of part === whole ? [whole] : [whole, part]) {
      if (!isName(word)) continue;
      if (/[\p{N}@#_./]/u.test(text[start - 1] ?? '')) break;
      const end = start + word.length;
      if (/[\p{N}@]/u.test(text[end] ?? '')) continue;
      scan.add('name', start, end);
      break;
    }
  }
}

/** A word, with the apostrophes and hyphens inside it. */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/**
 * Whether one of the names stands in the text where no finding is: else no word of the message can be taken
 * for it, and the words need not be read. Names in any case are looked for in the text in lower case when
 * that keeps every offset and every letter (a lower case longer than its letter would shift them: then the
 * words are read).
 */
function elsewhere(text: string, exact: Set<string>, anyCase: Set<string>, taken: Uint8Array): boolean {
  const clear = (within: string, name: string) => {
    for (let i = within.indexOf(name); i >= 0; i = within.indexOf(name, i + 1)) if (!taken[i]) return true;
    return false;
  };
  for (const name of exact) if (clear(text, name)) return true;
  if (anyCase.size === 0) return false;
  const lower = text.toLowerCase();
  // A capital sigma's lower case depends on what follows it, which a part of a word does not show.
  if (lower.length !== text.length || text.includes('Σ')) return true;
  for (const name of anyCase) if (clear(lower, name)) return true;
  return false;
}

/** A common given name typed in lower case ("im olivia", "my friend emma"): one word, and only a known name. */
export function lowerKnown(text: string, pos: number): Span | undefined {
  const span = readName(text, pos, true, 1);
  if (span && known(span)) return lowerFull(text, pos);
  // A possessive typed without its apostrophe: "my friend hannahs house" is Hannah.
  const word = span?.tokens[0];
  if (span && word && word.length > 3 && /s$/i.test(word) && givenName(word.slice(0, -1)))
    return { start: span.start, end: span.end - 1, tokens: [word.slice(0, -1)] };
  return undefined;
}

/** A German possessive and a relation just before a name: "mein bruder", "meine oma". */
const GERMAN_OWN =
  /(?<![\p{L}])(?:mei|mein|meine|meinem|meinen|meiner|dein|deine|sein|seine|ihr|ihre|unser|unsere)[ \t]+[\p{L}]+[ \t]*$/iu;

/** A German past participle of a weak verb, in lower case: "gespielt", "gemacht", "geschubst". */
const PARTICIPLE = /^ge[\p{Ll}]{3,}t$/u;
/** In German the verb follows a name in lower case: "mein bruder finn nervt", "meine oma uschi backt". */
export function germanVerb(text: string, pos: number, second: string, plural = false): boolean {
  // After two names, a verb in the plural too ("lea und mila kommen").
  if (!(/[^dt]t$/.test(second) || (plural && /[^e]en$/.test(second)))) return false;
  // A past participle in lower case ends the clause's verb, not a surname: "ich hab mit lisa gespielt".
  if (PARTICIPLE.test(second)) return true;
  const before = text.slice(Math.max(0, pos - 30), pos);
  if (GERMAN_OWN.test(before)) return true;
  // A German relation said as a title, with no possessive: "onkel ralf holt mich ab".
  const last = /([\p{L}-]+)[ \t]*$/u.exec(before)?.[1];
  return last !== undefined && isRelation(last) && relationLocales([last]).has('de');
}

/** The word after an everyday word or the end of a sentence: whether it ends a name. */
const END_OF_NAME = /^(?:[ \t]*(?:[,.!?;:)\n]|$)|[ \t]+([\p{L}][\p{L}\p{M}'’-]*))/u;

/**
 * What follows a verb, not a surname: an article, an object or a possessive, a particle ("alfie broke my
 * switch", "maureen makes the best", "tyler broke up", "bruno rompió mi tablet", "timéo casse ma manette").
 * Spanish object pronouns before a verb ("ana lópez me dio") are not among them.
 */
const VERB_OBJECT =
  /^(?:the|a|an|my|our|your|his|him|her|them|it|us|up|out|off|away|down|mi|mis|tu|tus|ma|mon|mes|ta|ton|tes)$/i;
const NEXT_WORD = /^[ \t]+([\p{L}][\p{L}\p{M}'’-]*)/u;

/** English verbs of the past with no "-ed", which children write after a name: "sam went", "kai broke". */
const IRREGULAR_PAST =
  /^(?:went|came|got|made|said|told|took|gave|saw|sat|left|bought|brought|thought|felt|kept|met|lost|broke|fell|found|wrote|ate|drove|rode|sang|swam|slept|stood|threw|caught|taught|forgot|hid|spent|sent|built|stole|woke|wore|knew|grew|drew|flew|chose|spoke|began|became|ghosted|dumped|hit|hurt|bit|put|shut|cut|beat|won|ran)$/;

/**
 * Whether a word typed in lower case after a name is a verb rather than a surname, by its shape and what
 * follows it: "-ed" or "-ing" ("alfie texted"), a Spanish preterite ("bruno rompió"), or "-s" before a verb, an
 * object or a possessive ("jayden keeps texting me", "maureen makes the").
 */
export function verbAfterName(word: string, rest: string): boolean {
  if (/^[\p{Ll}]{2,}(?:ed|ing)$/u.test(word) || /^[\p{Ll}]+[^nr\s]ó$/u.test(word) || IRREGULAR_PAST.test(word))
    return true;
  // A Spanish verb of "we" or "they" ("carla vivimos en…", "toño y chelo vinieron"), never a surname's ending.
  if (word.length >= 6 && /^[\p{Ll}]+(?:amos|emos|imos|aron|ieron|aban|ían)$/u.test(word)) return true;
  // French negation after its verb: "sandrine veut pas", "théo mange jamais".
  if (/^[ \t]+(?:pas|plus|jamais|rien)(?![\p{L}])/u.test(rest) && /^[\p{Ll}]/u.test(word)) return true;
  // An English auxiliary of refusal or habit, then what they do to the writer: "aoife wont talk to me", "jay keeps
  // texting me".
  if (AUX_TO_ME.test(` ${word}${rest}`)) return true;
  if (!/^[\p{Ll}]+[^s]s$/u.test(word)) return false;
  const next = NEXT_WORD.exec(rest)?.[1];
  return next !== undefined && (VERB_OBJECT.test(next) || /^(?:me|[\p{Ll}]+ing)$/u.test(next));
}

/** An English auxiliary of refusal or habit, a verb, then the writer: " wont talk to me", " keeps ignoring us". */
export const AUX_TO_ME =
  /^[ \t]+(?:wont|won['’]t|doesnt|doesn['’]t|didnt|didn['’]t|cant|can['’]t|never|isnt|isn['’]t|aint|ain['’]t|keeps|always|still)[ \t]+[\p{Ll}]+(?:[ \t]+(?:to|with|at|about))?[ \t]+(?:me|us)(?![\p{L}])/u;
/** An adverb of how often or how much, which follows a verb ("crie tout le temps", "yells all the time", "grita siempre", "schreit dauernd"). */
const VERB_ADVERB =
  /^[ \t]+(?:tout le temps|tt le temps|toujours|souvent|tellement|jamais|beaucoup|all the time|always|never|constantly|siempre|nunca|todo el rato|todo el tiempo|demasiado|immer|ständig|dauernd|andauernd|oft|nie)(?![\p{L}\p{M}'’-])/iu;

/** A role word alone (see {@link ROLE_WORDS}). */
const ROLE_WORD = new RegExp(`^(?:${ROLE_WORDS})$`, 'i');
/** How or how often something is done, after a verb: "explique mal", "parle trop vite", "talks too much". */
const MANNER_AFTER =
  /^[ \t]+(?:mal|bien|trop|vite|fort|tout le temps|toujours|jamais|souvent|tellement|beaucoup|too|so|really|badly|always|never|all the time|schlecht|gut|zu|immer|nie|ständig|muy|demasiado|siempre|nunca)(?![\p{L}\p{M}'’-])/iu;

/** What joins a second one to a first, perhaps with a relation or an article between: "et mamie ", "y la abuela ". */
const JOINED_BEFORE = /(?<![\p{L}])(?:et|y|e|und|and|&)(?:[ \t]+[\p{L}]+){0,2}[ \t]*$/iu;
/**
 * Whether `word`, after a name at `pos` that is the second of two joined by "and", is a plural verb, the verb of
 * both, and no surname: "papi jacques et mamie odile viennent", "el abuelo toño y la abuela chelo vienen".
 */
export function verbOfPair(text: string, pos: number, word: string): boolean {
  return PLURAL_VERB.test(word) && JOINED_BEFORE.test(text.slice(Math.max(0, pos - 24), pos));
}

/**
 * A name in lower case, one word, or two when the second is followed by an
 * everyday word or a stop ("ana lópez nos dio", "mia chen."), so that
 * "emma likes cats" stays one word.
 */
export function lowerFull(text: string, pos: number): Span | undefined {
  const two = readName(text, pos, true, 2);
  if (!two || two.tokens.length < 2) return two;
  if (
    germanVerb(text, pos, two.tokens[1]!) ||
    verbAfterName(two.tokens[1]!, text.slice(two.end, two.end + 20)) ||
    // After "my …" in English, a pronoun says the second word is a verb: "my stepbrother connor hit me".
    (ENGLISH_OBJECT.test(text.slice(two.end, two.end + 8)) &&
      ENGLISH_OWN.test(text.slice(Math.max(0, pos - 30), pos))) ||
    // An adverb of how often or how much follows a verb, not a surname: "mon beau-père thierry crie tout le temps".
    VERB_ADVERB.test(text.slice(two.end, two.end + 20)) ||
    // The second of two joined by "and", then a word with a plural verb's ending: the verb of both ("papi jacques et
    // mamie odile viennent", "el abuelo toño y la abuela chelo vienen").
    verbOfPair(text, pos, two.tokens[1]!)
  )
    return readName(text, pos, true, 1);
  const next = END_OF_NAME.exec(text.slice(two.end, two.end + 30));
  const word = next?.[1];
  const ends =
    next !== null &&
    (word === undefined || commonWords().has(word.toLowerCase()) || stopWord(word)) &&
    !(word && VERB_OBJECT.test(word));
  return ends ? two : readName(text, pos, true, 1);
}

/**
 * After a strong cue, a name in lower case of two words grown by the words after it, up to four, when they end
 * the clause: "my whole name is harriet rose pemberton-clarke", "me llamo maría josé castro rivas".
 */
export function longerLower(text: string, span: Span | undefined): Span | undefined {
  if (!span) return undefined;
  if (span.tokens.length !== 2 || upper(span.tokens[0]!)) return span;
  let end = span.end;
  const tokens = [...span.tokens];
  for (let m = END_OF_NAME.exec(text.slice(end, end + 40)); m?.[1] && tokens.length < 4; ) {
    const word = m[1].replace(/['’-]+$/, '');
    if (
      !nameToken(word, true) ||
      stopWord(word) ||
      verbAfterName(word, text.slice(end + m[0].length, end + m[0].length + 20))
    )
      break;
    tokens.push(word);
    end += m[0].length - (m[1].length - word.length);
    m = END_OF_NAME.exec(text.slice(end, end + 40));
    if (m && (!m[1] || commonWords().has(m[1].toLowerCase()) || stopWord(m[1])))
      return { start: span.start, end, tokens };
  }
  return span;
}

/**
 * School work, then what it is about, just before a name: "Schularbeit in Gschicht über Andreas Hofer", "un
 * exposé sur Jules Ferry", "my essay on Rosa Parks". A private person is no topic of homework, unless a relation
 * or the writer comes between: "ein Referat über meinen Opa Heinz".
 */
const SCHOOL_WORK =
  '(?<![\\p{L}])(?:referat|vortrag|präsentation|praesentation|aufsatz|schularbeit|hausaufgabe|hausaufgaben|prüfung|klassenarbeit|exposé|expose|exposés|dissertation|devoir|devoirs|contrôle|controle|évaluation|evaluation|rédaction|redaction|essay|essays|presentation|project|assignment|homework|quiz|exam|trabajo|exposición|exposicion|examen|tarea|ensayo|informe)(?![\\p{L}])';
const SCHOOL_TOPIC = new RegExp(
  `${SCHOOL_WORK}([^.!?\\n]{0,40}?)(?<![\\p{L}])(?:über|ueber|sur|on|about|sobre)[ \\t]+$`,
  'iu',
);
const SCHOOL_WORD = new RegExp(SCHOOL_WORK, 'iu');
/** Whether the message has a word of school work at all: most have none, and `take` asks for every name. */
const hasSchoolWork = perMessage((text) => SCHOOL_WORD.test(text));
function schoolTopic(scan: Scan, start: number): boolean {
  if (!hasSchoolWork(scan.text)) return false;
  const m = SCHOOL_TOPIC.exec(scan.before(start, 80));
  return m !== null && !wordsOf(m[1]!).some((w) => writerWord(w) || isRelation(w));
}

/**
 * Schools, streets and squares in the plural, then a verb of naming, just before a name: the namesake is someone
 * known ("autant d'écoles qui s'appellent Jules Ferry", "why are so many streets named after…").
 */
const PLACES =
  '(?<![\\p{L}])(?:écoles|ecoles|collèges|colleges|lycées|lycees|rues|places|gares|stations|schulen|gymnasien|straßen|strassen|plätze|platze|bahnhöfe|escuelas|colegios|institutos|calles|plazas|estaciones|schools|streets|squares|roads|avenues)(?![\\p{L}])';
const PLACES_WORD = new RegExp(PLACES, 'iu');
/** Whether the message names such places at all: read once, as `take` asks for every name. */
const hasPlaces = perMessage((text) => PLACES_WORD.test(text));
const PLACES_NAMED = new RegExp(
  `${PLACES}[^.!?\\n]{0,20}?(?<![\\p{L}])(?:s['’]appellent|portent le nom d[e'’]|heißen|heissen|tragen den namen|are called|are named(?: after)?|named after|se llaman|llevan el nombre de)[ \\t]+$`,
  'iu',
);

/**
 * A sum's question ({@link WORD_PROBLEM}: "il lui en reste combien ?", "wie viele Äpfel hat Lisa?"), or how old,
 * far or long; read once per message.
 */
const QUANTITY_ASKED = perMessage(
  (text) => WORD_PROBLEM.test(text) || /(?<![\p{L}])how[ \t]+(?:old|far|long)(?![\p{L}])/iu.test(text),
);
/** A number a few words after a name: "Paul a 3 pommes", "Julie lui en donne 5", "Lisa kauft 4 Äpfel". */
const NUMBER_AFTER = /^[ \t]+(?:[\p{Ll}]+[ \t]+){1,3}\d/u;
/** A number a word or two before a name: "gives 5 to Anna", "gibt 3 an Ben". */
const NUMBER_BEFORE = /\d[ \t]+(?:[\p{Ll}]+[ \t]+){1,2}$/u;
/**
 * A sum's people: a name with a number beside it, in a message that asks how many ("Paul a 3 pommes…"), and no
 * relation or the writer's possessive just before it ("my friend Tom has 3 dogs" is a friend).
 */
function inSum(scan: Scan, span: Span): boolean {
  if (!QUANTITY_ASKED(scan.text)) return false;
  const before = scan.before(span.start, 30);
  if (!NUMBER_AFTER.test(scan.after(span.end, 30)) && !NUMBER_BEFORE.test(before)) return false;
  const prev = wordsOf(before).at(-1);
  return prev === undefined || !(isRelation(prev) || firstPerson(prev));
}

/** A saint's word alone before a capitalised word: a saint's or a town's name, read short ("heißt St. Pölten"). */
const SAINT_ALONE = /^(?:st|ste|sankt|saint|sainte|san|santa|são)$/i;
const saintAlone = (scan: Scan, span: Span) =>
  span.tokens.length === 1 &&
  SAINT_ALONE.test(span.tokens[0]!) &&
  /^\.?[ \t-]+[\p{Lu}]/u.test(scan.text.slice(span.end, span.end + 4));

/** "chez", "bei", "at" just before a name: where one goes, or buys. */
const AT_BEFORE = /(?<![\p{L}])(?:chez|bei|at)[ \t]+$/iu;
/** Words of buying, in the packs' languages: "acheté", "gekauft", "compré", "bought". */
const BUYING =
  /(?<![\p{L}])(?:ach[eè]t[\p{L}]*|achat[\p{L}]*|command[eé][\p{L}]*|pay[eé]|soldes|(?:ge)?kauf[\p{L}]*|bestell[\p{L}]*|compr[aéoó][\p{L}]*|buy[\p{L}]*|bought|order(?:ed)?|shopping)(?![\p{L}])/iu;
/**
 * A shop named after "chez", "bei" or "at", in a sentence about buying: "j'ai acheté des baskets chez Jules", "je
 * peux acheter quoi chez Yves Rocher ?" (not "je dors chez Léa").
 */
function shopAt(scan: Scan, span: Span): boolean {
  if (!AT_BEFORE.test(scan.before(span.start, 8))) return false;
  const before = scan
    .before(span.start, 80)
    .split(/[.!?\n]/)
    .pop()!;
  // Bought there, said before the shop; or shops and brands named in the sentence ("je vais chez Léa acheter des
  // bonbons avec elle" is a friend's).
  return BUYING.test(before) || SHOPS.test(`${before} ${scan.after(span.end, 60).split(/[.!?\n]/)[0]}`);
}
/** Shops and brands, named. */
const SHOPS =
  /(?<![\p{L}])(?:magasins?|boutiques?|marques?|enseignes?|laden|läden|geschäfte?|marken?|tiendas?|marcas?|shops?|stores?|brands?)(?![\p{L}])/iu;

export function take(scan: Scan, span: Span | undefined, boost = 0): void {
  if (!span) return;
  if (overWeighed(scan)) {
    scan.add('name', span.start, span.end, boost);
    return;
  }
  if (
    !saintAlone(scan, span) &&
    !shopAt(scan, span) &&
    !madeUp(scan, span.start, span.end) &&
    !schoolTopic(scan, span.start) &&
    !inSum(scan, span) &&
    !(hasPlaces(scan.text) && PLACES_NAMED.test(scan.before(span.start, 60))) &&
    !kinOfHistory(scan.text, span.start) &&
    !(scan.has(RELATION_WORDS) && famousKin(scan.text, span.start)) &&
    // (Not the one who sets school work on the classic: "Ms. Gutierrez wants a 500 word essay on To Kill a Mockingbird".)
    !(inClassic(scan, span) && !SETS_WORK.test(scan.after(span.end, 60))) &&
    !petNamed(scan, span) &&
    !madeUpElsewhere(scan, span) &&
    !listedWithPublic(scan, span) &&
    !(asksWhy(scan.text) && whyCalled(scan, span))
  )
    scan.add('name', span.start, span.end, boost);
}

/** A separator of a list's items before an item: a comma, "and", "or" in the packs' languages. */
const LIST_SEP_BEFORE = /(?:,|[ \t](?:and|und|et|y|e|&|or|oder|ou|o))[ \t]+$/iu;
/** The same after an item. */
const LIST_SEP_AFTER = /^(?:[ \t]*,|[ \t]+(?:and|und|et|y|e|&|or|oder|ou|o)(?=[ \t]))[ \t]+/iu;
/** A list's item before a separator: capitalised words, with the small words of names between them. */
const ITEM_BEFORE =
  /(?<![\p{L}\p{M}'’.-])[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:of|the|de|del|la|le|el|von|van|der|da|di|du)[ \t]+)?[\p{Lu}][\p{L}\p{M}'’.-]*)*$/u;
/**
 * Whether a name is one item of a list of names, one of them public and none told as the writer's: "Henry VIII had
 * six wives: Catherine of Aragon, Anne Boleyn, Jane Seymour…", "Jesus, Maria und Josef". Not with a word for the
 * writer or a relation in the list or in its sentence before it: "my friends Jake, Tom and Harry Styles", "mis ídolos:
 * Taylor Swift, Messi, mi abuela Carmen y Marie Curie".
 */
function listedWithPublic(scan: Scan, span: Span): boolean {
  const { text } = scan;
  const before = LIST_SEP_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start));
  const after = LIST_SEP_AFTER.exec(text.slice(span.end, span.end + 8));
  if (!before && !after) return false;
  const items: Span[] = [];
  // Leftwards: item by item while a separator comes before.
  let at = span.start;
  for (let n = 0; n < 8; n++) {
    const sep = LIST_SEP_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
    if (!sep) break;
    const end = at - sep[0].length;
    const item = ITEM_BEFORE.exec(text.slice(Math.max(0, end - 60), end));
    if (!item) break;
    at = end - item[0].length;
    items.push({ start: at, end, tokens: item[0].split(/[ \t]+/) });
  }
  const first = at;
  // Rightwards.
  let to = span.end;
  for (let n = 0; n < 8; n++) {
    const sep = LIST_SEP_AFTER.exec(text.slice(to, to + 8));
    if (!sep) break;
    const item = readName(text, to + sep[0].length, false, 4);
    if (!item) break;
    items.push(item);
    to = item.end;
  }
  if (items.length === 0) return false;
  // No word for the writer or a relation in the list, nor in its sentence before it.
  // Nor just after it, up to the clause's end: "Musiala oder niklas brandt aus meiner klasse".
  const rest = text.slice(to, to + 24).split(/[,.!?;:\n–—\x96\x97-]/)[0]!;
  const words = wordsOf(`${pieceBefore(scan, first, 60)} ${text.slice(first, to)}`);
  if (words.some((w) => writerIn(w) || isRelation(w)) || wordsOf(rest).some(writerIn)) return false;
  return items.some((item) => famous(scan, item));
}

/**
 * Whether a name is a pet's or a cuddly toy's: a word for one just before it ("unser Hund Bruno"), or the same
 * name given to one elsewhere in the message ("… aber Bruno hat so traurig geguckt").
 */
function petNamed(scan: Scan, span: Span): boolean {
  const lead = scan.before(span.start, 24);
  if (petJustBefore(lead) || (NAMED_IT_HINT.test(lead) && petNamedBefore(scan, span.start))) return true;
  if (span.tokens.length !== 1) return false;
  // The writer's possessive alone before the name, a pet told of just before: "Können Katzen Schokolade essen?
  // Unsere Mia hat…", "les lapins mangent des carottes ? notre Caramel…".
  if (OWN_ALONE.test(lead) && wordsOf(scan.text.slice(Math.max(0, span.start - 90), span.start)).some(petWord))
    return true;
  return petSpots(scan, span.tokens[0]!).some((at) => at !== span.start);
}

/** Where `name` stands as a word just after a pet's word in the message ("unser Hund Bruno"), found once per name. */
const petSpots = perMessageWord((scan, name) =>
  allIndexes(scan.text, name).filter(
    (at) => petJustBefore(scan.before(at, 24)) && !/^[\p{L}]/u.test(scan.text[at + name.length] ?? ''),
  ),
);

/** The writer's possessive just before a name, nothing between. */
const OWN_ALONE =
  /(?<![\p{L}])(?:unser|unsere|unseren|unserem|mein|meine|meinen|meinem|notre|mon|ma|our|my|nuestro|nuestra|mi)[ \t]+$/iu;

/** Cuddly toys, named as pets are. */
const CUDDLY = /^(?:doudou|peluche|kuscheltier|plüschtier|teddy|teddybär|puppe|poupée|muñeca|stuffie|plushie)$/i;
/**
 * Whether the word just before is a pet's or a cuddly toy's: "unser Hund Bruno", "mon doudou Pompon" (not a
 * group's or a team's: "dans le groupe Léa M. a écrit…").
 */
function petJustBefore(lead: string): boolean {
  const word = lastWord(lead);
  return word !== undefined && (petWord(word) || CUDDLY.test(word));
}

/** Where a string stands in a text, every time. */
function allIndexes(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at >= 0 && found.length < 8; at = text.indexOf(part, at + part.length))
    found.push(at);
  return found;
}

/** Works that classes read or every child knows, from the packs ("Emil und die Detektive", "le Bourgeois gentilhomme"). */
const CLASSIC_WORDS = cue('', 'classics');
const CLASSIC = fromPacks((lx) => {
  // A German title's article changes with the case: "Klausur über den Schimmelreiter", "im Vorleser".
  const cased = lx
    .list('classics')
    .flatMap((w) =>
      /^der /.test(w) ? [w, w.replace(/^der /, 'den '), w.replace(/^der /, 'dem '), w.replace(/^der /, 'im ')] : [w],
    );
  const works = alternation(cased);
  return works ? new RegExp(`(?<![\\p{L}])(?:${works})(?![\\p{L}])`, 'iu') : undefined;
});
/** The writer saying who they are, just before a name: "it's", "c'est", "ich bin", "soy", "je m'appelle". */
const SELF_BEFORE =
  /(?<![\p{L}])(?:it['’]?s|i['’]?m|i am|my name is|name['’]?s|c['’]est|cest|c|je suis|jsuis|m['’]appelle|soy|me llamo|ich bin|bin|ich hei(?:ß|ss)e|hei(?:ß|ss)e)[ \t]+$/iu;
/** Words of company before a name: "mit Lena", "with Tom", "avec Inès", "con Sofía". */
const WITH_WORD = /^(?:mit|with|avec|avc|con)$/i;
/** A stretch in quotes. */
const SAID = /[«„“\x84\x93"][^«»„“”\x84\x93\x94"\n]{0,300}[»“”\x93\x94"]/gu;
/** A message with what stands in quotes blanked, its length kept. */
const unquoted = perMessage((text) => text.replace(SAID, (m) => ' '.repeat(m.length)));
/** An article, as a word before another: "der Lehrer", "la mère". */
const ARTICLE_WORD =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|le|la|les|l|un|une|the|a|an|el|los|las|uno|una)$/i;
const namesClassic = perMessage((text) => CLASSIC()?.test(text) ?? false);
/** Whether a stretch of text is, whole, the title of a work classes read or every child knows: "Star Academy". */
export function classicTitle(words: string): boolean {
  const match = CLASSIC()?.exec(words);
  return match !== null && match !== undefined && match.index === 0 && match[0].length === words.length;
}

/**
 * Whether a name is a character of a work the message names, a work classes read or every child knows: next to
 * it stands no word for the writer, no relation but a character's own and no companion ("Emil und die Detektive,
 * wer ist der Dieb? Herr Grundeis?", "Le Bourgeois gentilhomme : M. Jourdain dit…", "Yann et ses six frères"; not
 * "ich lese Emil und die Detektive mit Lena").
 */
function inClassic(scan: Scan, span: Span): boolean {
  if (!scan.has(CLASSIC_WORDS) || !namesClassic(scan.text)) return false;
  // The writer saying who they are: "oh and its rhiannon, the one with the essay on macbeth".
  if (SELF_BEFORE.test(scan.before(span.start, 24))) return false;
  // What characters say, in quotes, is theirs: "M. Jourdain dit « Nicole, apportez-moi mes pantoufles »".
  const text = unquoted(scan.text);
  // The words next to the name in its clause: three before, two after. A word for the writer, a relation of
  // theirs or a companion there makes the name someone of the writer's ("mit Lena", "meine Freundin Lena", "Lena
  // und ich"); farther off, the writer only tells of the work ("ich check nicht, warum Maik so still ist").
  const clause = wordsOf(/[^,;:.!?\n]*$/.exec(text.slice(Math.max(0, span.start - 60), span.start))![0]);
  const next = wordsOf(/^[^,;:.!?\n]*/.exec(text.slice(span.end, span.end + 40))![0]).slice(0, 2);
  const words = [...clause.slice(-3), ...next];
  // (German "im" is "in the" here, not English "I'm": "sind im Internat".)
  const writer = (w: string) => w !== 'im' && writerIn(w);
  // Company counts when the writer is in the clause, French "on" too ("ich lese … mit Lena", "avec Adèle on
  // regarde…", not "la scène du balcon avec Christian"); a relation after an article or a character's possessive
  // is the work's ("der Lehrer", "ses frères").
  return !words.some(
    (w, i) =>
      writer(w) ||
      (WITH_WORD.test(w) && [...clause, ...next].some(firstPerson)) ||
      (isRelation(w) && !THEIR_OWN.test(words[i - 1] ?? '') && !ARTICLE_WORD.test(words[i - 1] ?? '')),
  );
}

/**
 * Whether what stands at `start` belongs to words that are not the child's life: a quotation, in a message about
 * a song, a lesson, a work or a saying; a story the child asks to be made up; a sum or a riddle headed as one
 * ("Problème : Léa a 12 ans et son frère Hugo…"); a textbook's exercise. `quotations: false` leaves quotations
 * out.
 */
export function madeUp(scan: Scan, start: number, end: number, quotations = true): boolean {
  return (
    (quotations && scan.has(QUOTE_WORDS) && (packCues.quoted?.(scan, start, end) ?? false)) ||
    (scan.has(INVENT_WORDS) && (packCues.invented?.(scan, start) ?? false)) ||
    (packCues.headed?.(scan.text) ?? false) ||
    inExercise(scan, start)
  );
}

/**
 * Whether the name stands elsewhere in the message in words that are not the child's life (a quotation of a
 * lesson's or a song's, an exercise's sentence, a story asked for), and here with no word for the writer in its
 * clause: that person, told of again ("Translate: 'Tim and his sister Emily live in Manchester.' heißt das Tim und
 * seine Schwester Emily wohnen…"; not "… und meine Schwester Emily").
 */
function madeUpElsewhere(scan: Scan, span: Span): boolean {
  if (!madeUpSpots(scan, scan.text.slice(span.start, span.end)).some((at) => at !== span.start)) return false;
  return !wordsOf(pieceBefore(scan, span.start, 40, CLAUSE_STOPS)).some(writerIn);
}
/** Where a name stands in words that are not the child's life, found once per message and name. */
const madeUpSpots = perMessageWord((scan, name) =>
  allIndexes(scan.text, name).filter((at) => madeUp(scan, at, at + name.length)),
);

/** A relation after a possessive of the third person, just before a name: "und ihr Bruder", "et son frère". */
const KIN_THIRD =
  /(?<![\p{L}])(?:ihr|ihre|ihren|ihrem|sein|seine|seinen|seinem|son|sa|ses|his|her|su|sus)[ \t]+([\p{L}]+)[ \t]*$/iu;
/** A year before 1950: history. */
const YEAR_OF_HISTORY = /(?<![\p{N}])(?:1[0-8]\d\d|19[0-4]\d)(?![\p{N}])/u;
/**
 * A relation of someone told of earlier in the sentence, a famous person or a full name with a year of history,
 * with no word for the writer and no relation of theirs before: "Sophie Scholl wurde 1921 in Forchtenberg
 * geboren, und ihr Bruder Hans?", "warum schießt Wilhelm Tell den Apfel vom Kopf von seinem Sohn Walter?" (not
 * "Meine Oma wurde 1948 geboren und ihr Bruder Hans…").
 */
function kinOfHistory(text: string, start: number): boolean {
  const wide = text.slice(Math.max(0, start - 160), start);
  const sentenceAt = (upTo: number) =>
    Math.max(
      wide.lastIndexOf('. ', upTo),
      wide.lastIndexOf('? ', upTo),
      wide.lastIndexOf('! ', upTo),
      wide.lastIndexOf('\n', upTo),
    ) + 1;
  const from = sentenceAt(wide.length);
  const kin = KIN_THIRD.exec(wide.slice(from));
  if (!kin || !isRelation(kin[1]!)) return false;
  let told = wide.slice(from, from + kin.index);
  // A sentence that opens with the relation speaks of the one told of in the sentence before: "Wer war Sophie
  // Scholl? Und ihr Bruder Hans?", "Who was Marie Curie? And her daughter Irène?".
  if (from > 1 && /^\s*(?:(?:and|und|et|y|e|or|oder|ou|o|but|aber|mais|pero)[ \t]+)?$/iu.test(told))
    told = wide.slice(sentenceAt(from - 2), from);
  const words = wordsOf(told);
  return (
    ((YEAR_OF_HISTORY.test(told) && /[\p{Lu}][\p{Ll}]+[ \t]+[\p{Lu}][\p{Ll}]+/u.test(told)) ||
      famousMention(words) >= 0) &&
    !words.some((w) => writerWord(w) || isRelation(w))
  );
}

/** A relation of someone named just before: "le fils de Zidane, ", "die Tochter von Nina Hagen ". */
const KIN_OF_NAMED =
  /(?<![\p{L}])([\p{L}]+)[ \t]+(?:de|du|von|vom|of|del|d['’])[ \t]*((?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t]*){1,3}),?[ \t]*$/u;
/** A relation of someone named in the possessive just before: "Nelson Mandela's wife ". */
const KIN_OF_POSSESSOR =
  /((?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t]+){0,2}[\p{Lu}][\p{L}\p{M}-]*)['’]s[ \t]+([\p{L}]+)[ \t]*,?[ \t]*$/u;
/** A question whether two people are kin, opening its sentence: "Ist Mischa Zverev der Bruder von…?", "Is … the daughter of…?" (its words' case as written). */
const KIN_ASKED =
  /^[ \t]*(?:[Ii]st|[Ww]ar|[Ii]s|[Ww]as|[Ee]st-ce que|[Cc]['’]est|[Ee]s|[Ee]ra)[ \t][^?.!\n]*?(?<![\p{L}])([\p{L}]+)(?:[ \t]+(?:de|du|von|vom|of|del)[ \t]+|[ \t]+d['’][ \t]*)[\p{Lu}][^?.!\n]*\?/u;
/**
 * A relation after a possessive of the third person, perhaps with a verb of naming: "…und sein Bruder ", "et son
 * frère c'est ", "and her sister is ".
 */
const KIN_OF_THEIRS =
  /(?<![\p{L}])(?:son|sa|ses|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|his|her|su|sus)[ \t]+([\p{L}]+)[ \t]*(?:,[ \t]*|(?:c['’]est|est|ist|is|was|war|heißt|heisst|es|se llama|s['’]appelle|called|named)[ \t]+)?$/iu;
/** Two capitalised words in a row: a full name. */
const FULL_NAME = /[\p{Lu}][\p{L}\p{M}'’-]+[ \t]+[\p{Lu}][\p{L}\p{M}'’-]+/u;

/**
 * Whether a name is a famous person's kin: after a relation of a famous person ("le fils de Zinédine Zidane, Enzo",
 * "Nelson Mandela's wife Winnie"), or in a
 * question whether two named people are kin, with no word for the writer in it ("Ist Cosma Shiva Hagen die Tochter
 * von Nina Hagen?"; not "ist Lena die Schwester von meinem Freund Tim?").
 */
function famousKin(text: string, start: number): boolean {
  // The sentence so far, at most 200 characters back: each name asks, so nothing may read the whole message.
  const back = Math.max(0, start - 200);
  const window = text.slice(back, start);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  const line = window.lastIndexOf('\n');
  const sentenceStart = back + Math.max(stop < 0 ? 0 : stop + 2, line + 1);
  const lead = text.slice(Math.max(sentenceStart, start - 80), start);
  const of = KIN_OF_NAMED.exec(lead);
  if (of && isRelation(of[1]!) && famousMention(wordsOf(of[2]!)) >= 0) return true;
  const whose = KIN_OF_POSSESSOR.exec(lead);
  if (whose && isRelation(whose[2]!) && famousMention(wordsOf(whose[1]!)) >= 0) return true;
  // Theirs, of someone famous named just before, in this sentence or the last, with no word for the writer after
  // the name: "ist Alexander Zverev in Hamburg geboren? und sein bruder Mischa spielt…", "la sœur à Gims c'est
  // qui ? et son frère c'est Dadju" (not "… und sein Bruder Tim aus meiner Klasse").
  const theirs = KIN_OF_THEIRS.exec(lead);
  if (theirs && isRelation(theirs[1]!)) {
    const at = start - lead.length + theirs.index;
    const after = text.slice(start, start + 80).split(/[.!?\n]/)[0]!;
    if (
      famousMention(wordsOf(text.slice(Math.max(0, at - 160), at))) >= 0 &&
      !wordsOf(after).some((w) => writerWord(w))
    )
      return true;
  }
  const asked = KIN_ASKED.exec(text.slice(sentenceStart, sentenceStart + 200));
  return (
    asked !== null &&
    start < sentenceStart + asked[0].length &&
    isRelation(asked[1]!) &&
    FULL_NAME.test(asked[0]) &&
    !wordsOf(asked[0]).some((w) => writerWord(w) || (w !== asked[1] && isRelation(w)))
  );
}

/** Requests for a made-up story, from the packs ("écris une histoire"). */
const INVENT_WORDS = cue('', 'invents');
/** Words telling that a quotation is a song's, a lesson's, a work's or a saying's ("chanson|dictée|Lektion|bedeutet"). */
const QUOTE_WORDS = cue(
  'song lyrics poem proverb saying quote film movie dialogue roleplay textbook workbook coursebook worksheet dictation music recorder flute piano translate translation',
  'quotes',
);
/** After a name, a comma or a bracket (perhaps past a laugh) that opens the same person's other name. */
const APPOSITIVE = /^[ \t]*(?:(?:ja(?:ja)+|ha(?:ha)+|lol|xd|mdr|jk)[ \t]*)?[,(][ \t]*/iu;

/**
 * The writer's name, then their full or short name beside it: "soy la cami, camila ortiz", "im jas
 * (jasmine okoye)". Taken when it starts with a common given name.
 */
export function takeIntro(scan: Scan, span: Span | undefined, boost = 0): void {
  if (!span) return;
  take(scan, span, boost);
  const m = APPOSITIVE.exec(scan.text.slice(span.end, span.end + 16));
  if (!m) return;
  const at = span.end + m[0].length;
  const other = readName(scan.text, at, false) ?? lowerFull(scan.text, at);
  if (other && known(other) && !famous(scan, other)) take(scan, other, boost);
}

/** A word of a group of people: letters ({@link groupNames} keeps those that are no everyday word, relation or pet's). */
const GROUP_MEMBER = String.raw`\p{L}[\p{L}\p{M}'’-]{1,19}`;
/** What a group of people does together: visiting, staying, going, starting something, in the packs' languages. */
const GROUP_DOES = String.raw`(?:are|r|were)[ \t]+(?:coming|going|starting|sleeping|staying|playing|making|doing|meeting|hanging)|came[ \t]+(?:round|over)|slept[ \t]+over|stayed[ \t]+over|went[ \t]+to|hung[ \t]+out|vienen|vinieron|vamos|fuimos|nos[ \t]+vamos|viennent|sont[ \t]+venus|allons|on[ \t]+va|kommen|kamen|gehen|gingen|fahren`;
/**
 * A group of people, the writer in it or not, before what they do together: "Me, Xiomara and Thandiwe are starting
 * a book club", "Tayla, bodhi and … are coming for a sleepover", "xime y yo vamos al cine". Each word of the group
 * that is no word of a loaded language, no relation and no pet's is a name (see {@link groupNames}).
 */
const GROUP = new RegExp(
  String.raw`(?:^|[.!?\n,;:][ \t]*)((?:me|i|yo|moi|ich)[ \t]*(?:,[ \t]*|[ \t]+(?:and|y|et|und|n|&)[ \t]+)${GROUP_MEMBER}(?:[ \t]*,[ \t]*${GROUP_MEMBER}){0,3}(?:[ \t]*,?[ \t]*(?:and|y|et|und|n|&)[ \t]+${GROUP_MEMBER})?|${GROUP_MEMBER}(?:[ \t]*,[ \t]*${GROUP_MEMBER}){0,3}[ \t]*,?[ \t]*(?:and|y|et|und|n|&)[ \t]+(?:${GROUP_MEMBER}|me|i|yo|moi|ich))[ \t]+(?:${GROUP_DOES})(?![\p{L}])`,
  'giu',
);
const GROUP_HINT = new RegExp(String.raw`(?<![\p{L}])(?:${GROUP_DOES})(?![\p{L}])`, 'iu');
/** The words of a group that are names: not the writer, a joining word, a loaded language's word, a relation or a pet. */
function groupNames(scan: Scan): void {
  if (!GROUP_HINT.test(scan.text)) return;
  for (const m of scan.all(GROUP)) {
    const group = m[1]!;
    const from = m.index + m[0].indexOf(group);
    const words = [...group.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)];
    const names = words.filter((w) => !/^(?:me|i|yo|moi|ich|and|y|et|und|n)$/i.test(w[0]));
    // Every one must be no everyday word, relation, pet or title, or the group is something else ("me and my mum
    // are going"); and each capitalised, or one a name a list holds: "me and homework are doing great" is no group
    // of people, and a word in lower case that no list holds may be any word.
    if (
      names.length === 0 ||
      names.some(
        (w) =>
          stopWord(w[0]) ||
          commonWords().has(w[0].toLowerCase()) ||
          isRelation(w[0]) ||
          petWord(w[0]) ||
          TITLES().has(w[0].toLowerCase()),
      ) ||
      !(names.some((w) => givenName(w[0])) || names.every((w) => upper(w[0])))
    )
      continue;
    for (const w of names) {
      const start = from + w.index!;
      const span: Span = { start, end: start + w[0].length, tokens: [w[0]] };
      if (!famous(scan, span)) take(scan, span);
    }
  }
}

/** A word for the writer followed by a name in brackets: "a story where me (ruby) and my dog…". */
const ME_BRACKET = /(?<![\p{L}])(?:me|myself|moi|yo|mí|ich|mich)[ \t]*\([ \t]*/giu;

/** Articles before a name or a nickname ("me dicen la Flaca", "bin der Leon", "d Selina"). */
const ARTICLE = /^(?:the|la|le|el|der|die|de|d|da|l['’]?)[ \t]+/iu;
/** A word that describes before a capitalised name ("la petite Zoé", "my little brother"). */
const ADJECTIVE_BEFORE_NAME = /^[\p{Ll}][\p{Ll}\p{M}]{2,12}[ \t]+(?=[\p{Lu}])/u;

/** Past an article, and a describing word before a capitalised name, after an introduction. */
function pastArticle(text: string, at: number): number {
  const a = ARTICLE.exec(text.slice(at, at + 8));
  if (!a) return at;
  const from = at + a[0].length;
  const adjective = ADJECTIVE_BEFORE_NAME.exec(text.slice(from, from + 16));
  return from + (adjective && !/^(?:y|e|et|and|und)[ \t]/.test(adjective[0]) ? adjective[0].length : 0);
}

/** What may follow a nickname read past an article: the end of the clause, or a place or a conjunction. */
const NICK_AFTER =
  /^[ \t]*(?:[,.!?;)\n]|$|(?:en|de|del|y|pero|jaja[\p{L}]*|en el|au|à|et|mais|im|in|und|aber|in the|at|and|but|lol)(?![\p{L}]))/iu;
/** A name read after an introduction, past an article ("me dicen la Flaca", "moi c'est la petite Zoé"). */
export function introName(text: string, at: number, lower: boolean): Span | undefined {
  const direct = readName(text, at, lower);
  if (direct && !ARTICLE.test(`${direct.tokens[0]} `)) return direct;
  const past = pastArticle(text, at);
  if (past === at) return direct;
  let span = readName(text, past, false);
  // A nickname in lower case past the article, one word before the clause ends: "me dicen el pelusa en el barrio".
  if (!span && lower) {
    const one = readName(text, past, true, 1);
    if (one && !stopWord(one.tokens[0]!) && NICK_AFTER.test(text.slice(one.end, one.end + 10))) span = one;
  }
  // "de" is an article only in some German ("i bin de Anna"); elsewhere it says where from ("soy de Bilbao").
  return span && (known(span) || !/^d[ea]?[ \t]/i.test(text.slice(at, past))) ? span : direct;
}

/** After a name, a clause that gives an age: "jace, hes 6", "Lou (7)". */
const AGE_AFTER =
  /^[ \t]*(?:\(\s*\d{1,2}\s*\)|,[ \t]*(?:(?:he|she)['’]?s|hes|shes|il a|elle a|er ist|sie ist|tiene)?[ \t]*\d{1,2}|(?:(?:he|she)['’]?s|hes|shes|il a|elle a|er ist|sie ist|tiene)[ \t]+\d{1,2})(?![\d:.,]?\d)/i;
/**
 * After one word in lower case past a relation, what ends a name: in English a verb ("my cousin dev is coming"),
 * since an English word there is a verb ("my dad makes me…"); in Spanish an object pronoun before its verb
 * (`packCues.afterOneEs`, "mi padrastro ramón me grita"). Not in German, where a verb comes first ("meine mama trinkt").
 */
const AFTER_ONE_EN =
  /^[ \t]+(?:is|was|has|are|were|said|says|keeps|kept|always|never|just|gave|gives|got|gets|took|takes|made|makes|told|tells|sent|sends|bought|buys|brought|let|lets|came|comes|went|goes|drove|drives|picks|lives|works|wants|thinks|can|cant|can['’]t|will|wont|won['’]t|does|did|doesnt|doesn['’]t|didnt|didn['’]t|[\p{Ll}]{2,}ed[ \t]+(?:me|us|my|our|him|her|them|it|the|a|up|out|away|back|house|schools|to|in))(?![\p{L}])/iu;
/** After two words in lower case past an English relation, a pronoun that says the second is a verb: "connor hit me". */
const ENGLISH_OWN = /(?<![\p{L}])(?:my|our)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,2}$/iu;
const ENGLISH_OBJECT = /^[ \t]+(?:me|him|her|us|them|he|she|it|my)(?![\p{L}])/iu;
const ENGLISH_RELATION = new Set(RELATIONS.split(' '));
/** Whether a relation cue ends in an English relation word ("my big sis", "my step-dad"), of the kit or of the en pack. */
function englishRelation(cue: string): boolean {
  const last =
    /([\p{L}'’-]+)[^\p{L}]*$/u
      .exec(cue)?.[1]
      ?.toLowerCase()
      .replace(/['’]s$|s$/, '') ?? '';
  return ENGLISH_RELATION.has(last) || EN_PACK_RELATIONS().has(last);
}
const EN_PACK_RELATIONS = fromPacks(
  (lx) => new Set(lx.packs.filter((p) => p.locale === 'en').flatMap((p) => entries(p.pii.relations))),
);
/** The languages a relation cue's words belong to, by the packs' possessives and relation words. */
const RELATION_LOCALES = fromPacks((lx) => {
  const map = new Map<string, Set<string>>();
  for (const p of lx.packs)
    for (const w of [...entries(p.pii.relations), ...entries(p.pii.possessives)]) {
      const key = fold(w);
      if (!map.has(key)) map.set(key, new Set());
      map.get(key)!.add(p.locale);
    }
  return map;
});
function relationLocales(words: string[]): Set<string> {
  const map = RELATION_LOCALES();
  const out = new Set<string>();
  // The possessive first ("mi", "ma", "meine"), or the relation word when none comes before it ("papy", "onkel").
  for (const w of [words[0], words.at(-1)]) for (const l of (w && map.get(fold(w))) ?? []) out.add(l);
  return out;
}
/** Words after a relation that are no name: times and adverbs, and what a relation has ("my friend group", "my friends parents"). */
const NOT_AFTER_RELATION =
  /^(?:never|always|just|still|also|even|again|already|today|tonight|tomorrow|yesterday|now|then|too|once|group|groups|parents|family|house|home|car|phone|team|class|chat|mates|friends|kids|people|guys|side|stuff|thing|things|boss|job|work|name|names|nickname|surname|username|number|birthday|bday|address|age|email|school|code|codes|request|requests|list|link|invite|invites|says|said|thinks|thought|knows|knew|swears|claims|reckons|tells|told|insists|pretends)$/i;
/** Words after which a name in lower case ends: a pronoun or a verb's small words ("mi amigo brayan stiven me debe"). */
const AFTER_PAIR =
  /^[ \t]+(?:me|te|se|le|les|nos|lo|la|es|está|esta|fue|era|tiene|he|she|is|was|has|il|elle|est|a|m['’]|t['’]|er|sie|ist|hat|war)(?![\p{L}])/iu;

/** After a given name and a surname in lower case past an English relation: where they are from, or what they did. */
const AFTER_PAIR_EN =
  /^[ \t]+(?:from|got|gets|keeps|kept|said|says|goes|went|sits|sat|lives|who|just|always|never|texted|told|asked)(?![\p{L}])/iu;
/** A relation, a word, then "and" just before: "my dad cooks and", "mi papá trabaja y", "mon père cuisine et". */
const RELATION_WORD_AND =
  /(?<![\p{L}\p{M}'’-])([\p{L}\p{M}'’-]{2,20})[ \t]+([\p{Ll}][\p{L}\p{M}'’-]{1,20})[ \t]*,?[ \t]+(?:and|&|y|e|et|und|but|pero|mais|aber)[ \t]+$/u;

/**
 * A relation's word at the message's end mirrors the clause before it, where a relation was followed by a word
 * that is no known name: both are verbs ("my dad cooks and my mum cleans", "mi papá trabaja y mi mamá cocina").
 */
function parallelVerb(before: string): boolean {
  const m = RELATION_WORD_AND.exec(before);
  return m !== null && isRelation(m[1]!) && !isRelation(m[2]!) && !givenName(m[2]!) && !stopWord(m[2]!);
}

/** A verb of the third person that can end a message: "snores", "ronfle", "chante", "schnarcht", "backt". */
const LONE_VERB: Record<string, RegExp> = {
  en: /[\p{L}]{2}[^s'’]s$/u,
  fr: /[\p{L}]{2}(?:e|t|d)$/u,
  de: /[\p{L}]{2}(?:[^dt]t|et|[^e]en)$/u,
};
/** The start of the message or of a sentence, with only spaces and emoji after it. */
const SENTENCE_START =
  /(?:^|[.!?\n])[ \t\p{Extended_Pictographic}]*(?:(?:le|la|les|l['’]|the|der|die|das|el|los|las)[ \t]*[\p{L}]+[ \t]+(?:de|d['’]|du|of|von|vom|del|de la)[ \t]*)?$/u;

/**
 * A relation that opens a sentence, alone or after a thing of theirs ("la maternelle de ma sœur"), is its subject, so one word of the shape of a verb that ends the message is
 * what they do ("ma sœur chante", "mon père ronfle", "my dad snores", "mein opa schnarcht"), not their name.
 */
function subjectVerb(text: string, cueStart: number, word: string, cue: string): boolean {
  const from = Math.max(0, cueStart - 40);
  const before = text.slice(from, cueStart);
  const pair = RELATION_AND.exec(before);
  const opens = SENTENCE_START.test(before) || (pair !== null && isRelation(pair[1]!));
  if (!opens || (from > 0 && !/[.!?\n]/.test(before))) return false;
  if (givenName(word)) return false;
  const owner = fold(/^[ \t]*([\p{L}]+)/u.exec(cue)?.[1] ?? '');
  const locale = OWNER_LOCALE[owner];
  const shapes = locale ? [LONE_VERB[locale]!] : Object.values(LONE_VERB);
  return shapes.some((shape) => shape.test(word.toLowerCase()));
}

/** The language of a possessive before a relation. */
const OWNER_LOCALE: Record<string, string> = {
  my: 'en',
  our: 'en',
  mon: 'fr',
  ma: 'fr',
  mes: 'fr',
  notre: 'fr',
  nos: 'fr',
  mein: 'de',
  meine: 'de',
  unser: 'de',
  unsere: 'de',
};
/** A relation and "and" opening a sentence: "mon père et ma mère travaillent", "my mum and my dad argue". */
const RELATION_AND =
  /(?:^|[.!?\n])[ \t]*(?:(?:mon|ma|mes|my|mein|meine|notre|our|unser|unsere|le|la|the)[ \t]+)?([\p{L}-]+)[ \t]+(?:et|and|&|und)[ \t]*$/u;

/**
 * A name in lower case after a relation that is not a known given name: one
 * word with an age after it ("my little brother is jace, hes 6"), or a given
 * name and a surname before a pronoun or a small verb ("mi amigo brayan stiven me debe").
 */
/** A German infinitive in lower case: "schenken", "ändern", "basteln". */
const GERMAN_INFINITIVE = /^[\p{Ll}]{2,}(?:en|ern|eln)$/u;

function lowerAfterRelation(
  text: string,
  at: number,
  beforeComma = false,
  cue = '',
  verbOnly = false,
): Span | undefined {
  const words = cue
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
  const english = englishRelation(cue);
  const locales = english ? new Set<string>() : relationLocales(words);
  // Spanish by its possessive: "mi padrastro", not French "mon pote doit se…".
  // Or by its article, or a relation word of Spanish alone: "la abuela chelo viene", "abuela chelo me hizo…".
  const spanish = /^(?:mi|mis|tu|tus|su|sus|el|la)$/.test(words[0] ?? '') || (locales.size === 1 && locales.has('es'));
  const ends = english ? AFTER_ONE_EN : spanish ? packCues.afterOneEs : undefined;
  const two = readName(text, at, true, 2);
  if (!two) return undefined;
  const one: Span = { start: two.start, end: two.start + two.tokens[0]!.length, tokens: [two.tokens[0]!] };
  // A verb right after the relation is no name: "my coach makes me run", "this boy keeps texting me".
  const verbFirst = verbAfterName(one.tokens[0]!, text.slice(one.end, one.end + 20));
  const fits = (w: string) =>
    w.length >= 3 &&
    !MOOD.test(w) &&
    !WEEKDAY.test(w) &&
    !isRelation(w) &&
    !/^[\p{Lu}]/u.test(w) &&
    !verbFirst &&
    !NOT_AFTER_RELATION.test(w) &&
    !petWord(w) &&
    !(packCues.objectVerb?.(text, two.start, w) ?? false);
  const oneFits = fits(one.tokens[0]!);
  // A possessive right after the word: "my friend dev's mum is picking us up".
  if (oneFits && !stopWord(one.tokens[0]!) && /^['’]s[ \t]+[\p{L}]/u.test(text.slice(one.end, one.end + 4))) return one;
  if (oneFits && AGE_AFTER.test(text.slice(one.end, one.end + 16))) return one;
  // One word, then a pronoun or a verb's small word: "mi padrastro ramón me grita", "my cousin dev is coming".
  const rest = text.slice(one.end, one.end + 40);
  if (oneFits && ends?.test(rest.slice(0, 24))) return one;
  // One word, then a verb of the relation's language ("mi abuela conchi hace unas…", "papy gérard m'apprend…").
  if (oneFits && !stopWord(one.tokens[0]!) && packCues.relationVerb?.(one.tokens[0]!, rest, locales)) return one;
  // A relation said as a title ("grandpa dougie"): only a verb after the word tells a name.
  if (verbOnly) return undefined;
  // One word that ends the message right after the relation: "le dije a mi papá rigoberto" (not "…son estrictos").
  if (
    oneFits &&
    !stopWord(one.tokens[0]!) &&
    isRelation(words.at(-1) ?? '') &&
    !/^(?:is|are|was|were|son|es|era|est|sont|ist|sind|war)$/.test(words.at(-1) ?? '') &&
    /^[ \t]*(?:[.!?]+[ \t]*)?$/.test(text.slice(one.end)) &&
    !parallelVerb(text.slice(Math.max(0, at - cue.length - 60), at - cue.length)) &&
    !subjectVerb(text, at - cue.length, one.tokens[0]!, cue) &&
    !(packCues.objectVerb?.(text, one.start, one.tokens[0]!) ?? false) &&
    // German puts the verb last: "will das meinem bruder schenken" (an infinitive that is no known name).
    !(locales.has('de') && GERMAN_INFINITIVE.test(one.tokens[0]!) && !givenName(one.tokens[0]!))
  )
    return one;
  const after = text.slice(two.end, two.end + 8);
  if (
    two.tokens.length === 2 &&
    two.tokens.every(fits) &&
    // An everyday word is no surname: "mon coach hurle pendant les matchs".
    !stopWord(two.tokens[1]!) &&
    (AFTER_PAIR.test(after) ||
      (beforeComma && /^[ \t]*,/.test(after)) ||
      // "my friend sky harrington from st joseph's got excluded": two words that are no everyday ones.
      (english &&
        AFTER_PAIR_EN.test(text.slice(two.end, two.end + 12)) &&
        two.tokens.every((w) => !commonWords().has(w.toLowerCase()) && !notNameWords().has(w.toLowerCase()))))
  )
    // "my auntie shaz picks me up": the second word is a verb, the name one word.
    return verbAfterName(two.tokens[1]!, text.slice(two.end, two.end + 20)) || (english && ENGLISH_OBJECT.test(after))
      ? one
      : two;
  return undefined;
}

/**
 * A German verb typed with a capital after a relation ("Mein Bruder Spielt Fußball"): not a known given name,
 * and no verb after it ("mein Onkel Kurt kommt" is a name).
 */
function capitalVerb(text: string, at: number, word: string): boolean {
  if (!germanVerb(text, at, word) || givenName(word)) return false;
  const next = NEXT_WORD.exec(text.slice(at + word.length, at + word.length + 24))?.[1];
  return !(
    next &&
    /^[\p{Ll}]/u.test(next) &&
    (/[^dt]t$/.test(next) || /^(?:ist|hat|war|kann|will|muss|darf|soll|wird|mag)$/.test(next))
  );
}

/** A capitalised word after a relation, even one that is an everyday English word elsewhere ("mein bruder Can spielt"). */
function capitalisedAfterRelation(text: string, at: number): Span | undefined {
  const m = /^[ \t]*([\p{Lu}][\p{Ll}]{1,15})(?![\p{L}\p{M}'’-])/u.exec(text.slice(at, at + 20));
  if (!m) return undefined;
  const word = m[1]!;
  const start = at + m[0].length - word.length;
  if (word === 'I' || stopWord(word) || notNameWords().has(word.toLowerCase()) || TITLES().has(word.toLowerCase()))
    return undefined;
  // A German verb typed with a capital: "Mein Bruder Spielt Fußball" (but "mein Onkel Kurt", a known name).
  if (capitalVerb(text, start, word)) return undefined;
  return { start, end: start + word.length, tokens: [word] };
}

/**
 * Two relations, each with a word in lower case, then a verb of both: "grandad ken and nanny sue are coming",
 * "el abuelo toño y la abuela chelo vienen", "papi jacques et mamie odile viennent". Read from the end of the
 * first relation word; every part is bounded, so that a long run of words is read in linear time.
 */
const RELATION_PAIR =
  /(?:-[\p{L}]{1,12})?[ \t]+([\p{Ll}][\p{L}\p{M}'’-]{1,20})[ \t]+(?:and|&|n|y|e|et|und|u\.)[ \t]+(?:(?:my|our|his|her|their|the|mi|mis|su|sus|tu|el|la|los|las|ma|mon|mes|sa|son|le|les|notre|mein|meine|meinen|sein|seine|unser|unsere|der|die|den)[ \t]+)?([\p{L}'’-]{2,20})[ \t]+([\p{Ll}][\p{L}\p{M}'’-]{1,20})[ \t]+([\p{Ll}][\p{L}\p{M}'’]{1,20})/duy;
/** A verb said of two people: "are", "vienen", "viennent", "kommen". */
const PLURAL_VERB =
  /^(?:are|were|r|have|had|both|will|can|came|come|went|live|got|said|always|never|son|están|estan|tienen|van|fueron|vinieron|viven|sont|ont|vont|viennent|habitent|sind|waren|haben|hatten|wohnen|gehen|kommen|[\p{Ll}]{2,}(?:an|en|ent|aron|ieron))$/u;

/** A word in lower case after a relation that can be a name: no everyday word, relation, mood, pet or verb. */
export function nameAfterRelation(word: string, rest: string): boolean {
  return (
    word.length >= 3 &&
    !stopWord(word) &&
    !commonWords().has(word.toLowerCase()) &&
    !notNameWords().has(word.toLowerCase()) &&
    !isRelation(word) &&
    !MOOD.test(word) &&
    !NOT_AFTER_RELATION.test(word) &&
    !petWord(word) &&
    !verbAfterName(word, rest)
  );
}

function pairedRelations(scan: Scan, at: number): void {
  const { text } = scan;
  RELATION_PAIR.lastIndex = at;
  const m = RELATION_PAIR.exec(text);
  if (!m?.indices || !isRelation(m[2]!) || !PLURAL_VERB.test(m[4]!)) return;
  const spans = [1, 3].map((g) => {
    const [start, end] = m.indices![g]!;
    return { start, end, tokens: [m[g]!] };
  });
  if (spans.every((span) => nameAfterRelation(span.tokens[0]!, text.slice(span.end, span.end + 20))))
    for (const span of spans) if (!famous(scan, span)) take(scan, span);
}

/** Past the rest of a joined relation word ("grand-mère") to the word after it. */
const BARE_GAP = /^[\p{L}'’-]{0,12}[ \t]+(?=[\p{Ll}])/u;

/** The writer with someone: "me and lucas p.", "moi et Inès", "ich und Lena". */
const COMPANION = /(?<![\p{L}])(?:me|moi|yo|ich|mir)[ \t]+(?:and|&|et|y|und)[ \t]+/giu;
const COMPANION_WORDS = cue('me moi yo ich mir i');
/** A name at a clause's start, then who they are to the writer: "zara is my best friend", "thiago es mi mejor amigo". */
const IS_MY_RELATION =
  /(?:^|[.!?,;\n][ \t]*|(?<![\p{L}])(?:and|but|so|y|pero|et|mais|und|aber)[ \t]+)([\p{L}][\p{L}\p{M}'’-]{1,20})[ \t]+(?:is|was|es|era|est|ist|war)[ \t]+(?:my|mi|mon|ma|mein|meine|our|nuestra|nuestro|notre|unser|unsere)[ \t]+(?:(?:best|bestest|mejor|meilleure?|beste[rn]?|new|nueva|nuevo|old|little|big|older|younger|fav|favourite|favorite)[ \t]+)?([\p{L}]{2,15})(?![\p{L}])/dgiu;
/** God and the holy, whom a child of faith calls a friend or a father: "jesus is my best friend". */
const FAITH = /^(?:god|gods|jesus|jesús|jesu|christ|cristo|allah|dios|dieu|gott|buddha|krishna|santa)$/i;
/** Friends, which things are called too ("pizza is my best friend"): then only a known given name. */
const FRIEND_WORD =
  /^(?:friend|friends|bff|bestie|buddy|pal|mate|crush|amigo|amiga|ami|amie|pote|copain|copine|freund|freundin|kumpel)$/i;
/** A name in lower case at a clause's start, then where they are from: "theo from my class asked me out". */
const FROM_MY_START =
  /(?:^|[.!?,;\n][ \t]*|(?<![\p{L}])(?:and|but|so|lol|omg)[ \t]+)([\p{Ll}][\p{L}\p{M}'’-]{1,20})[ \t]+(?:from|in)[ \t]+(?:my|our)[ \t]+(?:class|school|year|grade|form|team|club|street|group)(?![\p{L}])/dgu;
/** Articles and joining words before a name, as written (lower case): "der kevo…", "… oder niklas…". */
const FROM_MY_ARTICLES = 'der|die|dem|den|el|la|le|und|oder|y|o|et|ou|mit|con|avec';
/**
 * The same in the packs' languages, after an article, a word joining a list or at a clause's start, perhaps with
 * a surname: "der kevo aus meiner klasse", "el rulo de mi clase", "lucas de ma classe", "… oder niklas brandt
 * aus meiner klasse", "der schorsch aus unserem block"; or from a class named by its year: "léo de la 4eB",
 * "tim aus der 7b".
 */
const FROM_MY_OTHER = new RegExp(
  String.raw`(?:^|[.!?,;\n][ \t]*|(?<![\p{L}])(?:${FROM_MY_ARTICLES})[ \t]+)([\p{L}][\p{L}\p{M}'’-]{1,20})(?:[ \t]+([\p{L}][\p{L}\p{M}'’-]{1,20}))?[ \t]+(?:(?:aus|von|de|del)[ \t]+(?:meiner|meinem|unserer|unserem|mi|mis|nuestra|nuestro|ma|mon|notre)[ \t]+(?:klasse|schule|stufe|mannschaft|gruppe|straße|strasse|block|haus|siedlung|clase|escuela|cole|colegio|equipo|calle|barrio|edificio|classe|école|ecole|équipe|equipe|rue|quartier|immeuble|cité|cite)|(?:aus|von|de|del)[ \t]+(?:der|la|el)[ \t]+(\d{1,2})(?:e|ème|eme|º|°)?[a-hA-H]?)(?![\p{L}\p{N}])`,
  'dgu',
);
/** The words {@link FROM_MY_OTHER} reads before a name. */
const FROM_MY_ARTICLE = new RegExp(`^(?:${FROM_MY_ARTICLES})$`);
/** A name, then the writer, at the start of a clause: "jess and i", "mateo y yo", "lea und ich". */
const COMPANION_BEFORE =
  /(?:^|[.!?,;:\n][ \t]*|(?<![\p{L}])(?:so|then|but|lol|pero|mais|aber)[ \t]+)([\p{L}][\p{L}\p{M}'’-]{2,20})([ \t]+(?:and|&|n|y|et|und)[ \t]+(?:i|me|yo|moi|ich))(?![\p{L}])/giu;
/** What {@link COMPANION_BEFORE} needs after the name, looked for first: most messages have no "and i". */
const COMPANION_HINT = /[ \t](?:and|&|n|y|et|und)[ \t]+(?:i|me|yo|moi|ich)(?![\p{L}])/iu;
/** What {@link IS_MY_RELATION} needs after the name, looked for first: "is my", "es mi", "ist mein". */
const IS_MY_HINT =
  /[ \t](?:is|was|es|era|est|ist|war)[ \t]+(?:my|mi|mon|ma|mein|meine|our|nuestra|nuestro|notre|unser|unsere)[ \t]/iu;
/** What two people do together, after the pair: "… went", "… are", "… fuimos", "… gehen". */
const TOGETHER =
  /^[ \t]+(?:went|go|going|got|both|are|were|have|had|always|never|live|met|hung|[\p{Ll}]{2,}ed|on|nous|fuimos|vamos|somos|estamos|tenemos|vivimos|[\p{Ll}]{2,}(?:amos|emos|imos|en|ons))(?![\p{L}])/u;
/** A word in lower case with the writer: a name when it is no everyday word and the two then do something. */
function takeCompanion(scan: Scan, span: Span | undefined, after = span?.end ?? 0): void {
  const word = span?.tokens[0];
  if (!span || !word || (upper(word) && !/^[\p{Lu}][\p{Ll}]+$/u.test(word))) return;
  const rest = scan.text.slice(after, after + 24);
  if (nameAfterRelation(word, rest) && TOGETHER.test(rest) && !famous(scan, span)) take(scan, span);
}

/** Introductions only at the start of a message or a sentence, or after a greeting ("c'est Louna, …"). */
const STARTS_WORDS = cue('', 'starts');
export const HOUSEHOLD_WORDS = cue('', 'households');
const LIST_HINT = /[\p{Lu}][\p{L}\p{M}'’.-]*[ \t]*,[ \t]*[\p{Lu}]/u;
const EVENT_WORDS = cue('birthday party sleepover fiesta pijamada fête soirée', 'births');

/**
 * Readers of cues that only other languages' packs bring (introductions, weak introductions, a household's
 * name, the Spanish "a" before a person, "la dayana me escribió", a verb after a relation in the packs' languages):
 * pii-pack-cues.ts sets them when such a pack loads, so that the engine for English does not carry them.
 */
export const packCues: {
  intros?: (scan: Scan) => void;
  /** Whether a word after a relation that is a German object is the clause's verb ("mit meinem Bruder einkaufen"). */
  objectVerb?: (text: string, at: number, word: string) => boolean;
  /** Whether a capitalised word there is the object of the verb closing the clause ("mit meinem Papa Fußball gespielt"). */
  objectNoun?: (text: string, span: Span) => boolean;
  weak?: (scan: Scan) => void;
  households?: (scan: Scan) => void;
  personalA?: (scan: Scan) => void;
  didToMe?: (scan: Scan) => void;
  /** Whether a verb of the relation's language follows the word after it (the packs' `verbAfter`). */
  relationVerb?: (word: string, rest: string, locales: ReadonlySet<string>) => boolean;
  /** What ends a name one word past a Spanish relation: an object pronoun or a small verb ("mi padrastro ramón me grita"). */
  afterOneEs?: RegExp;
  /** Whether a word after a role is its verb, by what follows it ("hurle pendant…", "veut qu'on…"); `owner` the possessive's locale. */
  roleVerb?: (word: string, rest: string, owner: string | undefined) => boolean;
  /** A band, a team or a game's world, which are named too ("die Band heißt…", "mon équipe s'appelle…"). */
  group?: RegExp;
  /** Whether a clause before a naming verb is a thing's or a story's ruler ("die Stadt", "die Prinzessin"), no one of the child's. */
  namedThing?: (clause: string, ruler: RegExp) => boolean;
  /** Whether a relation's cue ends in an everyday word as written ("le même", not "mémé"). */
  everyday?: (cue: string) => boolean;
  /** Whether a relation and a name are a song sung or a character ("wir singen Bruder Jakob", "… dans Harry Potter"). */
  sungOrShown?: (lead: string, rest: string) => boolean;
  /** A stage after a name ("en concert", "im Konzert", "live"): a performer's. */
  onStage?: RegExp;
  /** A request to tell of someone, just before the name ("erzähl mir von", "parle-moi de"): someone told of. */
  tellOf?: RegExp;
  /** A verb of singing said of a full name, or of a name the writer loves, just after it ("j'adore Louane, elle chante"). */
  performs?: (lead: string, after: string, words: number) => boolean;
  /** A verb of reading, hearing or watching by the writer after a title that opens the clause ("… hören wir"). */
  topicWork?: (after: string) => boolean;
  /** Whether a title is a work's, watched or read in German order ("wir haben … geguckt"). */
  watchedAfter?: (lead: string, rest: string) => boolean;
  /** Whether a name sits inside a quotation ("« je m'appelle Hélène » c'est de qui cette chanson ?"). */
  quoted?: (scan: Scan, start: number, end: number) => boolean;
  /** Whether a name is a character of a story the child asks to be made up ("écris une histoire avec un garçon qui s'appelle Tom"). */
  invented?: (scan: Scan, start: number) => boolean;
  /** Whether the words after a name call it a thing or a work ("… c'est un dessin animé", "… ist ein Spiel"). */
  thingAfter?: (after: string) => boolean;
  /** Whether a message is a sum headed as one, with none of the writer's people ("Problème : Léa a 12 ans…"). */
  headed?: (text: string) => boolean;
  /** Whether a name is one more of a school project's subjects, by the words before and after it. */
  listed?: (lead: string, after: string) => boolean;
  /** Whether a name is a stop of a line, by the words before it and the message ("le tram passe par Louise"). */
  stop?: (lead: string, text: string) => boolean;
  /** Words before a name that make it a name talked of, or counted ("le prénom…", "trois…"). */
  asName?: RegExp;
} = {};

/** Particles and the surname after them, then the clause goes on or ends: " de la fuente y es bombero". */
const CALLED_PARTICLES =
  /^[ \t]+(?:(?:de|del|la|las|los|van|der|den|von|da|di|du|le)[ \t]+){1,3}([\p{Ll}][\p{L}\p{M}'’-]{2,})(?=[ \t]*(?:[,.!?;)\n]|$)|[ \t]+(?:y|e|and|et|und|es|is|est|ist|que|who|qui|der|die|pero|but|mais|aber)(?![\p{L}]))/u;
/** A name given after "called" in lower case, with its particled surname: "se llama ernesto lópez de la fuente". */
function calledParticles(text: string, span: Span): Span {
  if (upper(span.tokens[0]!)) return span;
  const m = CALLED_PARTICLES.exec(text.slice(span.end, span.end + 40));
  const surname = m?.[1]?.toLowerCase();
  if (!m || !surname || stopWord(surname) || commonWords().has(surname) || notNameWords().has(surname)) return span;
  return { start: span.start, end: span.end + m[0].length, tokens: [...span.tokens, ...m[0].trim().split(/[ \t]+/)] };
}

/**
 * A username's shape after "called": letters with digits, an underscore or a dot inside, or the "xX…Xx" frame
 * ("xXShadowFinn11Xx", "dark_wolf", "lina.22"); not a year or a plain word.
 */
const HANDLE_CALLED =
  /^[ \t]*["“\x93'‘\x91]?((?=[\p{L}\p{N}_.]*[\p{L}])(?:[\p{L}\p{N}]+(?:[_.][\p{L}\p{N}]+)+|(?=[\p{L}\p{N}]*[\p{L}][\p{N}])[\p{L}\p{N}]{4,}|[xX][xX][\p{L}\p{N}]{2,}[xX][xX]))(?![\p{L}\p{N}_@.]|\.[\p{L}\p{N}])/u;

/** Takes a username's shape at `at`, after "called", whole as a handle: "jemand namens xXShadowFinn11Xx". */
function calledHandle(scan: Scan, at: number): boolean {
  const handle = HANDLE_CALLED.exec(scan.text.slice(at, at + 40));
  if (!handle) return false;
  const from = at + handle[0].length - handle[1]!.length;
  scan.add('handle', from, from + handle[1]!.length);
  return true;
}

/** A thing as what is called so, just before the cue: "ça", "it's", "this is", "eso se". */
const THING_CALLED =
  /(?<![\p{L}])(?:ça|ca|cela|ceci|eso|esto|it['’]?s|(?:it|this|that)[ \t]+(?:is|was))(?:[ \t]+se)?[ \t]*$/iu;

/** Names read after the packs' cues: introductions, "called", weak introductions and lists of friends. */
function packNames(scan: Scan): void {
  const { text } = scan;
  const p = PACKED();
  packCues.intros?.(scan);
  if (p.called && scan.has(CALLED_WORDS)) {
    for (const m of scan.all(p.called)) {
      const at = m.index + m[0].length;
      if (calledHandle(scan, at)) continue;
      let span = readName(text, at, false) ?? lowerKnown(text, at);
      // One word in lower case that ends the clause: "un niño que se llama dilan y me molesta".
      if (!span) {
        const one = loneLowerName(text, at, NICK_AFTER, 10, true);
        if (
          one &&
          scan
            .before(m.index, 40)
            .split(/[^\p{L}\p{M}]+/u)
            .some((w) => w !== '' && (isRelation(w) || PERSON_WORD.test(w)))
        )
          span = one;
      }
      // A pet's name ("un chien qui s'appelle…"), or a famous one's relative ("Peppa Pig tiene un hermano que se llama…").
      // A character's name ("el rey de mi libro se llama…") is no person's either.
      if (
        span &&
        !petBefore(scan, m.index) &&
        !famousNamed(scan, span) &&
        !fictionalSubject(scan.before(span.start, 80)) &&
        // A star's real name asked for: "wie heißt Apache 207 in echt?".
        !realNameAsked(text) &&
        // A meaning asked for: "was heißt frank und frei?".
        !MEANING_ASKED.test(scan.before(span.start, 16)) &&
        // A thing is what is called so: "pk ça s'appelle Kelvin", "it's called Ohm's law", "eso se llama…".
        !THING_CALLED.test(scan.before(m.index, 16)) &&
        // (A character of a story the child asks for, "a girl called lily", is left by `take`.)
        // What a word means: "was heißt Victoria auf Latein?".
        !(WORD_ASKED_BEFORE.test(scan.before(span.start, 24)) && MEANING_LANGUAGE.test(scan.after(span.end, 30)))
      )
        take(scan, calledParticles(text, span));
    }
  }
  packCues.weak?.(scan);
  if (p.start && scan.has(STARTS_WORDS)) {
    // "c'est Louna, j'ai perdu…", "allo! c'est Jérémie Tremblay", "hi im Noor, 13".
    // Read only where a message or a sentence starts.
    const starts: number[] = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '.' || c === '!' || c === '?' || c === '\n') starts.push(i + 1);
    }
    for (const from of starts) {
      p.start.lastIndex = from;
      const m = p.start.exec(text);
      if (!m) continue;
      const at = m.index + m[0].length;
      const read = introName(text, at, false);
      const plausible =
        read && (known(read) || (read.tokens.length === 1 ? plausibleAlone(text, read) : read.tokens.every(upper)));
      let span = plausible ? read : lowerKnown(text, at);
      // After a greeting, one word in lower case that ends the clause: "hola soy keyla de roblox", "hi im zeph, …".
      if (!span && /\s/.test(m[0].trim())) {
        span = loneLowerName(text, at, START_AFTER, 24, true);
      }
      // A holiday or an everyday word of the packs is no one's name: "c'est Noël bientôt", "c'est Pâques".
      if (span?.tokens.length === 1 && stopWord(span.tokens[0]!)) span = undefined;
      if (span && !famous(scan, span)) takeIntro(scan, span);
    }
  }
  packCues.households?.(scan);
  if (text.includes(',')) {
    // A list has a capitalised word, a comma and another capitalised word.
    for (const m of LIST_HINT.test(text) ? scan.all(p.list) : []) {
      // Three people or more, two with a common given name, in a sentence about the writer and no show or book.
      const items = m[0].split(p.and).map((item) => item.trim());
      const knownTwo = items.filter((item) => givenName(item.split(/[ \t]/)[0]!)).length >= 2;
      const around = `${scan.before(m.index, 60)} ${scan.after(m.index + m[0].length, 60)}`;
      if (!knownTwo || !(FIRST_PERSON.test(around) || aboutTheWriter(around)) || WORK_TALK().test(around)) continue;
      let from = m.index;
      for (const item of items) {
        const at = text.indexOf(item, from);
        const span = readName(text, at, false, 2);
        if (span && !famous(scan, span)) take(scan, span);
        from = at + item.length;
      }
    }
    // A name between commas: two commas at least.
    if (text.indexOf(',') !== text.lastIndexOf(',') && scan.has(RELATION_WORDS)) {
      const found: number[] = [];
      for (const word of scan.found(RELATION_WORDS))
        for (const at of scan.positions(word)) found.push(at + word.length);
      for (const from of found) {
        p.apposition.lastIndex = from;
        const m = p.apposition.exec(text);
        if (!m) continue;
        const at = m.index + m[0].length;
        const read = readName(text, at, false);
        // Capitalised, a common given name ("…, Grégory,"); "Père Noël, Pôle Nord, …" is no one's.
        const span = read
          ? known(read)
            ? read
            : undefined
          : (lowerKnown(text, at) ?? lowerAfterRelation(text, at, true));
        if (span && /^[ \t]*,/.test(text.slice(span.end, span.end + 3)) && !famous(scan, span)) take(scan, span);
      }
    }
  }
  if (scan.has(EVENT_WORDS)) {
    // Only a common given name: "el cumpleaños de Bizarrap" is someone famous's.
    for (const m of scan.all(p.event)) {
      const at = m.index + m[0].length;
      // Past an article too: "el cumple de la Coni".
      const read = readName(text, at, false, 2) ?? readName(text, pastArticle(text, at), false, 2);
      const span = read && known(read) ? read : lowerKnown(text, at);
      if (span && !famous(scan, span)) take(scan, span);
    }
  }
  if (p.with && scan.has(WITH_WORDS)) {
    // "avec Clara, Maxime et Louis": a list of capitalised names, one of them a known given name.
    for (const m of scan.all(p.with)) {
      // "le film avec Natalie Portman": a cast, not company.
      if (WORK_TALK().test(scan.before(m.index, 40))) continue;
      const list = m[1]!;
      const items = list.split(p.and);
      if (!items.some((item) => givenName(item.split(/[ \t]/)[0]!))) continue;
      let from = m.index + m[0].length - list.length;
      for (const item of items) {
        const at = text.indexOf(item, from);
        const span = readName(text, at, false, 1);
        // The list takes one word a name, but a famous one is told by the whole: "avec Harry Potter et Hermione".
        const whole = readName(text, at, false);
        if (span && !famous(scan, span) && !(whole && famous(scan, whole))) take(scan, span);
        from = at + item.length;
      }
    }
  }
}

/** Common given names read without cue words: pii-given.ts, which loads with the language packs, sets it. */
let namesAnywhere: ((scan: Scan) => void) | undefined;

/** Whether one word in lower case after a sign-off is a name ("xoxo, bree"): pii-given.ts sets it. */
let signedWord: ((lead: string, word: string) => boolean) | undefined;

/** Sets the reader of given names without cue words, and of a lone word signed (see pii-given.ts). */
export function readNamesAnywhere(
  reader: (scan: Scan) => void,
  signed?: (lead: string, word: string) => boolean,
): void {
  namesAnywhere = reader;
  signedWord = signed;
}

export function findNames(scan: Scan): void {
  const { text } = scan;
  if (scan.has(STRONG_WORDS) && STRONG_HINT.test(text)) {
    for (const m of scan.all(STRONG)) {
      const span = readName(text, m.index + m[0].length, true);
      // "they call me fat": an insult, not a nickname.
      if (span && /call/i.test(m[0]) && NOT_NICKNAME.test(span.tokens[0]!)) continue;
      takeIntro(scan, longerLower(text, span), 1);
    }
  }
  for (const m of scan.all(WEAK)) {
    const at = m.index + m[0].length;
    // "im" is "I'm" in English but "in the" in German ("im Verein"): there, only a known given name follows.
    if (/^im\s/i.test(m[0]) && stopWord('im')) {
      // The name itself, not a word in -s read as its possessive: "Im Sams ist…" is in a book.
      const own = lowerKnown(text, at);
      if (own && /^[\p{L}\p{M}]/u.test(text[own.end] ?? '')) continue;
      takeIntro(scan, own);
      continue;
    }
    const read = readName(text, at, false);
    let span = read && plausibleAlone(text, read) ? read : lowerKnown(text, at);
    // A word in lower case with an age after it: "i'm harper-rose, 10", "im zeph (11)".
    if (!span && !/^(?:it|this)/i.test(m[0])) {
      span = loneLowerName(text, at, AGE_AFTER, 16);
    }
    // "u can call me pri": after "call me", a lone word in lower case that ends the clause is a nickname.
    if (!span && /^calls?\s+me/i.test(m[0])) {
      const nick = readName(text, at, true, 1);
      const word = nick?.tokens[0];
      if (
        nick &&
        word &&
        !MOOD.test(word) &&
        !/y$/i.test(word) &&
        !NOT_NICKNAME.test(word) &&
        NICK_END.test(text.slice(nick.end, nick.end + 14))
      )
        span = nick;
    }
    if (span && !famous(scan, span)) takeIntro(scan, span);
  }
  if (text.includes('(')) {
    for (const m of scan.all(ME_BRACKET)) {
      const span = readName(text, m.index + m[0].length, true, 1);
      if (span && /^[ \t]*\)/.test(text.slice(span.end, span.end + 4))) take(scan, span);
    }
  }
  packNames(scan);
  groupNames(scan);
  for (const m of scan.all(HERE)) {
    const head = scan.back(m.index, BEFORE_HERE);
    const span = head && readName(text, head.index + head[0].lastIndexOf(head[2]!), true);
    const first = span?.tokens[0];
    // Lower case too after "hi" or "this is": "this is kenji here", not "it's raining here".
    const greeted = head?.[1] !== undefined && first !== undefined && !MOOD.test(first) && !first.endsWith('y');
    if (span && first && (upper(first) || known(span) || greeted)) take(scan, span);
  }
  const tail = text.slice(-80);
  const signs = SIGNS();
  const sign = signs.start.test(tail) || (/[,!:]/.test(tail) && signs.comma.test(tail)) ? signs.off.exec(tail) : null;
  if (sign?.[1]) {
    const at = text.length - Math.min(80, text.length) + sign.index + sign[0].lastIndexOf(sign[1]);
    let span = readName(text, at, true, 2);
    // Kisses after the name are no surname: "love from ruby xoxo".
    if (span?.tokens.length === 2 && /^(?:x{1,4}|(?:xo){1,3}x?)$/i.test(span.tokens[1]!))
      span = readName(text, at, true, 1);
    // After a comma ("…, from Noah") only a known given name: "we moved here, from Ohio".
    // A relation or a role signing or thanked is no name: "LG Mama", "love, Dad", "Danke Frau Lehrerin".
    if (
      span &&
      (known(span) ||
        // With a capital, unless after a comma on the same line: "…, cheers\n\nCHASE" is signed.
        ((sign[0][0] !== ',' || sign[0].slice(0, sign[0].lastIndexOf(sign[1])).includes('\n')) &&
          span.tokens.every(upper)) ||
        (span.tokens.length === 1 && signedWord?.(sign[0].slice(0, sign[0].lastIndexOf(sign[1])), sign[1]) === true)) &&
      !famous(scan, span) &&
      // A fixture, a dash between a club's letters and a word that is no given name: "on y va pour OL - Rennes".
      !(
        !known(span) &&
        /^\s*[-–—\x96\x97]/.test(sign[0]) &&
        /(?<![\p{L}])[\p{Lu}]{2,4}\d{0,2}[ \t]*$/u.test(tail.slice(0, sign.index + (/^\s/.test(sign[0]) ? 1 : 0)))
      ) &&
      // A compound of an everyday word thanked is a nickname for the helper: "Danke, Mathe-Retter".
      !(span.tokens.length === 1 && /-/.test(span.tokens[0]!) && span.tokens[0]!.split('-').some((p) => stopWord(p))) &&
      !span.tokens.every(
        (t) =>
          isRelation(t) ||
          TITLES().has(t.toLowerCase()) ||
          lexicon().set('titles').has(fold(t)) ||
          (GERMAN_ROLE.test(t) && !givenName(t)),
      )
    )
      take(scan, span);
  }
  // A known given name alone after the last sentence of a message that thanks or takes leave: "thx for the help!! tommy".
  const last = sign?.[1] || !signs.start.test(tail) ? null : LAST_WORD.exec(tail);
  if (last?.[1]) {
    const span = readName(text, text.length - tail.length + last.index + last[0].indexOf(last[1]), true, 1);
    if (span && known(span) && !famous(scan, span)) take(scan, span);
  }
  // A known given name with a surname's initial, anywhere: "dans le groupe Emma R. a écrit…", "lg jule w.".
  // (A letter alone before its dot is looked for first: most messages have none.)
  if (/[ \t][\p{L}]\.(?=[\s,;:!?)]|$)/u.test(text))
    for (const m of scan.all(GIVEN_INITIAL)) {
      // (The famous are not named by their initial, so what follows tells nothing here: "Emma R. a écrit…".)
      const span: Span = { start: m.index, end: m.index + m[0].length, tokens: [m[1]!] };
      if (known(span)) take(scan, span);
    }
  // A known given name in the German genitive, before someone or something of theirs: "Finns Papa", "Lenas Geburtstag".
  if (/[\p{Ll}]s[ \t]+[\p{Lu}]/u.test(text))
    for (const m of scan.all(GENITIVE)) {
      const base = m[1]!;
      const next = m[2]!;
      if (!givenName(base) || !(isRelation(next) || THEIRS.test(next))) continue;
      const span: Span = { start: m.index, end: m.index + base.length, tokens: [base] };
      if (!famous(scan, span)) take(scan, span);
    }
  // A known given name signed with kisses: "Sorry gtg, Lily x".
  const kiss = sign?.[1] ? null : KISS.exec(tail);
  if (kiss?.[1]) {
    const span = readName(text, text.length - tail.length + kiss.index + kiss[0].indexOf(kiss[1]), true, 1);
    if (span && known(span) && !famous(scan, span)) take(scan, span);
  }
  if (scan.has(RELATION_WORDS)) {
    const p = PACKED();
    for (const m of scan.all(p.relation)) {
      // A relation matched without its accents that is, as written, an everyday word: "le même vélo" (not "mémé").
      if (packCues.everyday?.(m[0])) continue;
      const at = m.index + m[0].length;
      // After "called" any word; after "of" ("la maman de Noémie") only a known given name.
      let read = m[2] ? undefined : readName(text, at, Boolean(m[1]));
      // A German verb typed with a capital: "Mein Bruder Spielt Fußball" (but "mein Onkel Kurt", a known name).
      if (read && !m[1] && capitalVerb(text, read.start, read.tokens[0]!)) read = undefined;
      // The relation an object, and what is done with it: "mit meinem Papa Fußball gespielt".
      if (read && !m[1] && packCues.objectNoun?.(text, read)) continue;
      let span = read && (m[1] || upper(read.tokens[0]!)) ? read : lowerKnown(text, at);
      // After an English relation, two words in lower case then a pronoun: the second is a verb ("grandpa joe took me").
      if (
        span &&
        span !== read &&
        span.tokens.length === 2 &&
        ENGLISH_OBJECT.test(text.slice(span.end, span.end + 8)) &&
        englishRelation(m[0])
      )
        span = { start: span.start, end: span.start + span.tokens[0]!.length, tokens: [span.tokens[0]!] };
      if (!span && !m[2]) span = capitalisedAfterRelation(text, at) ?? lowerAfterRelation(text, at, false, m[0]);
      // Past an article, a common given name: "mei beste freundin d Selina", "mon pote le Hugo".
      const from = at + (/^[ \t]*/.exec(text.slice(at, at + 8))?.[0].length ?? 0);
      if (!span && !m[2] && pastArticle(text, from) > from) {
        const at2 = pastArticle(text, from);
        const past = readName(text, at2, false) ?? lowerKnown(text, at2);
        if (past && known(past)) span = past;
        // A nickname in lower case past the article, then a Spanish object pronoun: "mi amigo el chino me presta…".
        const peer = PEER.test(m[0].trim().split(/\s+/).at(-1) ?? '');
        const nick = span || !peer ? undefined : readName(text, at2, true, 1);
        const word = nick?.tokens[0];
        if (
          nick &&
          word &&
          word.length >= 3 &&
          !stopWord(word) &&
          !isRelation(word) &&
          !petWord(word) &&
          /^[ \t]+(?:me|te|nos)[ \t]+[\p{L}]/iu.test(text.slice(nick.end, nick.end + 8))
        )
          span = nick;
      }
      // A club or a star one is a fan of: "mein papa ist Schalke Fan", "ma sœur est Swiftie-Fan".
      if (span && !m[1] && FAN_AFTER.test(text.slice(span.end, span.end + 8))) span = undefined;
      // Every word with a capital ("Ma Mère Cuisine Trop Bien"): the capital tells no name, only a known one is.
      if (span && !m[1] && titleCased(scan) && !span.tokens.some((t) => givenName(t))) span = undefined;
      // A job said of a relation in German, a noun with a capital that is no known name: "meine tante ist Ärztin".
      if (span && !m[1] && GERMAN_IS.test(m[0]) && span.tokens.length === 1 && germanJob(span.tokens[0]!))
        span = undefined;
      // A famous one's relative: "Peppa Pig tiene un hermano que se llama…". The Pope is no one's dad: "el Papa Francisco".
      // A song sung ("wir singen Bruder Jakob", "on chante Frère Jacques"), or a character in a work ("Tante Agathe
      // dans Harry Potter").
      if (span && packCues.sungOrShown?.(scan.before(m.index, 16), scan.after(span.end, 24))) span = undefined;
      // A character's relative: "le perso principal de One Piece s'appelle Luffy et son frère c'est Ace".
      // Or in a message about a book or a film: "Buchvorstellung: … für ihre Schwester Prim".
      if (
        span &&
        THEIR_OWN.test(/^\S+/.exec(m[0].trim())?.[0] ?? '') &&
        (storyClause(scan.before(m.index, 80)) || WORK_TALK().test(text))
      )
        span = undefined;
      // A role with an article, not the writer's, asked about: "quien es el profesor Jirafales?", "wer ist der Onkel
      // Dagobert" (not "quien es mi profesor Pedro").
      if (span && !m[1] && !firstPerson(wordsOf(m[0])[0] ?? '') && ROLE_OTHER.test(scan.before(m.index, 40)))
        span = undefined;
      if (span && !famousNamed(scan, span) && !POPE.test(m[0])) take(scan, span);
    }
    for (const word of scan.found(RELATION_WORDS)) {
      for (const at of scan.positions(word)) {
        p.bare.lastIndex = at + word.length;
        const m = p.bare.exec(text);
        const span = m && readName(text, m.index + m[0].length, false);
        if (
          span &&
          (known(span) ||
            // A relation as a title, with its capital, then a name no list holds and what they say or do: "Uncle
            // Ravi says I should…".
            (span.tokens.length === 1 &&
              /^[\p{Lu}]/u.test(text[at] ?? '') &&
              TITLE_RELATION_DOES.test(scan.after(span.end, 16)))) &&
          !famous(scan, span) &&
          !packCues.sungOrShown?.(scan.before(at, 16), scan.after(span.end, 24))
        ) {
          take(scan, span);
          continue;
        }
        // A relation said as a title, in lower case, then a verb: "grandpa dougie is teaching me", "papy gérard m'apprend".
        const gap = BARE_GAP.exec(text.slice(at + word.length, at + word.length + 24));
        const lower = gap && lowerAfterRelation(text, at + word.length + gap[0].length, false, word, true);
        if (lower && lower.tokens.length === 1 && !famous(scan, lower)) take(scan, lower);
        pairedRelations(scan, at + word.length);
      }
    }
  }
  if (scan.has(COMPANION_WORDS)) {
    // "me and lucas p. are making…": the one the writer is with.
    for (const m of scan.all(COMPANION)) {
      const at = m.index + m[0].length;
      const read = readName(text, at, false);
      const span = read && (known(read) || read.tokens.length >= 2) ? read : lowerKnown(text, at);
      if (span && !famous(scan, span)) take(scan, span);
      else if (!span) takeCompanion(scan, readName(text, at, true, 1));
    }
    // "jess and i both live…", "mateo y yo fuimos…": the one named before the writer.
    for (const m of COMPANION_HINT.test(text) ? scan.all(COMPANION_BEFORE) : []) {
      const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
      takeCompanion(scan, { start, end: start + m[1]!.length, tokens: [m[1]!] }, m.index + m[0].length);
    }
  }
  if (scan.has(RELATION_WORDS)) {
    // "zara is my best friend", "thiago es mi mejor amigo": a name, then who they are to the writer.
    for (const m of IS_MY_HINT.test(text) ? scan.all(IS_MY_RELATION) : []) {
      const word = m[1]!;
      const relation = m[2]!;
      const [start, end] = m.indices![1]!;
      const span: Span = { start, end, tokens: [word] };
      if (
        isRelation(relation) &&
        nameAfterRelation(word, '') &&
        (givenName(word) || !FRIEND_WORD.test(relation)) &&
        !FAITH.test(word) &&
        !famous(scan, span)
      )
        take(scan, span);
    }
  }
  packCues.personalA?.(scan);
  const fromMine = [
    ...(/(?:from|in|at)[ \t]+(?:my|our)/i.test(text) ? scan.all(FROM_MY_START) : []),
    ...(/(?:aus|von|de|del)[ \t]+(?:mein|unser|mi|nuestr|ma|mon|notre|(?:der|la|el)[ \t]+\d)/i.test(text)
      ? scan.all(FROM_MY_OTHER)
      : []),
  ];
  // "theo from my class asked me out", "der kevo aus meiner klasse": a word in lower case at a clause's start or
  // after an article, then where they are from.
  for (const m of fromMine) {
    // Two words: a given name and its surname ("niklas brandt aus meiner klasse"), or an article the pattern took
    // for the first word, then the name ("der kevo aus meiner klasse", at the message's start).
    let from = 1;
    if (m[2] !== undefined) {
      if (!nameAfterRelation(m[2], '')) continue;
      if (FROM_MY_ARTICLE.test(m[1]!)) from = 2;
      else if (!givenName(m[1]!)) continue;
    }
    const to = m[2] === undefined ? 1 : 2;
    const word = m[from]!;
    const span: Span = {
      start: m.indices![from]![0],
      end: m.indices![to]![1],
      tokens: m.slice(from, to + 1) as string[],
    };
    // From a class named by its year, only a given name: "léo de la 4eB" (not "la fin de la 2e guerre").
    if (m[3] !== undefined && !givenName(word)) continue;
    if (nameAfterRelation(word, '') && (givenName(word) || !/s$/i.test(word)) && !famous(scan, span)) take(scan, span);
  }
  if (scan.has(NAMED_WORDS)) {
    for (const m of scan.all(NAMED)) {
      const at = m.index + m[0].length;
      if (calledHandle(scan, at)) continue;
      const read = readName(text, at, true);
      // In lower case, a verb after the name ends it: "a boy called rhys keeps messaging me".
      take(scan, read && !upper(read.tokens[0]!) ? longerLower(text, lowerFull(text, at)) : read);
    }
  }
  if (scan.has(TITLE_WORDS)) {
    for (const m of scan.all(PACKED().title)) {
      // A short title in lower case right after a number is its unit: "der Großglockner 3798 m. Welcher ist…".
      if (/^[\p{Ll}]{1,3}\.?$/u.test(m[0].trim()) && /\d[ \t]*$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
        continue;
      // An initial between the title and the surname: "Mrs D. Mensah", "mr j smith".
      const initial = TITLE_INITIAL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      const at = m.index + m[0].length + (initial?.[0].length ?? 0);
      let span = readName(text, at, false);
      // Spanish "don" is English "don't" typed short too, and greets the characters of songs and tales ("hola don
      // Pepito"): in lower case, then a given name or a capitalised name, told as someone of the child's world by a
      // relation before it or what they do to the child after it ("el vecino del tercero, don Anselmo", "mi vecino
      // don Eusebio"; not "i don know"). With its own capital it opens the name of someone known by it ("la hija de
      // Don Ramón", "Don Omar").
      // The title nearest the name: "my coach mrs patterson" is Mrs Patterson.
      const word = m[0].trim().split(/\s+/).at(-1)!;
      if (/^don$/i.test(word)) {
        const next = /^[ \t]*([\p{L}]+)/u.exec(text.slice(at, at + 30))?.[1] ?? '';
        const mine =
          wordsOf(scan.before(m.index, 40)).slice(-6).some(isRelation) ||
          /(?<![\p{L}])(?:me|nos)[ \t]+[\p{L}]+/u.test(text.slice(at, at + 60));
        if (/^[\p{Lu}]/u.test(word) || !(upper(next) || givenName(next)) || !mine) continue;
      }
      // A surname in lower case after a title: "mrs garcia", "frau müller", not "i miss home".
      if (!span && !/^[\p{Lu}]/u.test(m[0])) {
        const titles = lexicon().set('titles');
        const title =
          LOWER_TITLES.test(word.replace(/\.$/, '')) || titles.has(fold(word)) || titles.has(fold(`${word}.`));
        if (title && (word.length > 2 || word.endsWith('.') || LOWER_TITLES.test(word))) {
          const one = readName(text, at, true, 1);
          // Two words only when the first is a given name ("profe ana lópez"), not "mrs garcia gave us…".
          const lower = one && known(one) ? lowerFull(text, at) : one;
          // A verb and how it is done follow a role: "mon prof explique mal", "ma prof parle trop vite".
          // After a possessive the role is a relation, and a word of the shape of a verb that ends the message is
          // what they do: "mein trainer brüllt", "mon coach gueule".
          const owner = OWNER_LOCALE[fold(/([\p{L}]+)[ \t]+$/u.exec(scan.before(m.index, 12))?.[1] ?? '')];
          const how =
            lower &&
            ROLE_WORD.test(word) &&
            (MANNER_AFTER.test(text.slice(lower.end, lower.end + 20)) ||
              (owner !== undefined &&
                lower.tokens.length === 1 &&
                !givenName(lower.tokens[0]!) &&
                LONE_VERB[owner]!.test(lower.tokens[0]!.toLowerCase()) &&
                /^[ \t]*(?:[.!?]+[ \t]*)?$/.test(text.slice(lower.end))) ||
              // A verb of the packs' languages, then for how long or what is said: "mon coach hurle pendant les
              // matchs", "la prof veut qu'on l'achète".
              (lower.tokens.length === 1 &&
                !givenName(lower.tokens[0]!) &&
                (packCues.roleVerb?.(lower.tokens[0]!, text.slice(lower.end, lower.end + 12), owner) ?? false)));
          // Swiss and Alemannic "dr" is also the article, before a superlative: "dr gröscht", "dr letscht".
          if (
            lower &&
            lower.tokens[0]!.length >= 3 &&
            !isRelation(lower.tokens[0]!) &&
            !how &&
            !ALEMANNIC_SUPERLATIVE.test(lower.tokens[0]!) &&
            // …and before a standard superlative or a small word run into its article: "dr höchste Kirchturm",
            // "brauchet mr mit'm Zug".
            !(
              DIALECT_DR.test(word) &&
              (/[\p{L}]{2,}ste$/iu.test(lower.tokens[0]!) || RUN_INTO_ARTICLE.test(lower.tokens[0]!))
            )
          )
            span = lower;
        }
      }
      // A brand or an author known by "Dr." and a famous surname, with no word for the writer in the clause:
      // "Dr. Oetker Backpulver", "Dr. Seuss" (not "Dr. Schiller hat gesagt ich bin krank").
      if (
        span &&
        /^(?:dr|doktor|doctor)\.?$/i.test(word) &&
        famousKey(span.tokens[0]!.toLowerCase()) &&
        ![
          ...wordsOf(pieceBefore(scan, m.index, 30, CLAUSE_OR_BUT)),
          ...wordsOf(pieceAfter(scan, span.end, 40, CLAUSE_OR_BUT)),
        ].some(writerIn)
      )
        span = undefined;
      // Titles after a title are no surname: "Frau Frau …", "Mr Mr".
      if (span?.tokens.every((t) => TITLES().has(t.toLowerCase()) || lexicon().set('titles').has(fold(t))))
        span = undefined;
      // A German role after "Frau" or "Herr" that is no known name: "Sehr geehrte Frau Lehrerin", "Herr Direktor".
      if (
        span &&
        span.tokens.length === 1 &&
        /^(?:frau|herr|herrn)$/i.test(m[0].trim().split(/\s+/).at(-1)!) &&
        GERMAN_ROLE.test(span.tokens[0]!) &&
        !givenName(span.tokens[0]!)
      )
        span = undefined;
      if (
        span &&
        !famous(scan, span) &&
        // A pet or a thing given a title for a name: "mon lapin s'appelle Monsieur Carotte", "mon doudou Monsieur Lapin".
        !(NAMING.test(scan.before(m.index, 16)) && petBefore(scan, m.index)) &&
        !thingJustBefore(scan.before(m.index, 24)) &&
        !(/^miss/i.test(m[0]) && NOT_MISS.test(scan.before(m.index, 20))) &&
        // A game that is played: "on a joué au Docteur Maboul", "wir spielen Doktor…", "jugamos al Doctor…".
        !PLAYED.test(scan.before(m.index, 24)) &&
        // A teacher of a subject, in any case: "Mon Prof De Maths Est Relou", "la prof d'Anglais".
        !TAUGHT.test(text.slice(span.start, span.end)) &&
        // A film or a book watched or read ("on regarde Madame Doubtfire"), or a character in one ("Monsieur Patate
        // dans Toy Story").
        !WATCHED.test(scan.before(m.index, 24)) &&
        !IN_A_WORK.test(scan.after(span.end, 40)) &&
        // Asked about, or a character of a famous work: "who is miss havisham", "mrs weasley is the best mum in
        // harry potter".
        !ROLE.test(scan.before(m.index, 40)) &&
        // …in the other languages too: "quien es el profesor Jirafales?", "qui est madame Bovary".
        !ROLE_OTHER.test(scan.before(m.index, 40)) &&
        !inWorkBefore(scan, m.index) &&
        !(
          inFamousWork(scan.after(span.end, 50)) &&
          !FIRST_PERSON.test(
            scan
              .before(m.index, 30)
              .split(/[.!?\n]/)
              .pop()!,
          )
        ) &&
        // The same in German order, the verb after the title: "wir haben Frau Müller muss weg geguckt".
        !packCues.watchedAfter?.(scan.before(m.index, 20), scan.after(span.end, 40)) &&
        // A title opening a sentence about a book or a tale is the work's: "Madame Bovary on doit le lire".
        !(
          WORK_TALK().test(scan.after(span.end, 40)) &&
          !/\S/.test(scan.before(m.index, 40).replace(/[\p{P}\p{S}\x80-\x9f]/gu, '')) &&
          !scan
            .after(span.end, 40)
            .split(/[^\p{L}\p{M}]+/u)
            .some((w) => w !== '' && isRelation(w))
        )
      )
        // A role before the title stays: "ma prof Madame Durand", "my coach mrs patterson".
        take(scan, {
          start: ROLE_TITLE.test(m[0]) ? m.index + m[0].search(/\s\S/) + 1 : m.index,
          end: span.end,
          tokens: span.tokens,
        });
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
      if (span && !isRelation(span.tokens[0]!) && !famous(scan, span)) take(scan, span);
    }
  }
  for (const m of scan.all(CAPITALISED)) {
    const span = readName(text, m.index, false);
    // Titles and roles alone are no one's name: "Frau Doktor hat mir…", "Herr Direktor".
    // A greeting before titles alone is a form of address: "Dear Sir or Madam", "Chère Madame".
    if (
      span &&
      span.tokens.length >= 2 &&
      !span.tokens.every((t, i) => titleOrRole(t) || ADDRESS_FORM.test(t) || (i === 0 && GREETING.test(t))) &&
      aroundTheChild(scan, span)
    )
      take(scan, span);
  }
  if (scan.has(PERSON_NOUN_WORDS)) {
    // "this girl tallulah keeps being mean": a name in lower case after "this girl", read as after a relation.
    for (const m of scan.all(PERSON_NOUN)) {
      const at = m.index + m[0].length;
      let span = lowerAfterRelation(text, at, false, 'friend', true);
      if (!span) {
        const one = readName(text, at, true, 1);
        const word = one?.tokens[0];
        if (one && word && nameAfterRelation(word, '') && FROM_MY_CLASS.test(text.slice(one.end, one.end + 16)))
          span = one;
      }
      if (span && span.tokens.length === 1 && !famous(scan, span)) take(scan, span);
    }
  }
  if (DID_TO_ME_HINT.test(text)) {
    // "omg sienna just texted me": a word in lower case that is no everyday word, then what they did to the writer.
    for (const m of scan.all(DID_TO_ME)) {
      const word = m[1]!;
      const span = readName(text, m.index + m[0].indexOf(word), true, 1);
      if (
        span &&
        span.tokens[0] === word &&
        word.length >= 3 &&
        !MOOD.test(word) &&
        !stopWord(word) &&
        !isRelation(word) &&
        !isPlatform(word) &&
        !petWord(word) &&
        !NOT_AFTER_RELATION.test(word) &&
        !/^(?:some|any|every|no)(?:one|body)$/i.test(word) &&
        // A name has no article: "the ball hit me", "that guy pushed me".
        !DETERMINER_BEFORE.test(scan.before(m.index, 12)) &&
        !famous(scan, span)
      )
        take(scan, span);
    }
  }
  packCues.didToMe?.(scan);
  if (scan.out.some((c) => c.type === 'name')) {
    // The other name the writer goes by, after their name: "my full name is … but ppl say seun", "… mais on dit loulou".
    for (const m of scan.all(ALSO_CALLED)) {
      const one = readName(text, m.index + m[0].length, true, 1);
      const word = one?.tokens[0];
      if (one && word && !MOOD.test(word) && NICK_END.test(text.slice(one.end, one.end + 14)) && !famous(scan, one))
        take(scan, one);
    }
  }
  namesAnywhere?.(scan);
  // One more name joined to a name: "with kayden and rio", "with emma and bex to the park".
  const named = scan.out.filter((c) => c.type === 'name');
  for (const c of named.length > 0 && named.length <= 64 ? named : []) {
    const next = JOINED_NAME.exec(text.slice(c.end, c.end + 40));
    if (!next) continue;
    const word = next[1]!;
    const start = c.end + next[0].length - word.length - next[2]!.length;
    const span: Span = { start, end: start + word.length, tokens: [word] };
    if (nameAfterRelation(word, text.slice(span.end, span.end + 20)) && !famous(scan, span)) take(scan, span);
  }
  sameNameElsewhere(scan);
}

/** After a name, "and" and one word in lower case that ends the clause, or goes on to a place or with "both". */
const JOINED_NAME =
  /^[ \t]*(?:and|&|n|y|et|und)[ \t]+([\p{Ll}][\p{L}\p{M}'’-]{2,20})((?=[ \t]*(?:[,.!?;)\n]|$))|[ \t]+(?=(?:to[ \t]+(?:the|my|his|her|their)|both)(?![\p{L}])))/u;

/** "this girl", "a boy", "some kid" before a name in lower case. */
const PERSON_NOUN =
  /(?<![\p{L}])(?:this|that|a|some|one|the)[ \t]+(?:(?:new|other|older|little|quiet|tall|popular|mean|weird)[ \t]+)?(?:girl|boy|kid|guy|lad|dude)[ \t]+(?=[\p{Ll}])/giu;
/** Where someone is from in the child's world: "this kid ravi in my class", "a girl tia from year 8". */
const FROM_MY_CLASS = /^[ \t]+(?:in|from|at)[ \t]+(?:my|our|year|grade|class|form)(?![\p{L}])/iu;
const PERSON_NOUN_WORDS = cue('girl boy kid guy lad dude');
/** Someone who did something to the writer, named in lower case: "sienna just texted me", "kian blocked me". */
const DID = `(?:texted|messaged|dmed|dm['’]d|facetimed|snapped|blocked|unfriended|unfollowed|unadded|invited|ignored|ghosted|pushed|hit|kicked|punched|tripped|shoved)[ \\t]+(?:me|us)(?![\\p{L}])`;
const DID_TO_ME = new RegExp(
  `(?<![\\p{L}'’-])(\\p{Ll}[\\p{Ll}\\p{M}'’-]{2,15})[ \\t]+(?:(?:just|literally|also|finally|then|lowkey|still)[ \\t]+)?${DID}`,
  'gu',
);
/** What {@link DID_TO_ME} needs, found far faster than a word before it at every position. */
const DID_TO_ME_HINT = new RegExp(DID, 'u');
/** Someone, said without a relation: "un niño … que se llama", "this girl in my class called". */
const PERSON_WORD =
  /^(?:niño|niña|nino|nina|chico|chica|chavo|chava|morro|morra|pibe|piba|señor|señora|alguien|persona|girl|boy|kid|guy|someone|person|fille|garçon|garcon|mec|meuf|gars|quelqu['’]un|mädchen|junge|typ|jemand)$/i;
/** Friends and peers, whose nicknames children write past an article ("mi amigo el chino"), not parents. */
const PEER =
  /^(?:amigo|amiga|amigos|compa|compi|primo|prima|novio|novia|vecino|vecina|compañero|compañera|bro|carnal|pana|parce)$/i;
/** After a greeting and a name in lower case: the clause ends, or a conjunction, or where they are found ("de roblox"). */
const START_AFTER =
  /^[ \t]*(?:[,.!?;)\n]|$|(?:y|and|et|und|pero|but|mais|aber|lol|jaja[\p{L}]*|xd|mdr)(?![\p{L}])|(?:de|from|du|von|en|on|sur|auf)[ \t]+(?:roblox|fortnite|minecraft|discord|insta|instagram|tiktok|snap|snapchat|free fire|brawl stars|clash|twitch|youtube|whatsapp)(?![\p{L}]))/iu;
const DETERMINER_BEFORE =
  /(?<![\p{L}])(?:the|a|an|that|this|these|those|some|my|your|ur|his|her|our|their|its|one|every|no|any)[ \t]+$/iu;
/** What people call the writer, after a name already given: "but ppl say", "mais on dit", "aber alle sagen". */
const ALSO_CALLED =
  /(?<![\p{L}])(?:but|mais|aber|pero)[ \t]+(?:ppl|people|everyone|everybody|they|my friends|on|tout le monde|les gens|mes potes|alle|freunde|meine freunde|todos|mis amigos|la gente)[ \t]+(?:(?:just|juste|nur|solo)[ \t]+)?(?:say|says|call me|calls me|dit|disent|m['’]appellent|m['’]appelle|sagen|nennen mich|dicen|me dicen|me llaman)[ \t]+/giu;
