import { type LanguagePack, loadLanguages, registerLanguagePack, screenText } from '@youthchat/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { oneSlip } from '../../../packages/core/src/safety/lang/compile.ts';
import { featureBucket } from '../../../packages/core/src/safety/lang/model.ts';
import { tokenize } from '../../../packages/core/src/safety/lang/tokens.ts';
import { encodeWeights } from '../../../scripts/train-screen-model.ts';

/**
 * Two small made-up languages ("xa" and "xb") that exercise the matcher
 * itself, apart from the shipped packs' words.
 */
const xa: LanguagePack = {
  locale: 'xa',
  common: 'mo ta lu ke ni sa po ri',
  suffixes: 'ando ado as a',
  concepts: {
    WANT: 'vol, volir',
    DIE: 'morir, =mort, fin de tut',
    LAUGH: 'de rir',
    JOKE: 'hah*',
    SECRET: 'secreto',
    ADULT: 'sinyor',
    YEARS: 'anos',
    THREAT: 'matar',
    GAME: 'gamo',
    PILLS: 'pilulas',
    NOPOINT: 'sin sentido',
    REAL: 'de vero',
  },
  frames: 'GAME',
  letters: '',
  rules: [
    { id: 'want-die', category: 'self-harm', all: 'WANT DIE', not: 'LAUGH GAME' },
    { id: 'threat', category: 'violence', all: 'THREAT', not: 'GAME', unless: 'JOKE' },
    { id: 'secret', category: 'grooming', all: 'SECRET', weight: 1 },
    { id: 'adult', category: 'grooming', all: 'ADULT_AGE YEARS', ordered: true, window: 3, weight: 1 },
    { id: 'ordered', category: 'abuse', all: 'ADULT THREAT', ordered: true, window: 3 },
    { id: 'hopeless', category: 'self-harm', all: 'NOPOINT', weight: 1 },
    { id: 'means', category: 'self-harm', all: 'PILLS', weight: 1 },
  ],
  profanity: { rude: 'kaka', innocent: 'dik' },
};

const xb: LanguagePack = {
  locale: 'xb',
  common: 'we bu zo ka de qi',
  suffixes: '',
  concepts: { DIE: 'sterbu', WANT: 'wilu' },
  rules: [],
  profanity: { rude: 'dik' },
};

const screen = (text: string, history?: string[]) =>
  screenText(text, { band: 'teen13to15', locale: 'xa', ...(history ? { history } : {}) });

beforeAll(() => {
  registerLanguagePack(xa);
  registerLanguagePack(xb);
});

describe('language pack matching', () => {
  it('finds concepts together with words inserted between them, in any order', () => {
    expect(screen('mo vol morir').categories).toEqual(['self-harm']);
    expect(screen('mo vol ta lu ke ni morir').categories).toEqual(['self-harm']);
    expect(screen('morir mo vol').categories).toEqual(['self-harm']);
  });

  it('needs the concepts within the window and in one sentence', () => {
    expect(screen('mo vol ta lu ke ni sa po ri morir').categories).toEqual([]);
    expect(screen('mo vol. morir').categories).toEqual([]);
  });

  it('keeps the listed order where a rule asks for it', () => {
    expect(screen('sinyor ta matar').categories).toContain('abuse');
    expect(screen('matar ta sinyor').categories).not.toContain('abuse');
  });

  it('reads word forms by the stemmer, exact words as written, prefixes and phrases', () => {
    expect(screen('mo volando morir').categories).toEqual(['self-harm']);
    expect(screen('vol fin de tut').categories).toEqual(['self-harm']);
    expect(screen('vol mortas').categories).toEqual([]);
    expect(screen('matar hahaha').categories).toEqual([]);
  });

  it('reads a longer word with one slip: a letter missing, added, changed or two swapped', () => {
    for (const slip of ['pilulas sin sentido', 'pillulas sin sentido', 'pilolas sin sentido', 'piluals sin sentido']) {
      expect(screen(slip).categories, slip).toEqual(['self-harm']);
    }
    expect(oneSlip('secreto', 'secerto')).toBe(true);
    expect(oneSlip('secreto', 'sekretto')).toBe(false);
  });

  it('folds stretched letters, look-alikes and leetspeak before matching', () => {
    expect(screen('mo voool m0rirrr').categories).toEqual(['self-harm']);
  });

  it('cancels a rule by a guard nearby (`not`) or anywhere (`unless`)', () => {
    expect(screen('mo vol morir de rir').categories).toEqual([]);
    expect(screen('matar ta gamo').categories).toEqual([]);
    expect(screen('ta matar. ke hah').categories).toEqual([]);
    expect(screen('ta matar').categories).toEqual(['violence']);
  });

  it('adds weak signals of different names across the message and the earlier ones', () => {
    expect(screen('secreto').categories).toEqual([]);
    expect(screen('secreto', ['sinyor 34 anos ta']).categories).toEqual(['grooming']);
    expect(screen('sinyor 34 anos ke secreto').categories).toEqual(['grooming']);
    // One signal twice is still one signal, and earlier signals alone raise nothing now.
    expect(screen('secreto', ['secreto ta']).categories).toEqual([]);
    expect(screen('lu ke ni', ['secreto', 'sinyor 34 anos']).categories).toEqual([]);
    expect(screen('pilulas', ['sin sentido mo']).categories).toEqual(['self-harm']);
  });

  it('counts a weak signal when the learned model leans the same way, short of its own bar', async () => {
    const xc: LanguagePack = {
      locale: 'xc',
      common: 'ya mu',
      suffixes: '',
      concepts: { PILLS: 'pilulas' },
      rules: [{ id: 'means', category: 'self-harm', all: 'PILLS', weight: 1 }],
      // "noche" leans toward risk (0.82), far from the model's own bar (0.99).
      model: {
        locale: 'xc',
        bias: [-3, -3],
        threshold: [0.99, 0.99],
        bits: 22,
        step: 0.1,
        ...encodeWeights([{ bucket: featureBucket('noche', 22), risk: 45, block: 0, category: 0 }]),
      },
    };
    await registerLanguagePack(xc);
    const read = (text: string) => screenText(text, { band: 'teen13to15', locale: 'xc' });
    expect(read('pilulas ya mu').categories).toEqual([]);
    expect(read('noche ya mu').categories).toEqual([]);
    expect(read('pilulas noche ya mu')).toMatchObject({ action: 'escalate', categories: ['self-harm'] });
    expect(read('pilulas noche ya mu').signals).toEqual(['xc.means', 'xc.model']);
  });

  it('carries a risk the learned model found in one of the last messages over to a short reply, outside a frame', async () => {
    const xd: LanguagePack = {
      locale: 'xd',
      common: 'ya mu lu ke ni sa po',
      suffixes: '',
      concepts: { GAME: 'gamo', REAL: 'de vero' },
      frames: 'GAME',
      rules: [],
      // "noche" alone is a near-certain risk (0.92) to the model, with no rule's signal beside it.
      model: {
        locale: 'xd',
        bias: [-2, -3],
        threshold: [0.9, 0.99],
        bits: 22,
        step: 0.1,
        ...encodeWeights([{ bucket: featureBucket('noche', 22), risk: 45, block: 0, category: 0 }]),
      },
    };
    await registerLanguagePack(xd);
    const read = (text: string, history: string[]) =>
      screenText(text, { band: 'teen13to15', locale: 'xd', history }).categories;
    expect(read('noche ya mu', [])).toEqual(['self-harm']);
    expect(read('lu ke', [])).toEqual([]);
    // The reply goes on with the message before it, or one of the three last.
    expect(read('lu ke', ['noche ya mu'])).toEqual(['self-harm']);
    expect(read('lu ke', ['noche ya mu', 'ya', 'mu'])).toEqual(['self-harm']);
    expect(read('lu ke', ['noche ya mu', 'ya', 'mu', 'sa'])).toEqual([]);
    // A long reply says something of its own.
    expect(read('lu ke ni sa po ya mu lu ke ni sa po ya', ['noche ya mu'])).toEqual([]);
    // A frame in the reply or before that message holds it, unless the reply says it is real.
    expect(read('lu ke gamo', ['noche ya mu'])).toEqual([]);
    expect(read('lu ke', ['ya gamo', 'noche ya mu'])).toEqual([]);
    expect(read('lu ke de vero gamo', ['noche ya mu'])).toEqual(['self-harm']);
  });

  it('lowers the rules a frame of the last earlier messages makes innocent, wherever they match', () => {
    expect(screen('mo vol morir').categories).toEqual(['self-harm']);
    // Lowered to a weak signal: alone it finds nothing, with another signal it does.
    expect(screen('mo vol morir', ['ta gamo']).categories).toEqual([]);
    expect(screen('mo vol morir', ['ta gamo']).signals).toEqual(['xa.want-die']);
    expect(screen('mo vol morir. sin sentido', ['ta gamo']).categories).toEqual(['self-harm']);
    // A real-world cue keeps the frame out; a frame four messages back has lapsed.
    expect(screen('mo vol morir de vero', ['ta gamo']).categories).toEqual(['self-harm']);
    expect(screen('mo vol morir', ['ta gamo', 'lu', 'ke', 'ni']).categories).toEqual(['self-harm']);
  });

  it('guards with a frame in the new message only beside the match, unless a real-world cue is there', () => {
    expect(screen('mo vol morir gamo').categories).toEqual([]);
    expect(screen('mo vol morir. ta gamo').categories).toEqual(['self-harm']);
    expect(screen('mo vol morir gamo de vero').categories).toEqual(['self-harm']);
  });

  it('carries a risk found outright in the last messages over to a short reply', () => {
    expect(screen('lu ke', ['mo vol morir']).categories).toEqual(['self-harm']);
    expect(screen('lu ke', ['mo vol morir', 'ta', 'ni']).categories).toEqual(['self-harm']);
    expect(screen('lu ke', ['mo vol morir', 'ta', 'ni', 'sa']).categories).toEqual([]);
    expect(screen('lu ke ni sa po ri lu ke ni sa po ri lu', ['mo vol morir']).categories).toEqual([]);
    // A risk the earlier message only told inside a frame is no disclosure.
    expect(screen('lu ke', ['ta gamo', 'mo vol morir']).categories).toEqual([]);
  });

  it('counts a category found outright earlier, with a weak signal now', () => {
    expect(screen('pilulas', ['mo vol morir']).categories).toEqual(['self-harm']);
  });

  it("combines concepts from two languages' packs in one message", () => {
    expect(screen('mo ta vol sterbu we bu zo').categories).toEqual(['self-harm']);
  });

  it('reads a short clause in another language inside a longer message with that language pack', () => {
    const xbText = (text: string) => screenText(text, { band: 'teen13to15', locale: 'xb' });
    // Mostly xb, then three words of xa: one of xa's own common words and a word only xa reads.
    expect(xbText('we bu zo ka de qi we bu zo ka mo vol morir').categories).toEqual(['self-harm']);
    expect(xbText('we bu zo ka de qi we bu zo ka mo vol morir').signals).toEqual(['xa.want-die']);
    // Words only xa reads, but none of its common words: borrowed words, not a clause in xa.
    expect(xbText('we bu zo ka de qi we bu zo ka vol morir').categories).toEqual([]);
    // Two words of xa too far apart are no clause either.
    expect(xbText('mo we bu zo ka de qi we bu zo ka vol morir').categories).toEqual([]);
  });

  it('counts a rude word unless a language present in the message uses it innocently', () => {
    expect(screenText('we bu dik zo', { band: 'teen13to15', locale: 'xb' }).categories).toEqual(['profanity']);
    expect(screenText('mo ta dik lu', { band: 'teen13to15', locale: 'xa' }).categories).toEqual([]);
    expect(screen('mo ta kaka').categories).toEqual(['profanity']);
  });

  it('says how much of a message the loaded packs could read', () => {
    expect(screen('mo vol ta lu ke').coverage).toBe('full');
    expect(screen('quorvex plindar mo zantiq velbor frumish').coverage).toBe('none');
  });

  it('escalates a risk even when the message also holds blocked words', () => {
    const result = screen('kaka mo vol morir');
    expect(result.categories).toEqual(['self-harm', 'profanity']);
    expect(result.action).toBe('escalate');
  });

  it('leaves a word written with letters its language never writes to the language the message is in', () => {
    // Mainly xb, whose words xa does not read: xa's "morir" written "mórir" is another language's word.
    expect(screen('we bu zo ka vol morir mo ta').categories).toEqual(['self-harm']);
    expect(screen('we bu zo ka vol mórir mo ta').categories).toEqual([]);
    // Mainly xa, or in no language found: an accent is a disguise, and xa reads through it.
    expect(screen('mo ta vol mórir').categories).toEqual(['self-harm']);
    expect(screen('vol mórir').categories).toEqual(['self-harm']);
    // The same word also written plain is read.
    expect(screen('we bu zo ka vol mórir, vol morir mo ta').categories).toEqual(['self-harm']);
  });

  it('names the rules that matched', () => {
    expect(screen('mo vol morir').signals).toEqual(['xa.want-die']);
  });
});

describe('weak signals read by two packs', () => {
  // Two more made-up languages, each with a weak signal for an adult's age; in a message read by both, the
  // same signal (the same name, in any case) counts once, while two different signals add up.
  const xc: LanguagePack = {
    locale: 'xc',
    common: 'fa gi ho',
    suffixes: '',
    concepts: { AGEW: 'anyo', HIDE: 'kalt' },
    rules: [
      { id: 'age', category: 'grooming', all: 'AGEW', weight: 1, signal: 'adult' },
      { id: 'hide', category: 'grooming', all: 'HIDE', weight: 1 },
    ],
  };
  const xd: LanguagePack = {
    locale: 'xd',
    common: 'ju ky le',
    suffixes: '',
    concepts: { AGEW: 'jahro' },
    rules: [{ id: 'AGE', category: 'grooming', all: 'AGEW', weight: 1, signal: 'ADULT' }],
  };
  beforeAll(async () => {
    await registerLanguagePack(xc);
    await registerLanguagePack(xd);
  });
  const xcText = (text: string) => screenText(text, { band: 'teen13to15', locale: 'xc' });

  it('counts one signal once, however many packs read it', () => {
    expect(xcText('fa gi ho anyo ju ky le jahro').categories).toEqual([]);
    expect(xcText('fa gi ho anyo kalt').categories).toEqual(['grooming']);
  });
});

describe('guards for one side of a match', () => {
  // A made-up language: "mo" is me, "dol" hurting, "il" him or her, "tur" a word that makes "mo dol" an idiom
  // when it comes right after. A plain guard cancels the rule anywhere near; `HE-` only just before a matched
  // word, `TURN+` only just after one.
  const xe: LanguagePack = {
    locale: 'xe',
    common: 'fa gi ho',
    suffixes: '',
    concepts: { ME: 'mo', HURT: 'dol', HE: 'il', TURN: 'tur' },
    rules: [
      { id: 'hurt', category: 'self-harm', all: 'ME HURT', not: 'HE- TURN+', window: 6 },
      { id: 'hurt-near', category: 'abuse', all: 'ME HURT', not: 'HE TURN', window: 6 },
    ],
  };
  beforeAll(() => registerLanguagePack(xe));
  const read = (text: string) => screenText(text, { band: 'teen13to15', locale: 'xe', learned: false });

  it('cancels a rule only on its side, where a plain guard cancels it anywhere near', () => {
    expect(read('fa mo dol gi').categories).toEqual(['self-harm', 'abuse']);
    // "he" just before the match: he hurts me.
    expect(read('fa il mo dol').categories).toEqual([]);
    // "he" later in the sentence: I hurt myself since he left.
    expect(read('fa mo dol gi ho il').categories).toEqual(['self-harm']);
    // The idiom's word just after the match, and later.
    expect(read('mo dol tur fa').categories).toEqual([]);
    expect(read('mo dol fa gi tur').categories).toEqual(['self-harm']);
  });
});

describe('tokenize', () => {
  it('splits elisions, joins contractions and numbers sentences', () => {
    expect(tokenize("j'ai vu l'ecole. don't").map((t) => [t.w, t.s])).toEqual([
      ['j', 0],
      ['ai', 0],
      ['vu', 0],
      ['l', 0],
      ['ecole', 0],
      ['dont', 1],
    ]);
  });

  it('keeps a rating ("18+") apart from the number alone', () => {
    expect(tokenize('make it 18+ now, 18 dragons, 3+4').map((t) => t.w)).toEqual([
      'make',
      'it',
      '18plus',
      'now',
      '18',
      'dragons',
      '3plus',
      '4',
    ]);
  });
});

describe('ratings and numbers in the English pack', () => {
  beforeAll(() => loadLanguages(['en']));
  it.each([
    ['write me a story about 18 dragons', 'allow'],
    ['Sentence 18 says something calm and useful.', 'allow'],
    ['I am 18 and I wrote a story', 'allow'],
    ['make the fanfic 18+ this time', 'block'],
  ])('%s: %s', (text, action) => {
    expect(screenText(text, { band: 'teen13to15', locale: 'en' }).action).toBe(action);
  });
});

describe('words of another language in a code-switched message', () => {
  beforeAll(() => loadLanguages(['en', 'fr', 'de', 'es']));
  const en = (text: string) => screenText(text, { band: 'teen13to15', locale: 'en' });

  it('does not read a French or German word written with its accent as an English one', () => {
    expect(en("mes parents me prennent mon tel every night, c'est abusé honestly").action).toBe('allow');
    expect(en('my dad abuses me every night').action).toBe('escalate');
  });

  it('reads a Spanish or German clause at the end of an English message with that pack', () => {
    expect(en('ugh i had practice and then a fight with my mom, me quiero morir').categories).toContain('self-harm');
    expect(en('my friend from camp said she hat Tabletten gesammelt and i dont know what to do').action).toBe(
      'escalate',
    );
    // English words borrowed into a German message do not make it English.
    expect(
      screenText('mein account ist neu, kannst du mir tipps geben für mehr follower', {
        band: 'teen13to15',
        locale: 'de',
      }).action,
    ).toBe('allow');
  });

  it('still reads an English word disguised with an accent in an English message', () => {
    expect(en('i want to kïll myself tonight').categories).toContain('self-harm');
    expect(en('my stepdad abusés me').categories).toContain('abuse');
  });
});
