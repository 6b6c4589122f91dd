import type { ScreenCategory } from '../../policy/types.js';
import type { ScreenModel } from './model.js';

/**
 * One screening rule of a language pack: the concepts that must occur
 * together, within `window` words of each other in one sentence, in any order
 * unless `ordered`.
 *
 * @example
 * { id: 'want-die', category: 'self-harm', all: 'WANT DIE', not: 'NEG LAUGH' }
 */
export interface PackRule {
  /** Unique in its pack; results name a rule as `<locale>.<id>`. */
  id: string;
  category: ScreenCategory;
  /** Concept names, space-separated: every one must occur. */
  all: string;
  /** Greatest distance, in words, from the first concept found to each of the others. @default 6 */
  window?: number;
  /** The concepts must occur in the order listed. @default false */
  ordered?: boolean;
  /**
   * Concepts that cancel the rule when one occurs in the same sentence, within `window` of the match ("de rire").
   * A name ending in `-` cancels it only just before a matched word (at most two words before): a guard for who
   * does it ("il me fait du mal", "mama bringt mich um", not "je me fais du mal depuis qu'il est parti"). A name
   * ending in `+` cancels it only just after one: a word that makes the match an idiom ("me toca hacer la
   * tarea", not "mi tío me toca cuando voy a hacer la tarea").
   */
  not?: string;
  /** Concepts that cancel the rule anywhere in the message. Never use joke markers here for explicit intent. */
  unless?: string;
  /**
   * 2 (the default) decides the category alone. 1 is a weak signal: the
   * category is found when signals of different names add up to 2 across the
   * message and the child's earlier messages, with at least one in the new message.
   */
  weight?: 1 | 2;
  /** A weak signal's name; signals of one name count once, whichever pack reads them and in any case. @default the rule's id */
  signal?: string;
  /** The concepts may come from different sentences of the message. @default false */
  message?: boolean;
  /**
   * With `ordered`: the last concept listed must be the word that ends the
   * clause the others are in, however far after them (up to 20 words), where
   * punctuation, an emoji or the end of the message follows it, or one of
   * the pack's `joins` (a conjunction: "weil", "dass"). For a separable
   * verb's particle, which German puts at the clause's end ("ich bring mich
   * nach der letzten Stunde einfach um"), without reading a preposition in
   * mid-clause ("um 8") as the particle. The window still holds the other
   * concepts and the guards. @default false
   */
  ends?: boolean;
}

/** Personal-data cue words of a language, each a space-separated list (lower case, accents allowed). */
export interface PackPII {
  /** Phrases that introduce the writer's name, `|`-separated ("je m'appelle|moi c'est"). */
  intros?: string;
  /** Words for relatives and people around the child ("mamie tonton prof"). */
  relations?: string;
  /** Titles before a surname ("monsieur madame mme"). */
  titles?: string;
  /** Kinds of school ("école collège lycée"). */
  schools?: string;
  /** Street words ("rue avenue boulevard"). */
  streets?: string;
  /** Words that tell a date is a birth date ("né née anniversaire"). */
  births?: string;
  /** Month names, January first. */
  months?: string;
  /**
   * The signs of the zodiac and the words for them, `|`-separated ("bélier|taureau|signe astro"): a date asked
   * about as a sign, two of them in the message, is the writer's birthday ("14.3.2013, Fische oder Widder?").
   */
  signs?: string;
  /**
   * The days of a month in words, the first first, as said before a month's name ("deux mars", "am sechsten
   * März"): a German ordinal's stem, its endings read after it ("sechst" for "sechste", "sechsten").
   */
  days?: string;
  /** Phrases that say where the writer lives, `|`-separated ("j'habite|je vis"). */
  lives?: string;
  /**
   * How the scrubber reads these lists: a list holding `|` is split there,
   * any other at spaces. Schools and streets are written before the name
   * ("rue", "collège"); `-straße` or `-gymnasium` is the end of a word
   * ("Lindenstraße", "Goethe-Gymnasium"), `+straße` a word after the name
   * ("Mariahilfer Straße"), `=hausnummer` a word between a street and its
   * number ("Kastanienweg Hausnr. 21"); an entry in capitals is matched as written
   * ("BRG"). Months may join other spellings of a month with `/`
   * ("février/fevrier/févr"). In templates, `*` stands for a name or a
   * place, `#` for an age (one or two digits), `@` for a platform, `~` for
   * one optional word.
   *
   * Common given names, lower case: taken in lower case after weaker cues ("mein bruder jonas"). */
  names?: string;
  /**
   * Given names that are also everyday words, places, months or brands in the language ("rose pierre
   * august paris"): taken only with a word for someone the child knows before or after them.
   */
  ambiguous?: string;
  /**
   * Words right before someone the child knows, with no relation word: verbs of talking and meeting,
   * and prepositions of company (`|`-separated: "texted|told|avec|con|mit"). A common given name after
   * one is taken in lower case too.
   */
  people?: string;
  /** Everyday words, lower case, that are never a name, a handle or part of a street name ("est mais pas"). */
  stop?: string;
  /** Words for the writer, and their own possessives ("je moi mon ma mes"): a message about the child, not about someone famous. */
  me?: string;
  /** Possessives and articles that stand before a relation word ("mon ma ta sa notre la le"). */
  possessives?: string;
  /** Phrases after which a name follows, said of anyone ("s'appelle|heißt"); templates with `*` allowed ("ich * heiße"). */
  called?: string;
  /** Phrases after which a capitalised word or a known given name is the writer's ("je suis|chu"). */
  weak?: string;
  /** Words that join a list of names ("et"). */
  and?: string;
  /** Words before people the child is with ("avec"): a list of names after them counts when one is a known given name. */
  with?: string;
  /** Small words inside street and school names and between a relation and a name ("de du des la"). */
  particles?: string;
  /** Verbs that link a cue to what it names ("est|c'est|c"). */
  is?: string;
  /** Phrases that end a message before the writer's name ("bisous|bonne nuit"). */
  signoffs?: string;
  /** Templates that give a username, `@` for a platform ("mon pseudo sur @|ajoute-moi sur @"). */
  handles?: string;
  /** Templates that say the writer turns an age, `#` for it ("je fête mes # ans"): a date nearby is a birthday. */
  ages?: string;
  /** Phrases that say a birthday is shared with the writer ("comme moi"). */
  same?: string;
  /** Phrases telling of someone else's birth or home, for famous people ("est né|wurde"). */
  theirs?: string;
  /** Verbs telling where a building stands ("se trouve|liegt"): a named place before them, no one's home, gives its address. */
  sited?: string;
  /** Public places and shops, said before such a verb with an article ("la médiathèque est au…"): no one's home. */
  buildings?: string;
  /** Phrases naming an identity number ("numéro de sécu|personalausweis"). */
  ids?: string;
  /** Words that say a phone number is near ("portable natel"). */
  phones?: string;
  /** Phrases naming a postal code ("code postal"). */
  postcodes?: string;
  /** Templates for a street corner, two `*` ("au coin de * et *"). */
  corners?: string;
  /** Words that name a work (song, film, book): a number in its title is no phone. */
  works?: string;
  /** Words telling that a quotation is a song's, a lesson's, a work's or a saying's ("chanson|dictée|Lektion"): a name inside it is no one's. */
  quotes?: string;
  /** Requests for a made-up story ("écris une histoire|erfinde eine Geschichte"): a name given in the same sentence is a character's. */
  invents?: string;
  /** Words for a page of one's own ("site chaîne"): a link after "my" and one of them is the child's. */
  sites?: string;
  /** Phrases that say the writer made or runs a page ("j'ai créé|ich hab ne"): with a word of `sites`, a link after them is the child's. */
  made?: string;
  /** Phrases that introduce the writer only at the start of a message or after a greeting ("c'est|allo c'est"). */
  starts?: string;
  /** Words before a family's surname, at a door or a home ("sonne chez|bei familie"). */
  households?: string;
  /** Verbs of turning an age, said before a date and the age after it ("wird|werde|cumple"). */
  turns?: string;
  /** Phrases telling that a named subject has their birthday ("cumple años|hat am"): someone famous's stays. */
  celebrates?: string;
  /** Words for a payment card ("carte bleue|kreditkarte"): 13 to 19 digits in groups after one are a card. */
  cards?: string;
  /** Words for a home ("maison appartement"): a home described beside a landmark is an address. */
  homes?: string;
  /** Phrases placing a home beside a landmark ("à côté de|en face de"). */
  near?: string;
  /** Words for pets ("chien chat hamster"): a name given to one is no person's. */
  pets?: string;
  /** Things that are given names, a town, a game, a subject, an avatar ("ville jeu matière"): a name given to one is no person's. */
  things?: string;
  /**
   * After a relation of this language and one word in lower case, what shows that the word is a name: a
   * regular expression (source) tested on what follows it, a verb and its object ("mi abuela conchi hace
   * unas…": `^[ \t]+\p{Ll}{2,}(?:a|e|ó)[ \t]+(?:un|una|…)`).
   */
  verbAfter?: string;
  /** Endings of a word after a relation that is then no name, as a regular expression (source): a verb's ("trinkt"). */
  verbShape?: string;
  /** Endings of a describing word or an adverb after a relation (source), no name unless a known given name ("früher"). */
  describing?: string;
  /**
   * Addresses written in a shape of this language's countries, found without any cue word, as regular
   * expressions (sources, one a line, with a `-` in them): "cll 80 #24-15".
   */
  addresses?: string;
  /**
   * A fallback, for what the words around cannot tell: very famous people and
   * characters, lower case, a given name and a surname joined by `_`
   * ("peppa_pig tintin"). Their names, birthdays and addresses stay.
   */
  famous?: string;
  /**
   * Works that classes read or that every child knows, lower case, `|` between them ("emil und die detektive|die
   * welle"): in a message that names one, a name in a sentence with no word for the writer is a character's.
   */
  classics?: string;
}

/**
 * A language pack: the data that lets the engine read one language. A pack
 * is plain data; {@link compilePack} turns it into matchers on first use.
 *
 * Concept entries are separated by commas. An entry is a word, read with the
 * pack's light stemming and, from `fuzzyMin` letters, one typing slip; a
 * phrase of several words; `=word`, read exactly as written; or `word*`,
 * any word starting so.
 */
export interface LanguagePack {
  /** BCP 47 primary language subtag: `en`, `es`, `fr`, `de`. */
  locale: string;
  /** Frequent words of the language, space-separated: they tell which languages a message is written in. */
  common: string;
  /** Endings the light stemmer takes off, space-separated; the longest that leaves `minStem` letters goes. */
  suffixes: string;
  /** @default 3 */
  minStem?: number;
  /** Shortest stem read with one typing slip (a letter missing, added, changed or two swapped). @default 6 */
  fuzzyMin?: number;
  /**
   * Stems of the words of the language one typing slip from a concept's word
   * that are ordinary words in their own right ("prison" is no "poison",
   * "across" no "macros"), space-separated: a word with one of these stems is
   * never read as a slip. Generated from a dictionary by `pnpm gen:not-slips`
   * (scripts/not-slips.ts).
   */
  notSlips?: string;
  /** Named word lists; rules refer to them by name. */
  concepts: Record<string, string>;
  rules: PackRule[];
  /** The language's own rude and sexual words (comma-separated entries, as concepts) and look-alikes that are ordinary in it. */
  profanity?: { rude?: string; sexual?: string; innocent?: string };
  pii?: PackPII;
  /**
   * Concepts that set a frame for the conversation, space-separated: a game,
   * a story, a film, school work ("in minecraft", "for history class"). Found
   * in the child's last earlier messages, such a concept lowers every rule
   * that names it in `not`, wherever the rule matches in the new message: a
   * strong rule counts as a weak signal, a weak signal not at all. The new
   * message's `REAL` concept (a real-world cue: "irl", "for real", "not for
   * school") keeps the frame out. In the new message itself, a frame guards
   * only as any `not` concept does, beside the match.
   */
  frames?: string;
  /**
   * Concepts that make a match a question about a word or about other people,
   * space-separated ("what does … mean", "que veut dire", "was bedeutet"). A
   * rule names them in `not`, as any guard; the message's `OWN` concept (the
   * writer saying the thing asked about is theirs: "i think i do it", "je
   * crois que je le fais", "mach ich auch", "creo que lo hago") keeps them
   * from guarding, so "what does self harm mean, i think i do it" is heard
   * as what it is.
   */
  questions?: string;
  /**
   * The letters with a diacritic the language writes (`'áéíóúñü'`; `''` for
   * none). A word written with another one belongs to another language
   * (French "abusé" is no English "abuse"): this pack reads it only when the
   * message is mainly in its language, where an accent is a disguise
   * ("suïcide"). Unset: the pack reads every word.
   */
  letters?: string;
  /**
   * Other spellings of the language's letters, space-separated `from>to`
   * pairs (German `'ae>a oe>o ue>u'`: umlauts typed as two letters once the
   * normaliser has dropped the dots). A word holding one is also read with
   * it replaced, beside the word as written: "drueber", "schlaegt",
   * "gewuergt" are read as "druber", "schlagt", "gewurgt" (by stem, prefix
   * and phrase; an exact `=word` entry is that spelling alone). A pair is
   * left alone after a vowel or "q" ("feuer", "bauer", "quer").
   */
  respell?: string;
  /**
   * Conjunctions that open a clause, space-separated (German `'und weil
   * dass wenn'`): a word before one ends its clause, for the rules that want
   * a separable verb's particle there (`PackRule.ends`).
   */
  joins?: string;
  /** The language's learned model (see model.ts), loaded with the pack. */
  model?: ScreenModel;
}

/** A pack's example: what a message (after `history`) must be found to hold. */
export interface PackExample {
  text: string;
  /** Categories the message must be found to hold; `[]` for a message that must pass. */
  expect: ScreenCategory[];
  history?: string[];
}
