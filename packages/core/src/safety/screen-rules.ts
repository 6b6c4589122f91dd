/**
 * Screening rules in English and Spanish. They run on the normalised form
 * (see normalize.ts): lower case, no accents or apostrophes, repeated letters
 * collapsed, punctuation as spaces, sentence ends as " . ". Rules are written
 * in plain spelling; {@link compile} folds them the same way.
 *
 * The escalation rules look for the child speaking about themselves (first
 * person, intent, habit) or disclosing what someone else does to them, so that
 * idioms ("this homework is killing me"), games, history and grief pass.
 */
import { collapseRepeats } from './normalize.js';
import { WordTable } from './word-table.js';

/**
 * A rule source with repeated letters folded as {@link collapseRepeats} folds
 * text, leaving escapes whole: `\bbruises` keeps its boundary and its "b".
 */
export function foldPattern(source: string): string {
  return source.replace(/(\\.)|([a-z])\2+/g, (_, escaped: string | undefined, letter: string) => escaped ?? letter);
}

/**
 * The gates: one per rule family, and for grooming one per signal that can
 * make a message grooming, so that common words open only theirs.
 */
export type Gate =
  | 'selfHarmMe'
  | 'selfHarm'
  | 'selfInjury'
  | 'adultRomance'
  | 'affection'
  | 'hideFromParents'
  | 'secret'
  | 'photos'
  | 'meet'
  | 'gifts'
  | 'undress'
  | 'privateChat'
  | 'probing'
  | 'abuse'
  | 'violence'
  | 'sexual'
  | 'profanity'
  | 'substances';
/** Each gate's bit, given when its first rule is compiled. */
export const GATE_BIT = {} as Record<Gate, number>;
let gates = 0;

/** Gate words, each with the bits of the gates it opens. */
const table = new WordTable();

/**
 * One alternation from many rule sources, folded like the text it runs on.
 * In a source, `%word` makes the word one of `gate`'s words: every match of
 * the rule must hold at least one of them (test/core/safety/gates.test.ts
 * checks this), so that {@link openGates} can keep the rule off messages
 * without any.
 */
export function compile(sources: readonly string[], gate?: Gate): RegExp {
  if (gate && !GATE_BIT[gate]) GATE_BIT[gate] = 1 << gates++;
  const plain = sources.map((s) =>
    s.replace(/%([a-z0-9]+)/g, (_, word: string) => {
      if (gate) table.add(collapseRepeats(word), GATE_BIT[gate]);
      return word;
    }),
  );
  const body = plain.map((s) => `(?:${foldPattern(s)})`).join('|');
  // When every source starts at a word boundary, one boundary check up front spares the rest inside words. A source
  // that starts with one starts every one of its alternatives with one (test/core/safety/gates.test.ts checks this).
  return new RegExp(plain.every((s) => s.startsWith('\\b')) ? `\\b(?:${body})` : body);
}

/** Which gates the words of a form open, as bits of {@link GATE_BIT}. */
export function openGates(form: string): number {
  let bits = 0;
  table.scan(form, true, (_, b) => {
    bits |= b;
  });
  return bits;
}

const ME = '(?:my ?%self|%myself|%meself)';
const SOME_WORDS = '(?: [a-z0-9]+){0,3}';

/** Self-harm told with "myself": killing, hanging, cutting myself. */
export const SELF_HARM_ME = compile(
  [
    `\\b(?:kill|killing|killed|kills|unalive|unaliving|hang|hanging|drown|drowning|poison|poisoning|off|offing|end|ending|suffocate|shoot|overdose on|od on|starve) ${ME}\\b`,
    `\\bcut(?:ting)? ${ME}\\b(?! (?:on|by accident|accidentally|shaving|cooking|playing|when i fell|with paper))`,
  ],
  'selfHarmMe',
);

export const SELF_HARM = compile(
  [
    '\\b(?:%kms|%unalive|%unalived|%unaliving|%sewerslide|sewer %slide|%selfharm|self %harm|%selfharming|self %harming|%selfinjury|self %injury)\\b',
    '\\b%suicidal\\b',
    '\\bcut(?:ting)? (?:my )?(?:%wrist|%wrists)\\b|\\bslit (?:my )?(?:%wrist|%wrists)\\b',
    '\\b(?:want|wanna|wish|hope|ready|deserve|plan|planning|need) (?:to |i could |i would |i )?(?:%die|be %dead|%disappear forever|stop %existing|not %exist|not be %alive)\\b(?! (?:of|from|laughing))',
    '\\b(?:dont|do not|no longer|never) (?:want|wanna|wish) (?:to )?(?:be %alive|%exist|keep %living|go on %living|%wake up again|%wake up tomorrow|be here %anymore|%live %anymore|%live any more)\\b',
    '\\b(?:dont|do not|no longer) (?:want|wanna) (?:to )?%live\\b(?! (?:in|with|at|near|there|here|on|like|without|for|by|under|next|close|so|that|this|the|a|my|your|his|her|our|their|far|alone))',
    '\\bwish (?:i|id) (?:was|were|wasnt|werent|had never been|was never|were never|never was|never) (?:%dead|%born|%alive|%existed|%exist)\\b',
    '\\b(?:%better|%beter|%happier)(?: of)? (?:%dead|without me|if i (?:%died|%disappeared|never %existed|(?:wasnt|werent) (?:here|around|%alive)|(?:was|were) (?:%dead|%gone|never %born)))\\b',
    '\\b(?:%painless|least %painful|%peaceful) (?:way|ways|method|methods) (?:to|of) (?:%die|dying|kill myself|%end it|%end my life|commit suicide)\\b|\\b%die painlessly\\b|\\b(?:i|im) (?:want|wanna|ready|going|gonna|need|about)(?: to)? leave this (?:%world|%earth)\\b',
    '\\b(?:no|zero) (?:%reason|%point) (?:to|in|of) (?:%live|%living|being %alive|going on|%existing)\\b',
    '\\blife (?:isnt|is not|aint|is no longer|will never be) %worth (?:%living|it)\\b',
    '\\b(?:%nobody|no one|%noone|%nobody would|no one would) (?:would |will )?(?:%care|%miss me|%notice) if i (?:%died|was %gone|%disappeared|wasnt here|was %dead)\\b',
    '\\b(?:%end|%ending|%ended|%take|%taking) (?:it all|my life|my own life|everything tonight|it tonight|my life tonight)\\b|\\b(?:plan|planning|decided|ready) to %end it\\b',
    '\\b(?:want|wanna|wish|need) (?:it all|everything|my life|the pain) to (?:%stop|%end|be %over)\\b',
    '\\b(?:think|thinking|thought) (?:about|of) (?:%dying|%death|being %dead|killing %myself|%suicide)\\b(?! (?:my|her|his) hair)',
    '\\b(?:wrote|writing|write|left) (?:a |my )?(?:%goodbye|%suicide) (?:%note|%letter)\\b',
    '\\b(?:how many|how much|enough) (?:%pills|%pill|%tablets|%painkillers|sleeping %pills|%tylenol|%advil|%medicine)\\b.{0,50}\\b(?:%die|%dead|kill|not %wake|never %wake|overdose|od)\\b',
    '\\b(?:to|would|and|just|hope i|wish i could|i could) (?:not|never) %wake up\\b',
    '\\b(?:jump|jumping) (?:off|of) (?:a|the|this|my) (?:%bridge|%building|%roof|%cliff|%balcony|%tower)\\b',
    '\\b%cant go on (?:%living|%anymore|like this)\\b',
    '\\b(?:whats|what is|is there|i dont see) (?:the|a|any) %point (?:of|in) (?:%living|life|being %alive)\\b',
    '\\b(?:took|%take|%taking|swallowed|swallow) (?:a bunch of|a lot of|too many|all (?:my|the|of my)|all of the|a whole bottle of) (?:%pills|%pill|%tablets|%meds|%medicine|%painkillers)\\b',
    '\\b(?:%sleep|go to %sleep) (?:forever|and never %wake up)\\b|\\bnever %wake up again\\b',
    // Spanish
    '\\b(?:%matarme|%suicidarme|quitarme la %vida|me quiero %morir|quiero %morir|quiero %morirme|me voy a %matar|me quiero %matar|acabar con mi %vida|terminar con mi %vida)\\b(?! de (?:la )?(?:risa|verguenza|hambre|sueno|ganas))',
    '\\b(?:no|ya no) quiero (?:%vivir|seguir %viviendo|seguir (?:%aqui|%aca)|estar %vivo|estar %viva|%existir|%despertar)\\b',
    '\\b(?:%cortar|%cortarme) (?:las|mis) %venas\\b',
    '\\b(?:ojala|quisiera|quiero|deseo) no (?:%despertar|%despertarme|volver a %despertar|%existir|haber %nacido)\\b|\\bpara no (?:%despertar|volver a %despertar)\\b(?! a\\b)|\\bdormir(?:me)? para %siempre\\b',
    '\\b(?:%tirarme|%aventarme|%lanzarme|me (?:voy a|quiero) (?:%tirar|%aventar|%lanzar)|me (?:%tiro|%avento|%lanzo)) (?:de|del|desde)(?: (?:un|una|el|la|mi))? (?:puente|edificio|techo|azotea|balcon|ventana|precipicio)\\b',
    '\\b(?:tome|tomar|tomarme|me tome|trague|tragarme|me trague) (?:muchas|todas (?:las|mis)|un monton de|un frasco de|demasiadas) (?:%pastillas|%pildoras)\\b',
    '\\b(?:me %corto|me estoy %cortando|%cortarme|me he %cortado|hacerme %dano|me hago %dano)\\b(?! (?:el|las|los|la) (?:pelo|cabello|flequillo|unas|puntas))',
    '\\b(?:(?:mejor|quisiera|quiero|ojala|desearia|deseo|preferiria) (?:estar |estuviera |estaria )?(?:%muerto|%muerta)|ojala no hubiera %nacido|(?:irme|me voy|me quiero ir|dejar) de este %mundo|%desaparecer para %siempre|nadie me %extranaria|quiero %desaparecer|no %vale la pena %vivir|ya no %aguanto %vivir)\\b',
  ],
  'selfHarm',
);

/** "suicide" on its own: escalates unless it is a film, a weapon or a past event told in the third person. */
export const SUICIDE_WORD = /\bsuicid/;
export const SUICIDE_NOT_ME = compile([
  '\\bsuicide (?:squad|bomb|bomber|bombers|bombing|bombings|mission|missions|door|doors|king|note song|rate|rates|prevention|awareness|statistics)\\b',
]);
export const THIRD_PERSON_PAST = compile(['\\b(?:commits|committed|comitted|commited|died by|died of) suicide\\b']);
export const FIRST_PERSON = compile(['\\b(?:i|im|ive|id|ill|me|my|myself|mine|yo|mi)\\b']);

/** Deliberate self-injury words that count only with intent or habit nearby ("I hurt myself skating" passes). */
export const SELF_INJURY = compile(
  [
    `\\b(?:cut|cutting|cuts|burn|burning|hurt|hurting|harm|harming|scratch|scratching|punish|punishing|hit|hitting|bang|banging) (?:${ME}|my (?:%arm|%arms|%wrist|%wrists|%legs|%thighs|%skin|%head))\\b`,
  ],
  'selfInjury',
);
export const INTENT = compile([
  '\\b(?:want|wanna|gonna|going to|thinking|think|plan|planning|urge|urges|keep|kept|been|again|started|start|deserve|should|need to|feel like|tempted|scars|scar|on purpose|relapse|relapsed|every day|every night|every time|whenever|sometimes|when i feel|cant stop|stop)\\b',
  '\\bwhen (?:im|i am|i get|i feel)(?: so| really| very)? (?:sad|stressed|angry|mad|upset|anxious|depressed|lonely|overwhelmed)\\b',
]);

/** Signals that, together, mean a child is describing grooming. */
export const GROOMING = {
  /** Someone other than the child. */
  someone: compile([
    '\\b(?:stranger|strangers|someone|somebody|some1|he|she|they|him|her|alguien)\\b',
    '\\bme (?:dijo|dice|pidio|pide|escribio|escribe|manda|mando|pregunta|pregunto)\\b',
    '\\b(?:told|tells|asked|asks|wants|made|makes) me\\b',
    '\\b(?:coach|teacher|uncle|neighbou?r|babysitter|tutor|cousin|stepdad|stepbrother|pastor|trainer|instructor|tio|vecino|entrenador|maestro|primo)\\b',
  ]),
  /** An adult, a stranger or someone met online. */
  stranger: compile([
    '\\b(?:a|an|this|that|some|random|older|grown) (?:man|guy|dude|adult|grown ?up|stranger|lady|woman|old man|older guy|older man|teenager|person)\\b',
    '\\b(?:older|random|grown) (?:boy|girl|kid|teen|guy|man|dude|woman|lady|person)\\b',
    '\\bstrangers?\\b',
    `\\b(?:met|know|knew|talk|talking|talked|chat|chatting|play|playing|played)${SOME_WORDS} (?:online|on (?:discord|roblox|minecraft|fortnite|insta|instagram|snap|snapchat|tiktok|a game|the game|the internet|an app|omegle|whatsapp|kik|telegram|twitch|xbox|ps4|ps5|steam)|in (?:a|the) (?:game|app|server|chat|lobby))\\b`,
    '\\b(?:online|internet|discord|roblox|game|gaming|fortnite|minecraft|snap|insta|tiktok) (?:friend|friends|bf|gf|boyfriend|girlfriend|buddy|guy|man|person)\\b',
    // Spanish
    '\\b(?:un|una|el|la|este|ese|esa) (?:senor|hombre|chico|chavo|muchacho|adulto|adulta|desconocido|desconocida|senora|mujer)\\b',
    `\\b(?:conoci|conozco|hablo|habla|juego)${SOME_WORDS} (?:en|por) (?:internet|linea|un juego|el juego|roblox|discord|tiktok|instagram|free fire|fortnite|minecraft)\\b`,
    '\\b(?:amigo|amiga|novio|novia) (?:de|del) (?:internet|juego|roblox|discord|tiktok)\\b',
  ]),
  /** An adult's age. */
  adultAge: compile([
    '\\b(?:tiene|de) (?:1[89]|[2-9][0-9]) anos\\b',
    '\\b(?:who is|whos|he is|hes|she is|shes|they are|theyre|is|aged?) (?:1[89]|[2-9][0-9])\\b(?! (?:minutes|mins|seconds|points|pages|times|km|miles|dollars|percent))',
    '\\b(?:1[89]|[2-9][0-9]) ?(?:yo|years? old|yrs? old|y o)\\b',
  ]),
  /** Someone asking for pictures or video. */
  photos: compile(
    [
      `\\b(?:ask|asks|%asked|asking|want|wants|wanted|told|tells|telling|make|makes|made|making|beg|begs|begged|pressure|pressures|pressured|keeps asking|keep asking|said i should|trying to get)(?: me)?(?: to)?${SOME_WORDS} (?:send|sent|share|show|take|trade)${SOME_WORDS} (?:%pic|%pics|%picture|%pictures|%photo|%photos|%selfie|%selfies|%video|%videos|%nudes|%snaps|%body)\\b`,
      '\\b(?:%pics|%pictures|%photos|%videos|%selfies) (?:of me|of %myself|of my %body|in my (?:%underwear|bathing suit|swimsuit|%bra)|without (?:my )?%clothes|with no %clothes|naked|nude)\\b',
      '\\b(?:ask|asks|%asked|asking|begging|begs|wants|wanted|keeps asking|kep asking) (?:me )?for (?:a |some |more |my )?(?:%pic|%pics|%picture|%pictures|%photo|%photos|%selfie|%selfies|%nudes|%videos?)\\b',
      // Spanish
      '\\b(?:me pide|me pidio|me pidieron|quiere que le (?:mande|envie|pase)|me dijo que le (?:mandara|enviara|pasara)|me pide que le (?:mande|envie))(?: [a-z]+){0,2} (?:%fotos|%foto|%videos|%video|%selfies)\\b',
      '\\b%fotos (?:mias|de mi cuerpo|sin %ropa|desnud[oa])\\b',
      '\\b(?:if i|si le|si te|que le) (?:send|sent|show|share|mande|mando|envie|envio|pase|paso)(?: (?:him|her|them|you|a|an|some|more|my|una|unas|mas))? (?:%pic|%pics|%picture|%pictures|%photo|%photos|%selfie|%selfies|%video|%videos|%foto|%fotos)\\b',
    ],
    'photos',
  ),
  /** Someone asking the child to keep something secret. */
  secret: compile(
    ['\\b(?:keep|kept|keeping|be)(?: [a-z]+){0,3} (?:a |our |little )?%secret\\b', '\\bes (?:un )?%secreto\\b'],
    'secret',
  ),
  /** Someone asking the child to hide things from parents. */
  hideFromParents: compile(
    [
      '\\bour (?:little )?%secret\\b|\\bjust %between (?:us|you and me)\\b',
      '\\b(?:not to|dont|do not|never|shouldnt|cant|not) (?:%tell|%show|%let) (?:my|your|our|any|anyone|anybody|no one|nobody|mom|mum|dad|parents)\\b',
      '\\b%secret from (?:my|our) (?:mom|mum|dad|parents|family|mother|father)\\b',
      '\\b%delete (?:our|the|these|his|her|all) (?:%chats|%chat|messages|texts|%dms|convo|conversation)\\b',
      // Spanish
      '\\bno (?:le|les) (?:%diga|%digas|%dijera|%dijeras|%cuente|%cuentes|%contara|%contaras)\\b|\\bno (?:%decirle|%contarle|%decirles|%contarles)\\b',
      '\\b(?:borre|borres|borrar|borra|elimine|eliminar) (?:los|nuestros|sus|todos los|el|nuestro) (?:%mensajes|%chats|%chat)\\b',
      '\\b(?:so|para que) (?:my|your|mis|tus|mi|tu) (?:mom|mum|dad|parents|family|papas|padres|mama|papa) (?:doesnt|dont|wont|cant|never|no) (?:%see|%know|%find out|%vean|%vea|%sepan|%sepa|se %enteren|se %entere)\\b',
      '\\bnuestro %secreto\\b',
    ],
    'hideFromParents',
  ),
  /** Someone wanting to meet in person. */
  meet: compile(
    [
      `\\b(?:wants?|wanted|%asked|asks|asking|invited|invites|told me|keeps asking|said we should|said he would|said she would|offered|plans|planning|trying)(?: me)?(?: to)?${SOME_WORDS} (?:%meet|%meet up|%hang out|%come over|%come to my house|%pick me up|%visit me|%come get me|%see me in person|%meet me)\\b`,
      '\\b(?:%meet|%see) (?:me|up) (?:%alone|in person|irl|in real life|without my parents)\\b',
      // Spanish
      '\\b(?:quiere|quiso|me pidio|me pide|me invito|me dijo)(?: [a-z]+){0,2} (?:%conocerme|%verme|%vernos|que nos %veamos|%quedar|que %vaya a su %casa|%recogerme)\\b|\\bme (?:quiere|quieren|quiso) (?:%ver|%conocer|%recoger)\\b',
      '\\ben %persona\\b',
    ],
    'meet',
  ),
  /** Gifts, game currency or money from someone. */
  gifts: compile(
    [
      `\\b(?:gave|give|gives|giving|sent|send|sends|bought|buy|buys|buying|offered|offers|offering|promised|promises)(?: me)?${SOME_WORDS} (?:%robux|v %bucks|%vbucks|gift %card|gift %cards|%giftcard|%giftcards|%gifts|%presents|%money|%cash|%skins|%nitro|a %phone|%minecoins|%gems)\\b`,
      // Spanish
      '\\bme (?:regalo|regala|mando|manda|dio|da|compra|compro|ofrecio|ofrece)(?: [a-z]+){0,2} (?:%robux|%pavos|%diamantes|%regalos|%dinero|%tarjetas|%skins)\\b',
    ],
    'gifts',
  ),
  /** Someone wanting the child to undress. */
  undress: compile(
    [
      '\\b(?:take|takes|took|taking) (?:off )?(?:my|your|ur) (?:%shirt|%top|%clothes|%pants|%bra|%underwear|%shorts)\\b|\\b%undress\\b|\\b(?:quitarme|quitate|me quite|me quito) la %ropa\\b',
    ],
    'undress',
  ),
  /** Moving the chat somewhere private. */
  privateChat: compile(
    [
      '\\b(?:move|talk|%chat|text|add|switch)(?: [a-z]+){0,2} (?:to|on) (?:%snap|%snapchat|%whatsapp|%telegram|%kik|%signal|another %app|a %private|%private|%dms|%dm|a different %app)\\b',
    ],
    'privateChat',
  ),
  /** An adult romantic interest. */
  adultRomance: compile(
    [
      '\\b(?:%boyfriend|%girlfriend|%bf|%gf|%dating|%date|%crush|%novio|%novia)(?: [a-z]+){0,3} (?:1[89]|[2-9][0-9])\\b',
      '\\b(?:1[89]|[2-9][0-9]) ?(?:yo|years? old|y o)? (?:%boyfriend|%girlfriend|%bf|%gf)\\b',
    ],
    'adultRomance',
  ),
  /** Questions an adult has no business asking a child. */
  probing: compile(
    [
      '\\b(?:ask|asks|%asked|asking|wants to %know|pregunta|pregunto)(?: me)? (?:what (?:im|i am|i was) %wearing|about my %body|que (?:llevo|traigo) %puesto)\\b',
      '\\b(?:ask|asks|%asked|asking|wants to %know|pregunta|pregunto)(?: me)? (?:if|whether|when|si|cuando) (?:im|i am|i was|i will be|estoy|my parents are|mis (?:papas|padres) (?:estan|no estan))(?: [a-z]+){0,2} (?:%alone|by %myself|%home|%sola|%solo|en %casa)\\b(?! (?:on|for|with|at|in|when|after|before|because|en|con|para|cuando)\\b)',
      '\\b(?:%asked|asks|asking|wants|wanted|keeps asking)(?: me)?(?: for)? (?:my|where i) (?:%address|%live|%home %address|%school|%phone number|%number|real %name|%location|%snap|%snapchat|%insta|%whatsapp|%kik|%discord|%telegram)\\b',
    ],
    'probing',
  ),
  /** An adult's affection or attention. */
  affection: compile(
    [
      '\\b(?:%loves me|%love you|my (?:%boyfriend|%girlfriend)|%kiss|%kissed|%marry me|%date me|in a %relationship|said im (?:%cute|%hot|%sexy|%pretty|%mature))\\b',
      '\\b(?:me %ama|te %amo|te %quiero|soy (?:muy )?(?:%linda|%guapa|%hermosa|%madura))\\b|\\bme %quiere\\b(?! [a-z]+(?:ar|er|ir)\\b)',
    ],
    'affection',
  ),
};

/** The bits of every grooming signal's gate. */
export const GROOMING_GATES = Object.keys(GROOMING).reduce((bits, key) => bits | (GATE_BIT[key as Gate] ?? 0), 0);

const FAMILY =
  '(?:dad|father|mom|mum|mother|parent|parents|stepdad|stepmom|stepfather|stepmother|step dad|step mom|brother|sister|uncle|aunt|auntie|grandpa|grandma|grandfather|grandmother|babysitter|coach|teacher|boyfriend|cousin|neighbor|neighbour)';

/** Play and accidents: "my sister hit me with a pillow". */
const PLAY =
  '(?! (?:with (?:a |the |her |his |my )?(?:pillow|pillows|ball|snowball|snowballs|balloon|toy|nerf|foam)|by accident|accidentally))';

export const ABUSE = compile(
  [
    `\\b${FAMILY}(?: [a-z]+){0,3} (?:%hits|%hit|%beats|%beat|%kicks|%kicked|%slaps|%slapped|%punches|%punched|%chokes|%choked|%burns|%burned|%whips|%whipped|%smacks|%smacked|%abuses|%abused|%strangles|%strangled|%hurts|%hurt) me\\b${PLAY}`,
    `\\b${FAMILY}(?: [a-z]+){0,7} (?:%touches|%touched|%molests|%molested|%rapes|%raped) me\\b`,
    `\\b(?:he|she|they)(?: [a-z]+){0,2} (?:%hits|%beats|%kicks|%slaps|%punches|%chokes|%burns|%whips|%smacks|%abuses|%abused|%molests|%molested|%rapes|%raped|%strangles|%touches) me\\b${PLAY}`,
    '\\b(?:%get|%got|%getting|%gets) (?:%beaten|%beat|%hit|%hurt|%slapped|%abused|%whipped|%punched) (?:at home|by my)\\b',
    `\\b(?:%scared|%afraid|%terrified) of (?:my )?${FAMILY}\\b`,
    '\\b(?:%touches|%touched|%touching|%touch) (?:me|my) (?:where|in places|down there|in my private|privates|private|inappropriately|when|at night|and|body|chest|butt|under)\\b',
    '\\b(?:%makes|%made|%forces|%forced) me (?:%touch|to %touch|do things|do stuff|watch)\\b',
    `\\b(?:sexually %abused|sexually %abusing|%molested me|%molesting me|%raped me|%rapes me|%abusing me|%abuses me|%abused me|%beats me|%beat me up at home|%hits me|%hit me again)\\b${PLAY}`,
    '\\b(?:%scared|%afraid|%terrified) (?:to go|of going|to be) home\\b',
    '\\b(?:%lock|%locks|%locked) me (?:in|out)\\b|\\b(?:wont|doesnt|dont) (?:let me %eat|%feed me)\\b|\\bleaves? (?:%bruises|%marks) on me\\b|\\b%bruises from (?:my|when)\\b',
    // Spanish
    '\\b(?:papa|padre|padrastro|mama|madre|madrastra|tio|tia|abuelo|abuela|hermano|hermana|primo|prima|novio de mi mama|el|ella|ellos)(?: [a-z]+){0,2} me (?:%pega|%pego|%golpea|%golpeo|%maltrata|%maltrato|%abusa|%abuso|%viola|%violo|%quema|%quemo|%lastima|%ahorca|%patea)\\b(?! (?:un|una|el|la) (?:susto|grito|gripe|resfriado|virus|chicle))',
    '\\b(?:%abusa|%abuso|%abusaron|%abusan) de mi\\b|\\b%abuso sexual\\b|\\bme %violaron\\b|\\bme %viola\\b',
    '\\bme (?:%toca|%toco|%tocaba|%tocan)(?: [a-z]+){0,2} (?:mis partes|donde no|ahi abajo|mis partes intimas|el cuerpo|debajo)\\b',
    '\\b(?:tio|padrastro|papa|primo|abuelo|vecino|hermano|entrenador|maestro|novio de mi mama) me (?:%toca|%toco|%tocaba|%manosea)\\b(?! (?:a mi|jugar|el turno|la guitarra))',
    '\\b(?:%miedo|%terror) de (?:ir|volver|regresar) a (?:mi )?casa\\b|\\bme %encierra\\b|\\bno me (?:deja|dejan|da|dan) (?:de )?%comer\\b',
  ],
  'abuse',
);

const VIOLENT_VERB =
  '(?:%kill|kil|%shoot|%stab|%murder|%hurt|%cut|%beat up|%bomb|%blow|%attack|%strangle|%choke|%poison|%burn|%slit|%knife|%shank)(?: down| up)?';
const PERSON =
  '(?:him|her|them|you|u|ya|everyone|everybody|people|someone|somebody|all of (?:them|you)|my (?:mom|mum|dad|brother|sister|teacher|classmate|classmates|family|parents|friend|stepdad|stepmom|principal|coach|bully|ex)|(?:that|this|the) (?:kid|boy|girl|guy|teacher|bully|kids|students|class|school|principal)|[a-z]+ and [a-z]+)';

export const VIOLENCE = compile(
  [
    `\\b(?:i|im|ill|i will|i am|imma|ima|gonna|going to|want to|wanna|plan to|planning to|about to|finna|will|how (?:to|do i|can i|could i|would i))(?: [a-z]+){0,3}(?: and)? ${VIOLENT_VERB} ${PERSON}\\b(?! (?:hair|feelings|nails|slack|off|out|in line|a slice|a piece|some|with kindness))`,
    '\\b(?:how (?:to|do i|do you|can i)|want to|wanna|gonna|going to)(?: [a-z]+){0,2} (?:make|build|making|building) (?:a |an |some )?(?:%bomb|%bombs|pipe %bomb|%explosive|%explosives|%molotov|%grenade)\\b',
    '\\b(?:%bring|%bringing|%take|%taking|%brought|%sneak|%sneaking)(?: [a-z]+){0,3} (?:%gun|%guns|%knife|%knives|%weapon|%weapons|%rifle|%pistol|%bomb|%blade)(?: [a-z]+){0,3} (?:to|into|in) (?:school|class)\\b',
    '\\b(?:%shoot|%shooting) up (?:the|my|our|this) (?:school|class|mall)\\b',
    '\\b(?:he|she|they|someone|somebody|a kid|my classmate|my friend)(?: [a-z]+){0,3} (?:said|says|saying|threatened|threatens|wants to|is going to|is gonna|plans to) (?:to )?(?:%shoot|%bomb|%attack|%stab) (?:up )?(?:the|our|my|this) (?:school|class)\\b',
    '\\b(?:%kill %yourself|%kys|go %die)\\b',
    '\\b(?:im|ill|i will|gonna|going to|wanna|want to)(?: [a-z]+){0,2} %beat (?:him|her|them|you|u|everyone|that kid) up\\b',
    // Spanish
    '\\b(?:voy a|quiero|vamos a|lo voy a|la voy a|los voy a|te voy a)(?: [a-z]+){0,2} (?:%matar|%matarlo|%matarla|%matarlos|%matarte|%apunalar|%apunalarlo|%disparar|%dispararle|%balear|%acuchillar)\\b',
    '\\b(?:le|les|te|lo|la|los) (?:voy a|vamos a|quiero)(?: [a-z]+)? (?:pegar un (?:%tiro|%balazo)|dar un (?:%tiro|%balazo)|%romper la (?:cara|madre)|%partir la (?:cara|madre)|dar una (?:%paliza|%golpiza|%madriza))\\b',
    '\\b(?:voy a|vamos a|quiero)(?: [a-z]+){0,2} (?:%quemar|%incendiar|%volar|%explotar) (?:la|el|mi|su|esta|este) (?:escuela|colegio|casa|salon|liceo|prepa)\\b|\\b(?:hacer|fabricar|construir) (?:una |un )?(?:%bomba|%explosivo|%molotov)\\b',
    '\\b(?:llevar|llevare|llevo|voy a llevar|traer|traigo|voy a traer|meter|meto)(?: [a-z]+){0,2} (?:%pistola|%arma|%armas|%cuchillo|%navaja) (?:a|al|en) (?:la )?(?:escuela|colegio|salon|clase|liceo)\\b',
  ],
  'violence',
);

/** Talk about a game ("I'm gonna kill him in fortnite"), where threats are play. */
export const GAME = compile([
  '\\b(?:in|on|at|playing) (?:fortnite|minecraft|roblox|the game|a game|this game|among us|brawl stars|cod|warzone|valorant|apex|smash|mario kart|the match|the next round|pvp)\\b',
]);

export const SEXUAL = compile(
  [
    '\\b(?:%nudes|%noods|%nudez|%noodz|%nudz|%n00dz|%sext|%sexting|%sexts|%horny|%nsfw|%lewd|%lewds|%onlyfans|%rule 34|%r34|%erotic|%erotica|%kinky|%porno)\\b',
    '\\b(?:%nude|%naked|%sexy|%dirty|%spicy) (?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|snaps)\\b|\\b(?:%nude|%naked) (?:girls|boys|women|men|woman|man|girl|boy|people|ladies|bodies)\\b',
    '\\b(?:%dirty|%naughty|%sexy|%steamy|%smutty|%nsfw) (?:story|stories|fanfic|fanfics|fic|roleplay|rp|talk|texts|messages|chat)\\b|\\btalk %dirty\\b|\\b%smut\\b',
    '\\b(?:pic|pics|picture|pictures|photo|photos|see|show me) (?:of )?(?:your|ur|my|his|her) (?:%penis|%vagina|%dick|%boobs|%tits|%privates|%body %naked|%naked %body|%body)\\b',
    '\\b(?:%make out|%hook up|have %sex|%sleep) with me\\b|\\b%strip for me\\b',
    // Spanish
    '\\b(?:%sexo|%pornografia|%desnudo|%desnuda|%desnudos|%desnudas|%encuerado|%encuerada|%encuerados|%encueradas|fotos %intimas|%follar|%mamada|%tetas)\\b|\\b(?:historia|historias|cuento|cuentos|relato|relatos|rol) (?:%sexual|%sexuales|%erotico|%erotica|%eroticos|%eroticas|%porno|%caliente|%calientes|%xxx)\\b',
  ],
  'sexual',
);

export const PROFANITY_EXTRA = compile(
  [
    '\\b(?:%wtf|%stfu|%gtfo|%fml|%mf|%mofo|%dumbass|%jackass|%smartass)\\b',
    // Spanish
    '\\b(?:%puta|%puto|%putas|%putos|%mierda|%joder|%jodete|%pendejo|%pendeja|%pendejos|%cabron|%cabrona|%verga|(?:%pinche|%pinches)(?! (?:de|para|del|en))|%chinga|%chingar|%chingada|%chingado|%culero|%gilipollas|hijo de %puta|%hdp|%ptm|%malparido|%maricon|%zorra|me %cago en)\\b',
  ],
  'profanity',
);

const SUBSTANCE =
  '(?:%weed|%marijuana|%marihuana|%edibles|%thc|%dab %pen|%dabs|%cannabis|%vape|%vapes|%vaping|%vape %pen|%juul|%juuls|%elf bar|%ecig|%ecigs|e %cig|e %cigs|%ecigarette|%ecigarettes|e %cigarette|e %cigarettes|%nicotine|%cigarettes|%cigs|%cigarette|%tobacco|%alcohol|%booze|%beer|%beers|%vodka|%whiskey|%whisky|%rum|%tequila|%liquor|%wine|hard %seltzer|white %claw|%cocaine|%meth|%molly|%mdma|%ecstasy|%lsd|%shrooms|magic %mushrooms|%xanax|%xans|%percs|%percocet|%oxy|%oxycodone|%fentanyl|%fent|%codeine|%adderall|%ketamine|%heroin|%drugs|a %joint|%joints|%blunt|%blunts|a %pen|%carts)';
const GET =
  '(?:buy|buying|bought|get|getting|got|score|cop|order|find|sneak|steal|stealing|smoke|smoking|%vape|try|trying|use|take|drink|drinking|grow|make|hide|afford|sell|selling)';

/** The writer asking for, or about, getting or using something themselves. */
const ASKING =
  '(?:i|im|ive|id|me|my|we|us|lets|how|where|help|best|easiest|cheapest|quickest|fastest|safest|way to|tips|should|want|wanna|gonna|can|could|trying to|try to)';

export const SUBSTANCES = compile(
  [
    `\\b${ASKING}(?: [a-z0-9]+){0,3} ${GET}(?! rid)(?: [a-z0-9]+){0,3} ${SUBSTANCE}\\b`,
    `\\b(?:where|how|who)(?: [a-z]+){0,4} ${SUBSTANCE}\\b(?:.{0,30})\\b(?:without|under|at 1[0-7]|underage|parents)\\b`,
    '\\b(?:get|getting|got) (?:%high|%drunk|%stoned|%wasted|%faded|%blazed|%crossfaded)\\b',
    '\\b(?:%fake id|smoke %pot|smoking %pot|smoke a %joint|roll a %joint|%snort|hit a %vape|hit the %vape|%plug for)\\b',
    // Spanish
    '\\b(?:comprar|compro|conseguir|consigo|fumar|fumo|vapear|tomar|beber|probar|(?:me|donde|quien) (?:vende|venden|vendes|venda|vendan|consigue|consiguen|consigues|consiga|pasa|pasas))(?: [a-z]+){0,3} (?:%marihuana|%mota|%hierba|%porro|%porros|%vape|%vapes|%vaper|%vapeador|%vapeadores|%cigarros|%cigarrillos|%alcohol|%cerveza|%cervezas|%vodka|%tequila|%ron|%drogas|%cocaina|%pastillas)\\b',
    '\\b(?:%emborracharme|%drogarme|ponerme %pedo|ponerme %borracho|ponerme %borracha)\\b',
  ],
  'substances',
);
