/**
 * Common given names with no cue word, as children write about the people in their day ("Paula hat mir
 * erzählt…", "texted priyanka", "con la Javi", "Riley, Mason and Ava"). This reader loads with the
 * language packs (`loadLanguages`), as do the longer lists of given names it reads, so that the engine
 * loaded before the first message stays small.
 */
import type { Kit } from './pii-kit.js';
import type { Span } from './pii-names.js';
import type { Lexicon, Scan } from './pii-shared.js';

// The engine's parts this reader uses, handed over by `install` (see pii-kit.ts).
let commonWords: Kit['commonWords'];
let givenNames: Kit['givenNames'];
let notNameWords: Kit['notNameWords'];
let famousMention: Kit['famousMention'];
let givenName: Kit['givenName'];
let FIRST_PERSON: Kit['FIRST_PERSON'];
let famous: Kit['famous'];
let germanVerb: Kit['germanVerb'];
let verbOfPair: Kit['verbOfPair'];
let isRelation: Kit['isRelation'];
let lowerFull: Kit['lowerFull'];
let PERSONAL: Kit['PERSONAL'];
let readName: Kit['readName'];
let readNamesAnywhere: Kit['readNamesAnywhere'];
let stopWord: Kit['stopWord'];
let AUX_TO_ME: Kit['AUX_TO_ME'];
let TO_ME: Kit['TO_ME'];
let take: Kit['take'];
let upper: Kit['upper'];
let verbAfterName: Kit['verbAfterName'];
let WORK_TALK: Kit['WORK_TALK'];
let writerSpeaks: Kit['writerSpeaks'];
let aboutTheWriter: Kit['aboutTheWriter'];
let inWorkBefore: Kit['inWorkBefore'];
let NOT_ATTENDED: Kit['NOT_ATTENDED'];
let alternation: Kit['alternation'];
let fold: Kit['fold'];
let isMonth: Kit['isMonth'];
let fromPacks: Kit['fromPacks'];
let lexicon: Kit['lexicon'];
let WordTable: Kit['WordTable'];
let petWord: Kit['petWord'];
let packCues: Kit['packCues'];
/** Whether a message asks who is more, has a possessive of the writer's, or talks of someone's videos: read once a message. */
let asksWhoMore: (text: string) => boolean;
let mineIn: (text: string) => boolean;
let aboutContent: (text: string) => boolean;

// The readers of cues only other languages' packs bring load in the same chunk (one request with a pack).
export { install as installCues } from './pii-pack-cues.js';

/** A value built from the packs' cues ({@link Kit.fromPacks}), once the engine's parts have been handed over. */
function packed<T>(build: (lx: Lexicon) => T): () => T {
  let get: (() => T) | undefined;
  return () => {
    get ??= fromPacks(build);
    return get();
  };
}

/** Makes `scrubPII` read given names without cue words. */
export function install(engine: Kit): void {
  ({
    commonWords,
    givenNames,
    notNameWords,
    famousMention,
    givenName,
    FIRST_PERSON,
    famous,
    germanVerb,
    verbOfPair,
    isRelation,
    lowerFull,
    PERSONAL,
    readName,
    readNamesAnywhere,
    stopWord,
    AUX_TO_ME,
    TO_ME,
    take,
    upper,
    verbAfterName,
    WORK_TALK,
    writerSpeaks,
    aboutTheWriter,
    inWorkBefore,
    NOT_ATTENDED,
    alternation,
    fold,
    isMonth,
    fromPacks,
    lexicon,
    WordTable,
    petWord,
    packCues,
  } = engine);
  asksWhoMore = engine.perMessage((text) => WHO_MORE.test(text));
  mineIn = engine.perMessage((text) => MY_OWN.test(text));
  aboutContent = engine.perMessage((text) => THEIR_CONTENT.test(text));
  readNamesAnywhere(givenNamesAnywhere, signedName);
}

/**
 * A family by its surname, where they live beside the writer or where the writer goes: "the okonkwos next door",
 * "babysitting for the Hendersons", "staying with the Patels".
 */
const FAMILY = [
  /(?<![\p{L}])the[ \t]+([\p{L}][\p{L}'’-]{1,20}s)(?=[ \t]+(?:next door|across the (?:road|street|way|hall)|over the road|down the (?:road|street|lane)|upstairs|downstairs|round the corner|[\p{L}]+ doors? down|at number|from number)(?![\p{L}]))/giu,
  /(?<![\p{L}])(?:babysit|babysitting|babysat|sitting|staying|stay|stayed|sleeping|round|over|dinner)[ \t]+(?:for|with|at|to)[ \t]+the[ \t]+([\p{L}][\p{L}'’-]{1,20}s)(?![\p{L}'’-])/giu,
  /(?<![\p{L}])(?:family|neighbou?rs)[ \t]+(?:called|named)[ \t]+the[ \t]+([\p{L}][\p{L}'’-]{1,20}s)(?![\p{L}'’-])/giu,
];
/** People and things said to be next door or upstairs, which are no family's name. */
const NOT_FAMILY =
  /^(?:boys|girls|kids|children|students|neighbou?rs|twins|people|guys|lads|ladies|men|women|teens|teenagers|families|builders|workers|parents|owners|tenants|others|ones|babies|lights|noises|parties|cars|houses|flats|gardens|walls|windows|doors|stairs|bins|trees|police|cops|sounds|smells|fireworks|works|roadworks|shops|games|classes|lessons|rules|results|answers|students|pupils|teachers|players|fans|others|olds)$/i;
/** A word's possessive before a party, a sleepover or a home: "jordan's sleepover", "at ellie's house". */
const OWN_EVENT =
  /(?<![\p{L}\p{N}@#_./])([\p{L}][\p{L}\p{M}-]{1,20})['’]s[ \t]+(?:birthday|bday|party|sleepover|house|place|flat|mum|mom|dad|brother|sister)(?![\p{L}])/giu;
/**
 * An initial and a surname with a capital: "J. Patel got the top mark". Not a second initial ("J. K. Rowling"),
 * nor a point of the compass ("N. Ireland").
 */
const INITIAL_SURNAME =
  /(?<![\p{L}\p{N}.'’])[A-DF-MO-RT-VX-Z]\.[ \t]?([\p{Lu}][\p{Ll}]{2,}(?:[-'’][\p{Lu}][\p{Ll}]+)?)(?![\p{L}\p{N}.])/gu;
/** Before a letter that is no initial: another initial ("J. K. Rowling"), a mark, a part or a type ("I got a B. Maths…", "Part A. Describe…"). */
const NOT_INITIAL_BEFORE =
  /(?:[\p{Lu}]\.[ \t]*|(?<![\p{L}])(?:a|an|the|grade|got|get|part|section|question|option|plan|vitamin|type|group|level|set|block|room|unit|size|letter|answer|or)[ \t]+)$/iu;
/** Options of a question, which look like initials: "A. Paris B. London". */
const OPTION = /(?<![\p{L}])[A-Ea-e][.)][ \t]+\S/gu;
/** Two options or more in the message. */
const options = (text: string) => (text.match(OPTION)?.length ?? 0) >= 2;

/** Words that the English readers of names, schools and addresses need, as bits: one pass over a message finds them. */
const FAMILY_WORD = 1;
const CHURCH = 2;
const FLAT = 4;
const GRADE_WORD = 8;
const MOVED = 16;
let hintTable: InstanceType<Kit['WordTable']> | undefined;
function HINTS(): InstanceType<Kit['WordTable']> {
  if (!hintTable) {
    const table = new WordTable();
    const put = (list: string, bit: number) => {
      for (const w of list.split(' ')) table.add(w, bit);
    };
    put(
      'door doors upstairs downstairs across over down corner number babysit babysitting babysat sitting stay staying stayed sleeping round dinner family neighbours neighbors',
      FAMILY_WORD,
    );
    put('lady holy sacred bishop cardinal notre', CHURCH);
    put('flat apt apartment caravan unit', FLAT);
    put('year yr grade freshman sophomore junior senior st nd rd th', GRADE_WORD);
    put('moved live lives living', MOVED);
    hintTable = table;
  }
  return hintTable;
}

/** Street words that take "the" for their name after a house number: "12 the green", "4 the maltings", "3 the old forge". */
const THE_STREET =
  /(?<![\p{L}\p{N}])\d{1,4}[a-z]?[ \t]+the[ \t]+(?:old[ \t]+)?(?:green|crescent|avenue|close|grove|drive|parade|square|mews|gardens|meadows|rise|terrace|paddock|orchard|maltings|croft|limes|laurels|cedars|willows|forge|mill|stables|granary|barns|oaks|beeches|pines|spinney|copse|hollow|dell|chase|sidings|wharf|quay)(?![\p{L}])/giu;
/** Someone at a house number, or an address given: "we're at 14b the crescent", "our address is 4 the maltings". */
const AT_NUMBER =
  /(?:(?:we['’]?re|we are|i['’]?m|i am|she['’]?s|he['’]?s|they['’]?re|they are|lives?|living|stays?|staying)[ \t]+at|moved[ \t]+to|(?:house|home|flat|address)[ \t]+is)[ \t]*$/iu;
/** Where the writer, or someone they know, lives. */
const LIVES =
  /(?<![\p{L}])(?:(?:we|i|he|she|they|who)[ \t]+(?:live|lives|stay|stays)|(?:my|our|his|her)[ \t]+(?:house|home|flat|apartment)|(?:we['’]?re|we are|they['’]?re|they are)[ \t]+the[ \t]+(?:[\p{L}]+[ \t]+){0,2}(?:house|flat|bungalow|cottage))(?![\p{L}])/iu;
/** A flat's or a caravan's number alone, not a time or a distance: "flat 42" (not "a flat 2 minutes away"). */
const FLAT_ALONE =
  /(?<![\p{L}])(?:flat|apt|apartment|caravan|unit)\.?[ \t]*(?:no\.?|number|#)?[ \t]*\d{1,4}[a-z]?(?![\p{L}\p{N}]|[ \t]*(?:min|minute|hour|hr|mile|km|metre|meter|m|sec|day|week|month|year|floor|time|stop)s?(?![\p{L}]))/giu;
/** A corner of two streets in lower case, each with a street word: "the corner of york road and station street". */
const CORNER_LOWER =
  /(?<![\p{L}])corner of[ \t]+(?:[\p{L}]+[ \t]+){1,2}(?:road|rd|street|st|avenue|ave|lane|drive|close|way|crescent|grove)[ \t]+and[ \t]+(?:[\p{L}]+[ \t]+){1,2}(?:road|rd|street|st|avenue|ave|lane|drive|close|way|crescent|grove)(?![\p{L}])/giu;

/** A house number and one word after a move or a home, ending the clause: "we moved to 22 acacia", "…9 kestrel last month". */
const HOUSE_AND_WORD =
  /(?<![\p{L}])(?:moved|live|lives|living)[ \t]+(?:to|at)[ \t]+(\d{1,4}[a-z]?[ \t]+([\p{L}][\p{L}'’-]{2,20}))(?=[ \t]*(?:[,.!?;)\n]|$)|[ \t]+(?:last|this|next|in|and|so|but|now|with|since|a|an|the)(?![\p{L}]))/giu;
/** An Indian house number, and its sector or block: "h no 21, sector 14", "house no. 5, block c" ("house no 5" alone stays). */
const HOUSE_NO_SECTOR =
  /(?<![\p{L}])(?:h|house|flat|plot)\.?[ \t]?no\.?[ \t]*\d{1,4}[a-z]?[ \t]*,?[ \t]*(?:sector|block|phase)[ \t]*-?[ \t]*[\da-z]{1,3}(?![\p{L}\p{N}])/giu;
/** Things counted after "moved to", which are no street: "moved to 3 schools". */
const COUNTED_THINGS =
  /^(?:(?:school|house|home|flat|friend|team|group|year|month|week|day|hour|min|minute|time|place|page|point|text|other|different|new)s?|people|kids|classes|of|or|and)$/;
/** Addresses the engine reads once the packs load, in the ways English children give them. */
function englishAddresses(scan: Scan, hints: number): void {
  const { text } = scan;
  if (/\d/.test(text)) {
    if (hints & MOVED)
      for (const m of scan.all(HOUSE_AND_WORD)) {
        const word = m[2]!.toLowerCase();
        if (!commonWords().has(word) && !notNameWords().has(word) && !COUNTED_THINGS.test(word) && !stopWord(word)) {
          const at = m.index + m[0].length - m[1]!.length;
          scan.add('address', at, at + m[1]!.length, -1);
        }
      }
    if (/(?:sector|block|phase)/.test(scan.lower))
      for (const m of scan.all(HOUSE_NO_SECTOR)) scan.add('address', m.index, m.index + m[0].length, -1);
    if (/\d[a-z]?[ \t]+the[ \t]/.test(scan.lower))
      for (const m of scan.all(THE_STREET))
        if (AT_NUMBER.test(scan.before(m.index, 30))) scan.add('address', m.index, m.index + m[0].length, -1);
    // "we live in the tower block by the big tesco, flat 42".
    if (hints & FLAT)
      for (const m of scan.all(FLAT_ALONE))
        if (LIVES.test(`${scan.before(m.index, 60)} ${scan.after(m.index, 60)}`))
          scan.add('address', m.index, m.index + m[0].length, -1);
  } else if (scan.lower.includes('corner of') && LIVES.test(text))
    // "my house is on the corner of york road and station street".
    for (const m of scan.all(CORNER_LOWER)) scan.add('address', m.index, m.index + m[0].length);
}

/** A year of school, as the engine reads one. */
const GRADE =
  '(?:freshman|sophomore|junior|senior|(?:[Gg]rade|[Yy]ear|yr) \\d{1,2}|\\d{1,2}(?:st|nd|rd|th) grade|in \\d{1,2}(?:st|nd|rd|th)|\\d{1,2}(?:st|nd|rd|th) class)';
/** A school in lower case, then the writer's year: "im at bishop challoner, year 9", "at westfield, 8th grade". */
const AT_LOWER_GRADE = new RegExp(
  `(?<![\\p{L}])at (\\p{Ll}[\\p{Ll}'’-]+(?: \\p{Ll}[\\p{Ll}'’-]+)?),? ${GRADE}(?![\\p{L}])`,
  'gu',
);
/**
 * Initials of a high or a grammar school: in capitals ("QEGS", "KGHS"), or in lower case with no vowel before "hs"
 * ("jmhs"; not "maths").
 */
const INITIALS = /(?<![\p{L}\p{N}])(?:[A-Z]{1,4}[GH]S|[b-df-hj-mp-tv-xz]{1,3}hs)(?![\p{L}\p{N}])/gu;
/** Where the child goes or is, just before a school. */
const GOES = /(?<![\p{L}])(?:go(?:es)? to|attend(?:s|ing)?|stud(?:y|ies) at|at|from)\s*$/iu;
/**
 * A school named for Our Lady, the Holy Family, the Sacred Heart, a bishop or a cardinal, or Notre Dame: "I go to
 * Our Lady of Lourdes", "im at bishop challoner".
 */
const CHURCH_SCHOOL =
  /(?<![\p{L}])(?:our\s+lady(?:\s+(?:of|queen of|star of|of the))?\s+[\p{L}][\p{L}'’]*|(?:holy|sacred)\s+(?:family|trinity|cross|heart|name|rosary|spirit|child|ghost|innocents|redeemer)|(?:bishop|cardinal)\s+(?!(?:of|the|and|is|was)\s)[\p{L}][\p{L}'’]*|notre\s+dame)(?![\p{L}])/giu;
/** A church, a street or a day after such a name: no school. */
const NOT_SCHOOL_AFTER = /^\s*(?:day|street|st\b|road|avenue|church|cathedral|hospital|field|park)/i;

/** Schools the engine reads once the packs load, in the ways English children name them. */
function englishSchools(scan: Scan, hints: number): void {
  const { text } = scan;
  const mine = (at: number) => FIRST_PERSON.test(scan.before(at, 40));
  if (hints & GRADE_WORD && /, ?(?:year|yr|grade|\d|freshman|sophomore|junior|senior)/i.test(text))
    for (const m of scan.all(AT_LOWER_GRADE)) {
      const name = m[1]!;
      const words = name.split(' ');
      const saint = words.length === 2 && /^(?:st|saint|bishop|cardinal)$/.test(words[0]!);
      if (
        mine(m.index) &&
        (saint || words.every((w) => w.length >= 3 && !commonWords().has(w) && !NOT_ATTENDED.test(w)))
      )
        scan.add('school', m.index + 3, m.index + 3 + name.length);
    }
  // Where the child goes or is, not the health service: "my friends at QEGS", "after school at jmhs".
  if (/[A-Z][GH]S|[b-df-hj-mp-tv-xz]hs\b/.test(text))
    for (const m of scan.all(INITIALS))
      if (!/^nhs$/i.test(m[0]) && GOES.test(scan.before(m.index, 30)))
        scan.add('school', m.index, m.index + m[0].length);
  if (hints & CHURCH)
    for (const m of scan.all(CHURCH_SCHOOL)) {
      const end = m.index + m[0].length;
      // "go to" for them all; "at" for a bishop's, a cardinal's or Notre Dame ("at holy cross" may be a church).
      const lead = scan.before(m.index, 30);
      const at = /^(?:bishop|cardinal|notre)/i.test(m[0])
        ? GOES.test(lead)
        : /(?:go(?:es)? to|attend\w*)\s*$/i.test(lead);
      if (at && !NOT_SCHOOL_AFTER.test(scan.after(end, 12))) scan.add('school', m.index, end, -1);
    }
}

/**
 * English names the engine reads once the packs load: a family by its surname ("the okonkwos next door"), a known
 * given name before whose party or home it is ("jordan's sleepover"), an initial and a surname ("J. Patel").
 */
function englishNames(scan: Scan, hints: number): void {
  const { text } = scan;
  if (text.includes("'s ") || text.includes('’s ')) {
    // A known given name in any case before whose party or home it is: "i cant go to jordan's sleepover".
    for (const m of scan.all(OWN_EVENT)) {
      const word = m[1]!;
      const span: Span = { start: m.index, end: m.index + word.length, tokens: [word] };
      if (givenName(word) && !isRelation(word) && !famous(scan, span)) take(scan, span);
    }
  }
  if (hints & FAMILY_WORD && scan.lower.includes('the')) {
    for (const m of FAMILY.flatMap((re) => scan.all(re))) {
      const plural = m[1]!;
      const one = plural.replace(/(?:es|s)$/i, '');
      const start = m.index + m[0].length - plural.length;
      const span: Span = { start, end: start + plural.length, tokens: [one] };
      if (
        [plural, one, plural.slice(0, -1)].every(
          (w) => !commonWords().has(w.toLowerCase()) && !notNameWords().has(w.toLowerCase()) && !stopWord(w),
        ) &&
        !isRelation(one) &&
        !petWord(one.toLowerCase()) &&
        !NOT_FAMILY.test(plural) &&
        !famous(scan, span)
      )
        take(scan, span);
    }
  }
  if (text.includes('.') && /[\p{Lu}]\.[ \t]?[\p{Lu}]/u.test(text) && !options(text)) {
    for (const m of scan.all(INITIAL_SURNAME)) {
      const surname = m[1]!;
      const at = m.index + m[0].length - surname.length;
      const span: Span = { start: m.index, end: at + surname.length, tokens: [surname] };
      if (
        !NOT_INITIAL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
        !commonWords().has(surname.toLowerCase()) &&
        !notNameWords().has(surname.toLowerCase()) &&
        !stopWord(surname) &&
        !lexicon().set('titles').has(fold(surname)) &&
        !/^(?:mr|mrs|ms|miss|mx|dr|prof|sir)$/i.test(surname) &&
        !famous(scan, { start: at, end: span.end, tokens: [surname] })
      )
        take(scan, span);
    }
  }
}

/** Sign-offs said to anyone, with no name after them ("thanks, everyone", "bye, guys"); the packs' are among their everyday words. */
const LOOSE_SIGN = /^(?:thanks|you|thx|ty|cheers|best|bye|cya)$/i;

/**
 * One word in lower case after a sign-off that is only ever said before a name, then the end of the message:
 * "xoxo, bree", "besitos, romi", "from, kenzie", "atte: renata"; not after "thanks" or "bye", and an everyday
 * word, a relation or a title is no name.
 */
function signedName(lead: string, word: string): boolean {
  const sign = /([\p{L}]+)[^\p{L}]*$/u.exec(lead)?.[1] ?? '';
  return (
    word.length >= 3 &&
    /^[\p{Ll}]+$/u.test(word) &&
    /[\p{L}][^\p{L}]*[,:][^\p{L}]*$/u.test(lead) &&
    !LOOSE_SIGN.test(sign) &&
    !stopWord(sign) &&
    !/(?:ed|ing|ly|ful|less|ous|ive|able)$/i.test(word) &&
    !commonWords().has(word) &&
    !stopWord(word) &&
    !isRelation(word) &&
    !lexicon().set('titles').has(fold(word))
  );
}

/** The packs' words for someone the child knows, just before a name ("texted", "con", "mit der"). */
const PEOPLE = packed((lx) => {
  const people = alternation(lx.list('people'));
  return people
    ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${people})(?:[ \\t]+(?:the|la|el|le|der|die|den|dem|d|de|dr))?[ \\t]*$`, 'iu')
    : undefined;
});
/** After a name: the writer with them ("lily-mae and i", "Luna y yo", "schmitti und ich"). */
const WITH_WRITER =
  /^[ \t]*,?[ \t]*(?:and|n|&|y|e|et|und|u\.)[ \t]+(?:i|me|yo|moi|ich|mir|mich)(?![\p{L}])|^[ \t]+(?:et|y|und)[ \t]+(?:moi|yo|ich)(?![\p{L}])/iu;
/** A greeting that opens the message, before the name of whom it greets. */
const GREETING = /^[ \t]*(?:hi+|hey+|hello|hiya|heya|yo|dear|(?:good[ \t]?)?(?:night|morning)|gn|gm)[ \t]*,?[ \t]*$/iu;
/** Voice assistants and chatbots, greeted by name. */
const ASSISTANT = /^(?:alexa|siri|google|cortana|bixby|claude|gemini|chatgpt|copilot)$/i;
/** A possessive before a home, a party or a family member, or ending the clause: "aoife's tonight", "emma's house". */
const OWNED =
  /^(?:['’]?s[ \t]+(?:house|place|party|sleepover|bday|birthday|pool|room|mum|mom|dad)|['’]s(?=[ \t]*(?:[,.!?]|$|tonight|today|tomorrow|later|after)))(?![\p{L}])/iu;
/** Being at someone's, before whose home is named: "at", "to", "from". */
const AT_BEFORE = /(?<![\p{L}])(?:at|to|from)[ \t]+$/iu;
/** The end of a clause, or a time, after whose home: "at emmas tonight", "to ellas after school". */
const AT_THEIRS =
  /^(?:[ \t]*(?:[,.!?]|$)|[ \t]+(?:tonight|today|tomorrow|later|after|for|on|this|now|last|yesterday|and|but|cos|with)(?![\p{L}]))/iu;
/** A nickname after "it's", then "not", before a given name: "its bex not rebecca". */
const AGAINST = /(?<![\p{L}])it['’]?s[ \t]+([\p{L}][\p{L}\p{M}'’-]*)[ \t]*,?[ \t]+not[ \t]+$/iu;
/** Particles and the surname after them: " de la cruz", " van der berg". */
const PARTICLED = /^[ \t]+(?:(?:de|del|la|las|los|van|der|den|von|da|di|du|le)[ \t]+){1,3}[\p{L}][\p{L}\p{M}'’-]*/iu;
/** Between two names of a list: a comma or "and", perhaps an article ("la Javi y la Cata"). */
const LIST_JOIN =
  /^[ \t]*(?:,[ \t]*(?:(?:and|y|e|et|und|u\.|n|&)[ \t]+)?|[ \t]+(?:and|y|e|et|und|u\.|n|&|or|o|ou|oder)[ \t]+)(?:(?:the|la|el|le|der|die)[ \t]+)?/iu;
/** The join of a list's last item: "and", not a comma. */
const LAST_JOIN = /(?:and|y|e|et|und|u\.|n|&|or|o|ou|oder)[ \t]+(?:(?:the|la|el|le|der|die)[ \t]+)?$/iu;
/** Before a list's next name: a comma or "and" and an article, read backwards. */
const LIST_JOIN_BEFORE = /(?:,|(?<![\p{L}])(?:and|y|e|et|und|u\.|n|&))[ \t]*(?:(?:the|la|el|le|der|die|d)[ \t]+)?$/iu;
const ROMAN = /^[ \t]+(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}|XI{1,3}|XIV|XV|XVI{1,3})(?![\p{L}])/u;
/** A ruler's number after a given name: "henry viii", "louis xiv". */
const REGNAL_AFTER = /^[ \t]+(?:i{1,3}|iv|v|vi{1,3}|ix|x{1,3}|xi{1,3}|xiv|xv|xvi{1,3})(?![\p{L}])/iu;
/**
 * Liking, hearing or watching just before a name: what follows is more often a star or a show than someone the
 * child knows ("i like lana del rey", "j'écoute aya", "ich hör gerade apache").
 */
const TASTE_BEFORE =
  /(?<![\p{L}])(?:like|likes|love|loves|listen(?:ing)? to|watch(?:ing)?|stan|obsessed with|into|aime|adore|kiffe|écoute|ecoute|regarde|mag|liebe|hör|höre|hoer|hoere|schau|schaue|guck|gucke|me gusta|me encanta|escucho|veo|amo)[ \t]+$/iu;
/** Words before a name that make it a place's or a saint's ("San Lorenzo", "rue Victor Hugo", "north carolina"). */
const PLACE_BEFORE =
  /(?<![\p{L}])(?:north|south|east|west|nueva|nuevo|nouvelle|st\.?|saint|sainte|san|santa|santo|sankt|rue|calle|avenida|av\.?|avenue|allée|chemin|mount|mt\.?|lake|fort|port|cape|camp|colegio|école|ecole|lycée|collège|schule|gymnasium|instituto|liceo|hotel|hôtel|team|club|station|stade|stadium|stadion|gare|métro|metro|arrêt|haltestelle|bahnhof|musée|museum|museo|parc|park|parque|estación|estadio|piscine|gymnase|hôpital|hopital|hospital|krankenhaus|bibliothèque|médiathèque|place|plaza)[ \t]+$/iu;
const WORD_AT = /[\p{L}][\p{L}\p{M}'’-]*/uy;
/** Every loaded given name, as written and without accents, for one pass over a message. */
const NAME_TABLE = packed((lx) => {
  const table = new WordTable();
  for (const name of [...givenNames(), ...lx.list('names')]) {
    table.add(name.toLowerCase(), 1);
    table.add(fold(name), 1);
    // Whose, typed without the apostrophe: "at jakes house", "nana joans".
    if (!/s$/i.test(name)) table.add(`${fold(name)}s`, 2);
  }
  // Names that are also words ("rose", "paris", "sky"): read only when they say or do something to the writer.
  for (const name of lx.list('ambiguous')) table.add(fold(name), 4);
  return table;
});

/** Whether a given name is also an everyday word, a place, a month or a brand in a loaded language. */
function ambiguousName(word: string): boolean {
  const key = fold(word);
  return (
    lexicon().set('ambiguous').has(key) ||
    commonWords().has(key) ||
    notNameWords().has(key) ||
    lexicon().set('months').has(key) ||
    stopWord(word)
  );
}

/** A word that is a common given name, or two joined by a hyphen ("lily-mae", "Ole-Jasper"; not "beau-père", "Ellis-Ingram"). */
function givenWord(word: string): boolean {
  if (word.length < 2) return false;
  // Most words of a message are none: remembered, for the loaded packs.
  const lx = lexicon();
  if (seen.generation !== lx.generation || seen.words.size > 4096)
    seen = { generation: lx.generation, words: new Map() };
  let known = seen.words.get(word);
  if (known === undefined) {
    known = givenWordUncached(word);
    seen.words.set(word, known);
  }
  return known;
}
let seen = { generation: -1, words: new Map<string, boolean>() };

function givenWordUncached(word: string): boolean {
  if (givenName(word)) return true;
  const dash = word.indexOf('-');
  if (dash < 2 || isRelation(word)) return false;
  const second = word.slice(dash + 1);
  return givenName(word.slice(0, dash)) && givenName(second);
}

/** What a group does, right after the last name of a list: "are going", "vamos", "sont", "gehen". */
const GROUP_VERB =
  /^[ \t]+(?:are|were|r|went|go|all|vamos|fuimos|estamos|somos|vont|sont|allons|sommes|avons|gehen|sind|waren|fahren|haben|wollen|treffen)(?![\p{L}])/iu;

/** Spanish object pronouns in a row, before a verb: "me lo", "se la", "nos los". */
const CLITICS_BEFORE = /(?<![\p{L}])(?:me|te|se|nos|os)[ \t]+(?:lo|la|los|las|le|les)[ \t]+$/iu;

/** A word the writer uses for themself, standing alone in a list ("yo, guada, juli"). */
const WRITER_ITEM = /^(?:i|me|yo|moi|ich|mir)$/i;

/**
 * Common given names with no cue word, as children write about the people in
 * their day: "Paula hat mir erzählt…", "texted priyanka", "con la Javi",
 * "Riley, Mason and Ava". A capitalised name is taken unless it is also an
 * everyday word, a place or a month (Rose, Paris, August), or the sentence
 * is about a famous person, a work or a place; such a name, and any name in
 * lower case, needs a word for someone the child knows before it (a verb of
 * talking or meeting, "with"), the writer beside it ("Luna y yo"), or
 * another name in the same list. A capitalised surname after it is taken
 * too, and the list it opens.
 */
function givenNamesAnywhere(scan: Scan): void {
  // The words the English readers below look for, found in one pass.
  let hints = 0;
  HINTS().scan(scan.lower, false, (_, bits) => {
    hints |= bits;
  });
  englishNames(scan, hints);
  englishSchools(scan, hints);
  englishAddresses(scan, hints);
  const { text } = scan;
  const people = PEOPLE();
  // Without the writer in the message, only after a verb of talking or meeting ("texted priyanka").
  // (Read once, and only when a message has a given name.)
  let me: boolean | undefined;
  const taken: Span[] = [];
  // Where a given name starts, found in one pass over the text by the table of names.
  const starts: number[] = [];
  NAME_TABLE().scan(scan.lower, false, (_, __, at) => {
    const prev = text[at - 1] ?? ' ';
    // At a word's start, after a quote, or after a French elision ("d'Ewen"); not inside "lily-mae" or a handle.
    if (/[\p{L}\p{N}-]/u.test(prev)) return;
    if ((prev === "'" || prev === '’') && /[\p{L}]/u.test(text[at - 2] ?? '') && !/^[dl]$/i.test(text[at - 2]!)) return;
    starts.push(at);
  });
  // The end of the last span read as someone public: a name inside it is theirs too ("jules césar").
  let publicEnd = -1;
  for (const start of starts) {
    if (start < publicEnd) continue;
    WORD_AT.lastIndex = start;
    const m = WORD_AT.exec(text);
    if (!m) continue;
    let word = m[0];
    if (word.length < 2) continue;
    // "Maya's" is Maya; a hyphen or an apostrophe at the end goes.
    const last = word.charCodeAt(word.length - 1);
    if (last === 39 || last === 0x2019 || last === 45 || last === 115 || last === 83)
      word = word.replace(/['’][sS]$/, '').replace(/['’-]+$/, '');
    // Whose, typed without the apostrophe: a home or a party after it, a relation before ("nana joans"), or
    // being at theirs ("sleepover at emmas tonight").
    let whose = false;
    // (Not an everyday word of a pack's: "ma mère dans le bus" is no "Dan's".)
    if (
      word.length > 3 &&
      (last === 115 || last === 83) &&
      !givenWord(word) &&
      givenWord(word.slice(0, -1)) &&
      !lexicon().set('stop').has(fold(word)) &&
      !commonWords().has(word.toLowerCase())
    ) {
      const rest = text.slice(start + word.length, start + word.length + 24);
      const lead = text.slice(Math.max(0, start - 30), start);
      whose = OWNED.test(`s${rest}`) || relationBefore(lead) || (AT_BEFORE.test(lead) && AT_THEIRS.test(rest));
      if (whose) word = word.slice(0, -1);
    }
    // A name that is also a word and in no list of given names ("rose", "sky"): only as the one who said or did
    // something to the writer (`agent` below).
    const given = givenWord(word);
    const wordOnly = !given && word.length >= 3 && lexicon().set('ambiguous').has(fold(word));
    if (word.length < 2 || (!given && !wordOnly)) continue;
    // Most such words are words: read on only when a verb of saying, or a verb of talking before, may make them names.
    if (wordOnly) {
      const next = text.slice(start + word.length, start + word.length + 48);
      if (!SAID_TO_ME.test(next) && !(REFERRED.test(next) && people?.test(text.slice(Math.max(0, start - 30), start))))
        continue;
    }
    if (/[\p{N}@#_./\\]/u.test(text[start - 1] ?? '') || /[@\p{N}_]/u.test(text[start + m[0].length] ?? '')) continue;
    me ??= writerSpeaks(text);
    const aboutMe = me;
    if (taken.length > 0 && start < taken[taken.length - 1]!.end) continue;
    const capital = upper(word);
    // A word in capitals is a shout or an acronym ("MAX", "TJ").
    if (capital && word.length > 1 && word === word.toUpperCase()) continue;
    const ambiguous = ambiguousName(word);
    const lead = text.slice(Math.max(0, start - 30), start);
    // The name and what follows it: capitalised words, or in lower case up to three words, the longest with the writer or a verb after it.
    let span = whose
      ? { start, end: start + word.length + 1, tokens: [word] }
      : capital
        ? readName(text, start, false)
        : lowerFull(text, start);
    if (!span || span.start !== start) continue;
    if (!capital && !whose) {
      for (const n of [3, 2]) {
        const long = readName(text, start, true, n);
        if (
          long &&
          long.tokens.length === n &&
          long.end > span.end &&
          !germanVerb(text, start, long.tokens[1]!) &&
          !verbOfPair(text, start, long.tokens[1]!) &&
          !long.tokens
            .slice(1)
            .some((t, i) =>
              verbAfterName(t, i === n - 2 ? text.slice(long.end, long.end + 20) : ` ${long.tokens[i + 2]}`),
            ) &&
          (besideAfter(text.slice(long.end, long.end + 60)) ||
            (!ambiguousName(word) &&
              (verbNext(text.slice(long.end, long.end + 30)) ||
                (relationBefore(lead) && SMALL_VERB_ES.test(text.slice(long.end, long.end + 20))))))
        ) {
          span = long;
          break;
        }
      }
    }
    span = withInitial(text, span);
    // A surname after its particles, then what tells a person: "gabriel de la cruz keeps copying my homework".
    const particled = PARTICLED.exec(text.slice(span.end, span.end + 40));
    if (particled && besideAfter(text.slice(span.end + particled[0].length, span.end + particled[0].length + 60)))
      span = {
        start: span.start,
        end: span.end + particled[0].length,
        tokens: [...span.tokens, ...particled[0].trim().split(/[ \t]+/)],
      };
    const after = text.slice(span.end, span.end + 60);
    const listed = neighbourInList(text, start, span.end);
    // Beside a character's name ("Anna und Elsa", "Romeo y Julieta"), a character too.
    if (listed === 'famous') continue;
    // A name that is also a word needs the writer or a friend beside it; a verb of talking is not enough ("from Zara").
    const withMe = WITH_WRITER.test(after);
    // …or, opening a clause, to say or do something to the writer ("paris said i cant come", "rose keeps copying my
    // homework"), or to be texted and then be "she" or "he" ("texted sky 5 times and she hasnt replied").
    const agent =
      ambiguous &&
      !whose &&
      (SAID_TO_ME.test(text.slice(start + word.length, start + word.length + 48))
        ? CLAUSE_LEAD.test(lead)
        : Boolean(people?.test(lead)) &&
          aboutMe &&
          REFERRED.test(text.slice(start + word.length, start + word.length + 48)));
    // Not the first name of someone famous: "i texted paris hilton lol she didnt reply".
    const surname = agent
      ? /^[ \t]+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(start + word.length, start + word.length + 24))
      : null;
    if (surname && famous(scan, { start, end: start + word.length + surname[0].length, tokens: [word, surname[1]!] }))
      continue;
    if (agent) span = { start, end: start + word.length, tokens: [word] };
    else if (wordOnly) continue;
    // …or to stand in a list of the writer's friends beside a name that is only a name ("me, ruby, ava and lola").
    if (ambiguous && !capital && !withMe && !agent && !(listed === true && aboutMe)) continue;
    // Taken for the list alone, it is one word: "meine cousins lea und mila kommen morgen".
    if (ambiguous && !capital && !withMe) span = { start, end: start + word.length, tokens: [word] };
    const agentOf = agent;
    // A name greeted at the start of a message ("hey siobhan!!", "good night, chloe"), not an assistant.
    const greeted = GREETING.test(text.slice(0, start)) && !ASSISTANT.test(word) && !ambiguous;
    // Whose home or party: "sleepover at aoife's tonight", "at priyas house".
    // …or being at theirs, with the apostrophe: "slept over at mackenzie's last night".
    const rest = text.slice(start + word.length, start + word.length + 24);
    const owned =
      !ambiguous &&
      (whose || OWNED.test(rest) || (AT_BEFORE.test(lead) && /^['’]s/.test(rest) && AT_THEIRS.test(rest.slice(2))));
    // In lower case, doing something in a message about the writer: "and callum fell in a puddle".
    // …or anywhere in such a message, a given name that is no word of any loaded language, in lower case as
    // children type it: "hier j ai croisé louise au carrefour", "gestern hat mich lukas … geschubst" (not after a
    // number: "20 lucas" is money).
    const acting =
      aboutMe &&
      !capital &&
      !ambiguous &&
      !ARTICLE_BEFORE.test(lead) &&
      (verbNext(after) ||
        (!/\d[ \t]*$/.test(lead) &&
          !PLACE_BEFORE.test(lead) &&
          !TASTE_BEFORE.test(lead) &&
          !/^-[\p{L}]/u.test(after) &&
          !REGNAL_AFTER.test(text.slice(start + word.length, start + word.length + 8))));
    const beside = (aboutMe && (besideAfter(after) || listed)) || greeted || owned || acting;
    // In lower case after a Spanish article, as friends are spoken of: "el santi le tiró el balón", "casa de la maca y…".
    // (Capitalised, the given name alone: "el Santiago Bernabéu" is a stadium.)
    const articled =
      !ambiguous &&
      (!capital || span.tokens.length === 1) &&
      ARTICLE_ES.test(lead) &&
      !CLITIC_ES.test(lead) &&
      SPANISH_NAMES().has(fold(word)) &&
      AFTER_ARTICLED_ES.test(text.slice(span.end, span.end + 20));
    const cued = beside || agentOf || articled || (!ambiguous && (Boolean(people?.test(lead)) || relationBefore(lead)));
    // Set right against a nickname before it, which goes too: "its bex not rebecca", "it's Liv, not Olivia".
    const against = !ambiguous ? AGAINST.exec(lead) : null;
    if (against) {
      const at = start - against[0].length + against[0].indexOf(against[1]!);
      if (!commonWords().has(against[1]!.toLowerCase())) {
        take(scan, { start: at, end: at + against[1]!.length, tokens: [against[1]!] });
        take(scan, span);
        taken.push(span);
        continue;
      }
    }
    if (!cued && (!capital || ambiguous || !aboutMe)) continue;
    // "un Stanley", "an Ariana song": a thing.
    // "my sister had a baby": a word that is a name too, after English "a" and a verb, is the thing.
    if (
      INDEFINITE.test(lead) ||
      (AN.test(lead) && VOWEL_FIRST.test(word) && !people?.test(lead)) ||
      (ambiguous && A_THING.test(lead))
    )
      continue;
    if (capital && !cued && !plainCapitalised(scan, span, start + word.length)) continue;
    if (
      famous(scan, span) ||
      readBefore(text.slice(Math.max(0, start - 60), start)) ||
      WORK_TALK().test(scan.before(start, 40)) ||
      (!people?.test(lead) && !relationBefore(lead) && (weighed(text, span) || creator(text, span)))
    ) {
      publicEnd = span.end;
      continue;
    }
    // A character of the work that opens the clause: "In Gregs Tagebuch ist Rupert der beste Freund".
    if (!withMe && !owned && (inWorkBefore(scan, start) || FROM_WORK().test(after))) continue;
    // In German order, a title or an artist read, heard or watched by the writer: "Ich hab Percy Jackson gelesen",
    // "ich hab Nina Chuba gehört". One name only heard may be a friend's: "ich hab Tim gestern gehört".
    const closing = text.slice(span.end, span.end + 40);
    if (
      capital &&
      !relationBefore(lead) &&
      packCues.watchedAfter?.(lead, closing) &&
      (span.tokens.length > 1 || !HEARD.test(closing))
    )
      continue;
    // A relation and a name sung or shown: "im Musikunterricht singen wir Bruder Jakob".
    if (relationBefore(lead) && packCues.sungOrShown?.(lead.replace(/[\p{L}][\p{L}\p{M}'’-]*[ \t]+$/u, ''), after))
      continue;
    // A pet's name, right after the pet or after what it is called: "mon chien s'appelle Oscar", "unser Kater Felix".
    if (petWord(PET_BEFORE.exec(lead)?.[1])) continue;
    // A performer on stage: "ma grand-mère a vu Johnny en concert", "wir haben Cro live gesehen".
    if (packCues.onStage?.test(after) || IN_WORK_AFTER.test(after)) continue;
    // A singer, named with no cue: "j'adore Louane, elle chante trop bien". A title that opens the clause, read or
    // heard by the writer after it: "Peter und der Wolf hören wir…", "Max und Moritz haben wir … gelesen".
    if (!cued && packCues.performs?.(lead, after, span.tokens.length)) continue;
    if (
      !people?.test(lead) &&
      !relationBefore(lead) &&
      TITLE_LEAD.test(lead.split(/[.!?\n,;:]/).pop() ?? '') &&
      packCues.topicWork?.(after)
    )
      continue;
    // A month after a day: "am 15. Juli", "le 3 Mai".
    if (DAY_BEFORE.test(lead) && isMonth(word)) continue;
    // After Spanish object pronouns a word is a verb: "me lo marco en rojo", "se la paso".
    if (!capital && CLITICS_BEFORE.test(lead)) continue;
    take(scan, span);
    taken.push(span);
    // The rest of the list it opens: "Bruno, Gonza, Tati, Agus y Delfi".
    for (let at = span.end, i = 0; i < 10; i++) {
      const join = LIST_JOIN.exec(text.slice(at, at + 20));
      if (!join) break;
      const from = at + join[0].length;
      const next = readName(text, from, false, 2);
      let lower = next ? undefined : lowerFull(text, from);
      // A German verb after the last name is no surname, as after the first: "meine cousins lea und mila kommen morgen".
      if (lower && lower.tokens.length > 1 && germanVerb(text, start, lower.tokens[1]!, true))
        lower = { start: from, end: from + lower.tokens[0]!.length, tokens: [lower.tokens[0]!] };
      const first = next?.tokens[0] ?? '';
      // A capitalised word that is no known name counts only inside a list that goes on, or closes it with "and".
      const inList =
        givenWord(first) ||
        (i > 0 && LAST_JOIN.test(join[0])) ||
        (!LAST_JOIN.test(join[0]) && next !== undefined && LIST_JOIN.test(text.slice(next.end, next.end + 20)));
      let item = next && inList && !isRelation(first) && !ambiguousName(first) ? next : lower;
      // A nickname no list holds closes a list of names with "and", before what they do together: "me, tyler,
      // brandon and kez are going", "con santi, nico y el tucu vamos".
      const one = lower?.tokens[0];
      const nickname =
        one !== undefined &&
        i > 0 &&
        LAST_JOIN.test(join[0]) &&
        one.length >= 3 &&
        !givenWord(one) &&
        !ambiguousName(one) &&
        !isRelation(one) &&
        !petWord(one) &&
        GROUP_VERB.test(text.slice(from + one.length, from + one.length + 16));
      if (nickname) item = { start: from, end: from + one.length, tokens: [one] };
      if (!item || (lower && !nickname && !givenWord(lower.tokens[0]!)) || famous(scan, item)) break;
      item = withInitial(text, item);
      take(scan, item);
      taken.push(item);
      at = item.end;
    }
  }
}

/** After a name: the writer with them, or what they do to or with the writer ("sits next to me", "m'a écrit"). */
const besideAfter = (after: string) =>
  WITH_WRITER.test(after) || PERSONAL.test(after) || TO_ME.test(after) || AT_MINE.test(after) || AUX_TO_ME.test(after);
/** Doing something, again and again, to what is the writer's: "keeps copying my homework", "keeps kicking the back of my chair". */
const AT_MINE =
  /^[ \t]+(?:keeps|kept|always|never|still)[ \t]+[a-z]{2,}ing[ \t]+(?:[a-z]+[ \t]+){0,4}?(?:me|us|my|our)(?![\p{L}])/iu;
/** An article or a possessive of someone else's just before: "the dean", "a jack", "his grant". */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:the|a|an|this|that|his|her|their|its)[ \t]+$/iu;
/** After a name that is also a word, a verb of saying or doing to someone, then the writer: "said i", "keeps copying my". */
const SAID_TO_ME =
  /^[ \t]+(?:said|says|told|tells|texted|texts|messaged|asked|asks|invited|blocked|unfriended|dmed|dm['’]d|snapped|promised|replied|lied|copied|copies|(?:keeps|kept)[ \t]+[\p{L}]+ing)(?![\p{L}])[^.!?\n]{0,24}?(?<![\p{L}])(?:me|my|i|us|our|we)(?![\p{L}])/iu;
/** Where a clause opens, before such a name (no article: "the sky keeps…"). */
const CLAUSE_LEAD = /(?:^|[.!?,;:\n][ \t]*|(?<![\p{L}])(?:and|but|so|then|cos|because|lol|omg|ok)[ \t]+)$/iu;
/** The same person again as "she" or "he" in the clauses after the name. */
const REFERRED = /^[^.!?\n]{0,40}?(?<![\p{L}])(?:she|he|her|him|shes|hes|she['’]s|he['’]s)(?![\p{L}])/iu;
/** A verb right after a name in lower case ("callum fell in a puddle", "ronan o'neill keeps kicking"). */
function verbNext(after: string): boolean {
  const m = /^[ \t]+([\p{Ll}][\p{Ll}'’-]*)/u.exec(after);
  return m !== null && !commonWords().has(m[1]!) && verbAfterName(m[1]!, after.slice(m[0].length));
}

/** A Spanish article just before a given name ("el santi", "La Nati y el Fran"). */
const ARTICLE_ES = /(?<![\p{L}])(?:el|la|El|La)[ \t]+$/u;
/** A pronoun before "la" or "lo", which is then no article: "te la tomas". */
const CLITIC_ES = /(?<![\p{L}])(?:me|te|se|nos|os|le|les)[ \t]+(?:la|el|lo)[ \t]+$/u;
/** The given names of the Spanish pack, which a Spanish article may come before ("el santi", not "el reto"). */
const SPANISH_NAMES = packed(
  (lx) => new Set(lx.packs.filter((p) => p.locale === 'es').flatMap((p) => (p.pii.names ?? '').split(/\s+/).map(fold))),
);
/** After such a name: the clause ends (a mark, an emoji), goes on with "y", or the name does something ("le tiró", "no vino"). */
const AFTER_ARTICLED_ES =
  /^(?:[ \t]*(?:[^\p{L}\p{N}\s]|$)|[ \t]*\n|[ \t]+(?:y|me|te|nos|le|les|se|que|no|también|tampoco|siempre|nunca|está|estaba|es|era|fue|tiene|dice|dijo|viene|vino|va|vive|llega|llegó|sale|salió|juega|hizo)(?![\p{L}]))/u;
/** A small Spanish verb or an object pronoun after a name and its surname: "mi prima ainhoa etxeberria viene…". */
const SMALL_VERB_ES =
  /^[ \t]+(?:me|te|nos|le|les|está|esta|estaba|tiene|dice|dijo|viene|vino|va|vive|vivía|llega|llegó|sale|salió|juega|trabaja|estudia|cumple|quiere|sabe|habla|hizo)(?![\p{L}])/iu;

/** Only capitalised words and "and" before a name in its clause: the name opens it ("Max und …"). */
const TITLE_LEAD = /^[ \t]*(?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t]+(?:(?:und|et|and|&)[ \t]+)?)*$/u;

const LETTER = /^[\p{L}]/u;
const MARK_OR_JOIN = /^[\p{M}'’-]/u;
/**
 * The word before the spaces that end `lead` ("oma " → "oma"), as `([\p{L}][\p{L}\p{M}'’-]*)[ \t]+$` finds it,
 * read back from the end: that pattern tries every start in the lead, and in text held two bytes a character
 * (a message with Cyrillic in it) each try reads its letters slowly.
 */
function wordAtEnd(lead: string): string | undefined {
  let end = lead.length;
  while (end > 0 && (lead.charCodeAt(end - 1) === 32 || lead.charCodeAt(end - 1) === 9)) end--;
  if (end === lead.length) return undefined;
  let first = -1;
  for (let at = end; at > 0; ) {
    const code = lead.charCodeAt(at - 1);
    const size = code >= 0xdc00 && code <= 0xdfff && at > 1 && (lead.charCodeAt(at - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    const char = lead.slice(at - size, at);
    if (LETTER.test(char)) first = at - size;
    else if (!MARK_OR_JOIN.test(char)) break;
    at -= size;
  }
  return first < 0 ? undefined : lead.slice(first, end);
}

/** A relation word just before a name in lower case ("oma gisela", "tante bine"). */
function relationBefore(lead: string): boolean {
  const prev = wordAtEnd(lead);
  return prev !== undefined && isRelation(prev);
}

/** A surname's initial in a list, without its dot: "ethan w, ethan b and noah". */
function withInitial(text: string, span: Span): Span {
  const m = /^[ \t]+[\p{L}](?=[ \t]*(?:[,;]|$)|[ \t]+(?:and|y|et|und|&|n)[ \t])/iu.exec(
    text.slice(span.end, span.end + 8),
  );
  return m && span.tokens.length === 1 ? { ...span, end: span.end + m[0].length } : span;
}

/**
 * Whether the item before or after a word in a comma or "and" list is a common given name or the writer;
 * `famous` when it is a famous one or a character.
 */
function neighbourInList(text: string, start: number, end: number): boolean | 'famous' {
  // The items after, then before, up to ten each way: a character among them makes the list a story's.
  const items: string[] = [];
  for (let at = end, i = 0; i < 10; i++) {
    const join = LIST_JOIN.exec(text.slice(at, at + 20));
    const next = join ? ITEM.exec(text.slice(at + join[0].length, at + join[0].length + 40)) : null;
    if (!join || !next) break;
    items.push(next[0]);
    at += join[0].length + next[0].length;
  }
  const afterCount = items.length;
  for (let at = start, i = 0; i < 10; i++) {
    const before = text.slice(Math.max(0, at - 24), at);
    const joined = LIST_JOIN_BEFORE.exec(before);
    const prev = joined ? ITEM_BEFORE.exec(before.slice(0, joined.index)) : null;
    if (!joined || !prev) break;
    items.push(prev[1]!);
    at -= before.length - joined.index + prev[0].length;
  }
  if (items.some((w) => famousMention([w]) >= 0)) return 'famous';
  // The items right beside it: the first after and the first before.
  const beside = [items[0], items[afterCount]].filter((w): w is string => w !== undefined);
  return beside.some((w) => WRITER_ITEM.test(w) || (givenWord(w) && !ambiguousName(w)));
}
const ITEM = /^[\p{L}][\p{L}\p{M}'’-]*/u;
const ITEM_BEFORE = /([\p{L}][\p{L}\p{M}'’-]*)[ \t]*$/u;
/** An indefinite article: what follows is a thing ("un Stanley", "a Zara hoodie"). */
const INDEFINITE = /(?<![\p{L}])(?:un|une|una|ein|eine|einen|einem|einer)[ \t]+$/iu;
/**
 * English "an", before a word that opens with a vowel ("an Ariana song"); German "an" is "to" or "at", before any
 * name, and after a word of writing to someone it is a cue ("Grüße an selin", "Nachricht an Anna").
 */
const AN = /(?<![\p{L}])an[ \t]+$/iu;
const VOWEL_FIRST = /^[aeiouàáâäãåæèéêëìíîïòóôöõøùúûü]/iu;
/** English "a" after a verb or a preposition, before a noun ("had a", "is a", "for a"); not Spanish "vi a". */
const A_THING =
  /(?<![\p{L}])(?:had|has|have|got|get|gets|getting|is|was|were|are|saw|see|want|wants|wanted|need|needs|bought|buy|found|find|made|make|makes|like|likes|with|for|of|such|what|quite)[ \t]+a[ \t]+$/iu;

/**
 * A capitalised given name with no cue: in a message where the writer speaks of themself ("Paula hat
 * mir…"), and not a king's ("Louis XIV"), a saint's, a street's, a title's ("Kaiser Franz", "le Petit
 * Nicolas"), a show's, or told of with a year ("Jacques Cartier arrive en 1534").
 */
function plainCapitalised(scan: Scan, span: Span, first: number): boolean {
  const { text } = scan;
  if (!writerSpeaks(text)) return false;
  if (ROMAN.test(text.slice(first, first + 8))) return false;
  const lead = text.slice(Math.max(0, span.start - 16), span.start);
  if (PLACE_BEFORE.test(lead)) return false;
  // A full name after "by" or "von": who made something ("die Känguru-Chroniken von Marc-Uwe Kling").
  if (span.tokens.length >= 2 && /(?<![\p{L}])(?:by|von|par)[ \t]+$/iu.test(lead)) return false;
  // After another capitalised word inside a sentence: a title or a name's second part.
  const prev = /(^|[.!?:\n]\s*|[^.!?:\n\s]\s+)([\p{Lu}][\p{L}\p{M}'’.-]*)[ \t]+$/u.exec(lead);
  if (prev?.[1] && !/[.!?:\n]/.test(prev[1]) && !stopWord(prev[2]!) && !DAYS.test(prev[2]!)) return false;
  // A small word given a capital inside a sentence, after a word in lower case, opens a title: "…geübt, Für Elise
  // kann ich jetzt", "j'ai chanté Pour Elise" (not a message typed all in capitals: "Ich War Mit Lena").
  if (TITLE_OPENER.test(lead)) return false;

  const next = /^[ \t]+([\p{L}][\p{L}\p{M}'’-]*)/u.exec(text.slice(span.end, span.end + 30))?.[1];
  if (next && notNameWords().has(next.toLowerCase())) return false;
  const sentence = `${scan.before(span.start, 60)} ${scan.after(span.end, 60)}`;
  return !WORK_TALK().test(sentence) && !YEAR.test(sentence);
}

/**
 * A full name weighed against another in a question of who is better or has more: stars, not friends ("Helene
 * Fischer oder Apache 207, wer hat mehr Hits?", "Pierre Niney ou Omar Sy, lequel a eu le plus de César ?"). Not
 * when the clause after the name holds a word for the writer: "wer ist besser, Tim Müller oder Jonas Weber aus
 * meiner Klasse?".
 */
function weighed(text: string, span: Span): boolean {
  if (span.tokens.length < 2 || !asksWhoMore(text)) return false;
  const clause = CLAUSE_AFTER.exec(text.slice(span.end, span.end + 60))?.[0] ?? '';
  if (FIRST_PERSON.test(clause) || aboutTheWriter(clause)) return false;
  const lead = text.slice(Math.max(0, span.start - 40), span.start);
  if (VERSUS_AFTER.test(text.slice(span.end, span.end + 12)) || VERSUS_BEFORE.test(lead)) return true;
  // …or joined by "and" to a surname alone: "le prof nous a parlé de Keynes et Adam Smith, c'était qui le plus…".
  const other = AND_AFTER.exec(text.slice(span.end, span.end + 30))?.[1] ?? AND_BEFORE.exec(lead)?.[1];
  return (
    other !== undefined &&
    !givenWord(other) &&
    !stopWord(other) &&
    !commonWords().has(other.toLowerCase()) &&
    !mineIn(text)
  );
}
/** The writer's possessive: "ils sont dans ma classe". */
const MY_OWN = /(?<![\p{L}])(?:mon|ma|mes|my|mi|mis|mein|meine|meinen|meinem|meiner)(?![\p{L}])/iu;
/** A capitalised word joined by "and" after a name, or before it. */
const AND_AFTER = /^[ \t]+(?:et|und|and|y)[ \t]+([\p{Lu}][\p{L}\p{M}'’-]*)(?![ \t]+[\p{Lu}])/u;
const AND_BEFORE = /(?<![\p{L}])([\p{Lu}][\p{L}\p{M}'’-]*)[ \t]+(?:et|und|and|y)[ \t]+$/u;
/** Someone's videos, channel or songs watched, heard or just put out: "je regarde ses vlogs", "hat ein neues Video hochgeladen". */
const THEIR_CONTENT =
  /(?<![\p{L}])(?:ses|sa|son|ihre|ihren|seine|seinen|his|her|sus|su)[ \t]+(?:vlogs?|vid[ée]os?|lives?|streams?|cha[iî]ne|kanal|songs?|chansons?|albums?|tiktoks?|shorts?|podcasts?|channel|canal)(?![\p{L}])|(?<![\p{L}])(?:hat|has|a|ha)[ \t]+(?:ein|einen|a|une|un)[ \t]+(?:neues|neuen|new|nouvelle|nouveau|nuevo|nueva)[ \t]+(?:video|vidéo|vid[ée]o|song|album|short|tiktok|podcast)(?![\p{L}])/iu;
/**
 * A full name in a message about that person's videos, channel or songs, with no word for the writer in the
 * clause after it: a creator's ("Léna Situations elle a quel âge ? je regarde ses vlogs").
 */
function creator(text: string, span: Span): boolean {
  if (span.tokens.length < 2 || !aboutContent(text)) return false;
  // Not when the clause after the name has the writer: "Lena Schmidt hat ein neues Video in unsere Gruppe geschickt".
  const clause = CLAUSE_AFTER.exec(text.slice(span.end, span.end + 60))?.[0] ?? '';
  return !FIRST_PERSON.test(clause) && !aboutTheWriter(clause);
}
/** "gehört" closing the clause after a name: heard. */
const HEARD = /^[^.!?,\n]{0,30}?(?<![\p{L}])gehört(?![\p{L}])/u;
/** The rest of a clause: up to its punctuation. */
const CLAUSE_AFTER = /^[^,.!?;:\n]*/;
/** "or" or "versus" between two capitalised names, after the name or before it. */
const VERSUS_AFTER = /^[ \t]+(?:oder|ou|or|o|vs\.?|versus|contre|gegen)[ \t]+[\p{Lu}]/u;
const VERSUS_BEFORE = /[\p{Lu}][\p{L}\p{M}'’\d-]*[ \t]+(?:oder|ou|or|o|vs\.?|versus|contre|gegen)[ \t]+$/u;
/** A question of who is better, the best or has more. */
const WHO_MORE =
  /(?<![\p{L}])(?:wer|welche[rs]?|ob|qui|lequel|laquelle|who|which|whether|qui[eé]n|cu[aá]l)(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:bessere?[rns]?|mehr|beste[rns]?|meilleure?s?|mieux|plus|better|more|best|mejor|m[aá]s)(?![\p{L}])/iu;
/** A preposition with a capital after a word in lower case (and a comma), just before a name. */
const TITLE_OPENER =
  /(?<![\p{L}])[\p{Ll}][\p{L}\p{M}'’-]*,?[ \t]+(?:Für|Ohne|Über|Mit|Pour|Sans|Avec|Para|Sin|Con|For|Without)[ \t]+$/u;
/** Days of the week, which start a sentence before a name ("El Lunes Marcos trae…"). */
const DAYS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ayer|hier|gestern|heute|hoy|today|yesterday)$/i;
/** A year of history or of the news. */
const YEAR = /(?<![\p{N}.,:])(?:1[0-9]{3}|20[0-9]{2})(?![\p{N}])/u;
/** A day of the month just before a word. */
const DAY_BEFORE = /(?<![\p{L}\p{N}])\d{1,2}(?:\.|er|e|st|nd|rd|th)?[ \t]+(?:(?:de|of)[ \t]+)?$/iu;
/** The word before a name, past a verb that names it: a pet's name when that word is a pet ("mein Hund heißt Oskar"). */
const PET_BEFORE =
  /([\p{L}][\p{L}\p{M}-]*)[ \t]+(?:(?:s['’]appelle|sappelle|s['’]appelait|hei(?:ß|ss)t|hie(?:ß|ss)|namens|se llama|is called|called|named|c['’]est|est|ist|is|es)[ \t]*:?[ \t]+)?$/iu;
/** A verb of reading or watching just before a name: a book's or a show's ("wir lesen gerade Ronja…"). */
const READ_BEFORE =
  /(?<![\p{L}])(?:read|reading|watch|watching|watched|listen(?:s|ing)?[ \t]+to|lesen|lese|liest|gelesen|schauen|gucken|h[öo]r(?:e|t|st|en)?|geh[öo]rt|lire|lis|lit|regarde|regarder|[ée]coute(?:s|r|nt)?|[ée]coutait|leer|leyendo|viendo|ver|vi|escucha(?:s|r|ndo|n)?|sing(?:e|en|t|st|s|ing)?|chant(?:e|es|ent|ons|er)|cant(?:a|amos|an|ar))[ \t]+(?:(?:grad|gerade|nur|immer|oft|viel|voll|echt|so|gern|gerne|ständig|am liebsten)[ \t]+){0,2}(?:(?!(?:mit|with|avec|con)[ \t])[\p{L}]+[ \t]+)?$/iu;
/** Names listed before, read past: "ich hör grad Mark Forster und …", "wir lesen Ronja Räubertochter, …". */
const LISTED_BEFORE = /(?:[\p{Lu}][\p{L}\p{M}'’-]*,?[ \t]+){1,4}(?:(?:und|and|et|y|&)[ \t]+)?$/u;
const readBefore = (lead: string) => READ_BEFORE.test(lead) || READ_BEFORE.test(lead.replace(LISTED_BEFORE, ''));
/** A character in a work, after the name: "Tante Agathe dans Harry Potter". */
/** Characters from a work, said after the names: "Ben und Emil aus meiner Lieblingsserie", "Léo de la série". */
const FROM_WORK = packed(
  (lx) =>
    new RegExp(
      `^[^.!?\\n]{0,40}?[ \\t](?:aus|from|de|du|des|dans|in|im)[ \\t]+(?:[\\p{L}'’]+[ \\t]+)?(?:${alternation(['show', 'series', 'movie', 'film', 'book', 'cartoon', 'anime', 'manga', ...lx.list('works')])})s?(?![\\p{L}])`,
      'iu',
    ),
);
const IN_WORK_AFTER =
  /^[^.!?\n]{0,30}?[ \t](?:dans|in)[ \t]+(?:(?:le|la|les|l['’]|the)[ \t]*)?[\p{Lu}][\p{Ll}]+[ \t]+[\p{Lu}]/u;
