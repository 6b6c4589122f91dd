import { AGE_BANDS, DEFAULT_POLICY, definePolicy, loadLanguages, type ScreenAction, screenText } from '@youthchat/core';
import { beforeAll, describe, expect, it } from 'vitest';

beforeAll(() => loadLanguages(['en', 'es', 'fr', 'de']));

const under13 = (text: string) => screenText(text, { band: 'under13' });

describe('screenText: escalation', () => {
  it.each([
    ['i want to kill myself', 'self-harm'],
    ["I don't want to be alive anymore", 'self-harm'],
    ['kms fr nobody cares', 'self-harm'],
    ['thinking about unaliving', 'self-harm'],
    ["i've been cutting myself again", 'self-harm'],
    ['everyone would be better off without me', 'self-harm'],
    ['how many pills would it take to not wake up', 'self-harm'],
    ['quiero morirme', 'self-harm'],
    ['ya no quiero vivir', 'self-harm'],
    ['a man i met in a game asked me to send pictures and not tell my parents', 'grooming'],
    ['my online friend who is 25 wants to meet me alone at the mall', 'grooming'],
    ['someone keeps asking me to keep our chats a secret from my mom', 'grooming'],
    ['un señor que conocí en roblox me pidió fotos', 'grooming'],
    ['me dijo que no le diga a mis papás', 'grooming'],
    ["my stepdad hits me when he's drunk", 'abuse'],
    ['my uncle touches me when nobody is home', 'abuse'],
    ['mi padrastro me pega', 'abuse'],
    ['im going to bring a knife to school and hurt him', 'violence'],
    ['voy a matarlo mañana', 'violence'],
    ['no one would care if i wasnt here', 'self-harm'],
    ['nobody would notice if i disappeared', 'self-harm'],
    ['my cousin keeps molesting me', 'abuse'],
    // Rules reached only once their gates held every word they can match on.
    ['i have bruises from my dad again', 'abuse'],
    ['i selfharm when im sad', 'self-harm'],
    ['un señor me pidió que nos veamos', 'grooming'],
    ['he keeps asking for my school and he is 30', 'grooming'],
  ])('escalates %j as %s', (text, category) => {
    const result = under13(text);
    expect(result.action).toBe('escalate');
    expect(result.categories).toContain(category);
  });
});

describe('screenText: blocking', () => {
  it.each([
    ['write me a sex story', 'sexual'],
    ['send nudes', 'sexual'],
    ['send n00dz', 'sexual'],
    ["you're a f*cking idiot", 'profanity'],
    ['this is sh1t', 'profanity'],
    ['eres un pendejo', 'profanity'],
    ['how do i buy weed without my parents knowing', 'substances'],
    ["what's the easiest way to get vodka at 14", 'substances'],
    ['where can I buy a vape', 'substances'],
  ])('blocks %j as %s', (text, category) => {
    const result = under13(text);
    expect(result.action).toBe('block');
    expect(result.categories).toContain(category);
  });
});

describe('screenText: normalisation', () => {
  it.each([
    ['i w4nt to k1ll mys3lf', 'leetspeak'],
    ['iiii want to kiiiill myselfff', 'repeated letters'],
    ['i want to kіll myself', 'a Cyrillic і'],
    ['i want to k\u200bill myself', 'a zero-width space'],
    ['i want to ｋｉｌｌ myself', 'full-width letters'],
    ['k m s', 'spaced letters'],
    ['K.M.S', 'dotted letters'],
    ['I want to sùïcide', 'accents'],
    ['k.i.l.l m.y.s.e.l.f', 'dotted letters, words spaced'],
    ['i w a n t t o d i e', 'a phrase spelled out letter by letter'],
    ['k i l l m y s e l f', 'a phrase spelled out, with a doubled letter'],
    ['m e q u i e r o m o r i r', 'a Spanish phrase spelled out'],
  ])('sees through %j (%s)', (text) => {
    expect(under13(text).action).toBe('escalate');
  });

  it.each(['f u c k', 'fuuuuuck', 'a$$hole', 's.h.i.t', 'f**k you', 'ƒuck', "that's bullsh*t", 'what a dipsh#t'])(
    'sees profanity in %j',
    (text) => {
      expect(under13(text)).toMatchObject({ action: 'block', categories: ['profanity'] });
    },
  );

  it.each([
    '*really* good',
    '5*3=15',
    'my_username_here',
    'a b c d e f g h i j k',
    'i n e e d h e l p w i t h m a t h',
    't h a n k y o u s o m u c h',
  ])('reads no threat into %j', (text) => {
    expect(under13(text)).toMatchObject({ action: 'allow', categories: [] });
  });
});

describe('screenText: allowed', () => {
  it.each([
    'I live in Scunthorpe',
    'I have a class assignment on Sussex',
    'the cockpit of a plane has lots of buttons',
    "what does the word 'analysis' mean",
    'is a cocktail dress ok for a wedding',
    'how much cumin goes in chili',
    'shiitake mushrooms taste weird',
    'our new teacher is Mr Cummings',
    'how do you tell the sex of a chicken',
    'I killed it at my piano recital!',
    "I'm dying to see the new movie",
    'this homework is killing me lol',
    'my mom is going to kill me when she sees my grades',
    'my character died in minecraft lol',
    'I hurt myself skating yesterday',
    'we studied the assassination of Julius Caesar',
    'Romeo and Juliet both die at the end',
    'Cleopatra committed suicide',
    'my grandpa passed away and I miss him',
    'why is vaping bad for your lungs',
    'what happens to your brain when you drink alcohol',
    'my friend asked me to keep her birthday party a secret',
    'my teacher asked me to send pictures of my science project',
    'mi perro negro es muy lindo',
    'me toca a mí jugar',
  ])('allows %j', (text) => {
    expect(under13(text).action).toBe('allow');
  });
});

/** The action, and the category when one is given, for a child under 13 and a young teen alike. */
function expectInBothBands(text: string, action: ScreenAction, category?: string) {
  for (const band of ['under13', 'teen13to15'] as const) {
    const result = screenText(text, { band });
    expect(result.action).toBe(action);
    if (category) expect(result.categories).toContain(category);
  }
}

describe('screenText: ways of saying it the rules were not written from', () => {
  // Word classes, not sentences: other tenses, other verbs, other relations and Spanish forms of the same disclosure.
  it.each([
    ['everyone would be happier if i was dead', 'self-harm'],
    ['whats the most painless way to die', 'self-harm'],
    ['i burn myself with a lighter when im stressed', 'self-harm'],
    ['quisiera estar muerta', 'self-harm'],
    ['me quiero aventar del puente', 'self-harm'],
    ['tome muchas pastillas para no despertar', 'self-harm'],
    ['ya no aguanto mas me quiero ir de este mundo', 'self-harm'],
    ['honestly i just want everything to stop forever', 'self-harm'],
    ['i have a plan to end it on friday', 'self-harm'],
    ['i think about dying every day', 'self-harm'],
    ['i wrote a goodbye note to my family', 'self-harm'],
    ['no quiero seguir aqui', 'self-harm'],
    ['me quiero cortar las venas', 'self-harm'],
    ['he keeps asking if im home alone', 'grooming'],
    ['he asked if im alone right now', 'grooming'],
    ['me pregunta si estoy sola en casa', 'grooming'],
    ['someone from fortnite offered me vbucks if i send a photo', 'grooming'],
    ['me ofreció diamantes si le mando una foto', 'grooming'],
    ['this 20 year old keeps dming me and says he loves me', 'grooming'],
    ['he asked me to turn on my camera and take my shirt off', 'grooming'],
    ['un hombre en free fire me dijo que no le contara a mi mamá', 'grooming'],
    ['un adulto me pidió que borre los mensajes para que mis papás no vean', 'grooming'],
    ['un muchacho mayor me quiere ver a solas', 'grooming'],
    ['a guy from fortnite says hes 19 and wants my snap', 'grooming'],
    ['my coach says our texts are private and not to show my mom', 'grooming'],
    ['un hombre de 30 me escribe que me quiere', 'grooming'],
    ['my moms boyfriend comes into my room at night and touches me', 'abuse'],
    ['mi madrastra no me deja comer', 'abuse'],
    ['gonna bring a knife and cut her', 'violence'],
    ['how to poison someone without getting caught', 'violence'],
    ['how do i make a bomb', 'violence'],
    ['tomorrow ill burn down the school', 'violence'],
    ['le voy a pegar un tiro', 'violence'],
    ['te voy a partir la cara', 'violence'],
    ['mañana llevo un cuchillo a la escuela', 'violence'],
  ])('escalates %j as %s', (text, category) => expectInBothBands(text, 'escalate', category));

  it.each([
    ['tell me a dirty story', 'sexual'],
    ['show me naked girls', 'sexual'],
    ['cuéntame una historia sexual', 'sexual'],
    ['eres un pinche idiota', 'profanity'],
    ['alguien me vende mota', 'substances'],
    ['dónde puedo comprar un vapeador', 'substances'],
  ])('blocks %j as %s', (text, category) => expectInBothBands(text, 'block', category));

  it.each([
    'mi papá me pegó un susto',
    'my sister hit me with a pillow lol',
    'in the book the main character commits suicide can you explain why',
    'what is the suicide rate in japan',
    'i dont want to hurt her feelings',
    'im gonna cut you a slice of cake',
    'my teacher asked if i was alone on the project',
    'my dad asks if im home when he calls',
    'my mom said to take off my muddy clothes',
    'if i send a photo of my drawing can you rate it',
    'it would be better if i was taller',
    'apaga la luz para no despertar a mi hermano',
    'voy a quemar un cd con canciones',
    'how do i make a bath bomb',
    'the story is about a girl who wants to leave this world and go to space',
    'how do i help a friend who self harms',
    'este examen me va a matar',
    'me muero de risa',
    'quiero morirme de la risa jaja',
    'im thinking about dying my hair blue',
    'i want this class to end',
    'my mom says she loves me',
  ])('allows %j', (text) => expectInBothBands(text, 'allow'));
});

describe('screenText: policy per band', () => {
  it('uses DEFAULT_POLICY when no policy is given', () => {
    const samples = ['i want to kill myself', 'send nudes', 'this is sh1t', 'where can I buy a vape', 'hello there'];
    for (const band of AGE_BANDS) {
      for (const text of samples) {
        expect(screenText(text, { band })).toEqual(screenText(text, { band, policy: DEFAULT_POLICY }));
      }
    }
  });

  it('lets adults swear and ask about alcohol by default, but still escalates self-harm', () => {
    expect(screenText('this is sh1t', { band: 'adult' })).toMatchObject({ action: 'allow', categories: ['profanity'] });
    expect(screenText('where can I buy vodka', { band: 'adult' }).action).toBe('allow');
    expect(screenText('i want to kill myself', { band: 'adult' }).action).toBe('escalate');
  });

  it('takes the block list per band from the policy', () => {
    const policy = definePolicy({ bands: { teen16to17: { screening: { actions: { profanity: 'allow' } } } } });
    expect(screenText('this is sh1t', { band: 'teen16to17', policy }).action).toBe('allow');
    expect(screenText('this is sh1t', { band: 'teen13to15', policy }).action).toBe('block');
  });

  it('escalates the escalation categories for minors even with a policy object that says otherwise', () => {
    const policy = structuredClone(DEFAULT_POLICY);
    policy.bands.teen13to15.screening.actions['self-harm'] = 'allow';
    expect(screenText('i want to kill myself', { band: 'teen13to15', policy }).action).toBe('escalate');
  });

  it('treats an unknown band as the youngest band the policy allows', () => {
    const result = screenText('this is sh1t', { band: 'toddler' as never });
    expect(result.action).toBe('block');
  });
});
