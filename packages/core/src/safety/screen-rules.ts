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

/** One alternation from many rule sources, folded like the text it runs on. */
export function compile(sources: readonly string[]): RegExp {
  const body = sources.map((s) => `(?:${foldPattern(s)})`).join('|');
  // When every alternative starts at a word boundary, one boundary check up front spares the rest inside words.
  return new RegExp(sources.every(startsAtBoundary) ? `\\b(?:${body})` : body);
}

/** Whether every top-level alternative of a pattern source starts with `\b`. */
function startsAtBoundary(source: string): boolean {
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && (c === '|' || c === undefined)) {
      if (!source.startsWith('\\b', from)) return false;
      from = i + 1;
    }
  }
  return true;
}

/**
 * Words at least one of which every rule in a group needs. One pass over the
 * message's words with this table keeps the regular expressions off most messages.
 */
const gate = (words: string) => words;

const GATE_WORDS = {
  selfHarmMe: gate('myself meself self'),
  selfHarm: gate(
    'kms selfharm selfharming selfinjury sewerslide nobody noone care miss notice gone unalive unalived unaliving sewer self suicidal wrist wrists die dead disappear existing exist alive living wake anymore live born existed better beter reason point worth died disappeared end ending ended take taking pills pill tablets meds painkillers tylenol advil medicine bridge building roof cliff balcony tower cant sleep matarme suicidarme vida morir morirme matar vivir viviendo vivo viva existir despertar corto cortando cortarme cortado dano muerto muerta nacido siempre extranaria vale aguanto desaparecer',
  ),
  selfInjury: gate('myself meself self arm arms wrist wrists legs thighs skin head'),
  grooming: gate(
    'love loves kiss kissed marry mature relationship address location secret secreto tell digas decirle contarle diga cuentes cuente delete between pic pics picture pictures photo photos selfie selfies video videos nudes snaps body fotos foto meet hang come pick visit see conocerme verme vernos quedar recogerme persona robux v vbucks bucks gift gifts giftcard giftcards card cards presents money cash skins nitro phone minecoins gems pavos diamantes regalos dinero tarjetas snap snapchat whatsapp telegram kik signal app private dms dm boyfriend girlfriend bf gf dating date crush novio novia asked cute hot sexy pretty veamos vaya live school name',
  ),
  abuse: gate(
    'get got getting gets beaten afraid terrified scared manosea lock hits hit beats beat kicks kicked slaps slapped punches punched chokes choked burns burned whips whipped smacks smacked abuses abused molests molested molesting rapes raped strangles strangled hurts hurt touches touched touching touch makes made forces forced abusing scared afraid terrified locks locked feed eat bruises marks pega pego golpea golpeo maltrata maltrato abusa abuso viola violo quema quemo lastima ahorca patea abusaron abusan violaron toca toco tocaba tocan miedo terror encierra',
  ),
  violence: gate(
    'kill shoot stab murder hurt beat bomb blow attack strangle choke poison burn slit knife shank gun guns knives weapon weapons rifle pistol blade bring bringing brought take taking sneak sneaking shooting kys die yourself matar matarlo matarla matarlos matarte apunalar apunalarlo disparar dispararle balear acuchillar pistola arma cuchillo navaja',
  ),
  sexual: gate(
    'body naked nudes noods nudez nodz nudz n00dz sext sexting sexts horny nsfw lewd lewds onlyfans rule r34 erotic erotica kinky porno nude naked sexy dirty spicy penis vagina dick boobs tits privates make hook sex sleep strip sexo pornografia desnudo desnuda desnudos desnudas encuerado encuerada encuerados encueradas intimas follar mamada tetas',
  ),
  profanity: gate(
    'wtf stfu gtfo fml mf mofo motherfucker bullshit dumbass jackass smartass dipshit shithead puta puto putas putos mierda joder jodete pendejo pendeja pendejos cabron cabrona verga chinga chingar chingada chingado culero gilipollas hdp ptm malparido maricon zorra cago',
  ),
  substances: gate(
    'weed marijuana marihuana edibles thc dab dabs cannabis vape vapes vaping juul juuls elf e ecig ecigs cig cigs cigarette cigarettes ecigarette ecigarettes nicotine tobacco alcohol booze beer beers vodka whiskey whisky rum tequila liquor wine seltzer claw cocaine meth molly mdma ecstasy lsd shrooms mushrooms xanax xans percs percocet oxy oxycodone fentanyl fent codeine adderall ketamine heroin drugs joint joints blunt blunts pen carts high drunk stoned wasted faded blazed crossfaded fake pot snort plug mota hierba porro porros vaper cigarros cigarrillos cerveza cervezas ron drogas cocaina pastillas emborracharme drogarme pedo borracho borracha',
  ),
};

export type Gate = keyof typeof GATE_WORDS;
export const GATE_BIT = Object.fromEntries(Object.keys(GATE_WORDS).map((k, i) => [k, 1 << i])) as Record<Gate, number>;
let table: WordTable | undefined;

/** Which gates the words of a form open, as bits of {@link GATE_BIT}. */
export function openGates(form: string): number {
  if (!table) {
    table = new WordTable();
    for (const [gateName, list] of Object.entries(GATE_WORDS)) {
      for (const w of list.split(' ')) table.add(collapseRepeats(w), GATE_BIT[gateName as Gate]);
    }
  }
  let bits = 0;
  table.scan(form, true, (_, b) => {
    bits |= b;
  });
  return bits;
}

const ME = '(?:my ?self|myself|meself)';
const SOME_WORDS = '(?: [a-z0-9]+){0,3}';

/** Self-harm told with "myself": killing, hanging, cutting myself. */
export const SELF_HARM_ME = compile([
  `\\b(?:kill|killing|killed|kills|unalive|unaliving|hang|hanging|drown|drowning|poison|poisoning|off|offing|end|ending|suffocate|shoot|overdose on|od on|starve) ${ME}\\b`,
  `\\bcut(?:ting)? ${ME}\\b(?! (?:on|by accident|accidentally|shaving|cooking|playing|when i fell|with paper))`,
]);

export const SELF_HARM = compile([
  '\\b(?:kms|unalive|unalived|unaliving|sewer ?slide|self ?harm|self ?harming|self ?injury)\\b',
  '\\bsuicidal\\b',
  '\\bcut(?:ting)? (?:my )?wrists?\\b|\\bslit (?:my )?wrists?\\b',
  '\\b(?:want|wanna|wish|hope|ready|deserve|plan|planning|need) (?:to |i could |i would |i )?(?:die|be dead|disappear forever|stop existing|not exist|not be alive)\\b(?! (?:of|from|laughing))',
  '\\b(?:dont|do not|no longer|never) (?:want|wanna|wish) (?:to )?(?:be alive|exist|keep living|go on living|wake up again|wake up tomorrow|be here anymore|live anymore|live any more)\\b',
  '\\b(?:dont|do not|no longer) (?:want|wanna) (?:to )?live\\b(?! (?:in|with|at|near|there|here|on|like|without|for|by|under|next|close|so|that|this|the|a|my|your|his|her|our|their|far|alone))',
  '\\bwish (?:i|id) (?:was|were|wasnt|werent|had never been|was never|were never|never was|never) (?:dead|born|alive|existed|exist)\\b',
  '\\b(?:better|beter) of (?:dead|without me)\\b',
  '\\b(?:no|zero) (?:reason|point) (?:to|in|of) (?:live|living|being alive|going on|existing)\\b',
  '\\blife (?:isnt|is not|aint|is no longer|will never be) worth (?:living|it)\\b',
  '\\b(?:nobody|no one|noone|nobody would|no one would) (?:would |will )?(?:care|miss me|notice) if i (?:died|was gone|disappeared|wasnt here|was dead)\\b',
  '\\b(?:end|ending|ended|take|taking) (?:it all|my life|my own life|everything tonight|it tonight|my life tonight)\\b',
  '\\b(?:how many|how much|enough) (?:pills|pill|tablets|painkillers|sleeping pills|tylenol|advil|medicine)\\b.{0,50}\\b(?:die|dead|kill|not wake|never wake|overdose|od)\\b',
  '\\b(?:to|would|and|just|hope i|wish i could|i could) (?:not|never) wake up\\b',
  '\\b(?:jump|jumping) (?:off|of) (?:a|the|this|my) (?:bridge|building|roof|cliff|balcony|tower)\\b',
  '\\bcant go on (?:living|anymore|like this)\\b',
  '\\b(?:whats|what is|is there|i dont see) (?:the|a|any) point (?:of|in) (?:living|life|being alive)\\b',
  '\\b(?:took|take|taking|swallowed|swallow) (?:a bunch of|a lot of|too many|all (?:my|the|of my)|all of the|a whole bottle of) (?:pills|pill|tablets|meds|medicine|painkillers)\\b',
  '\\b(?:sleep|go to sleep) (?:forever|and never wake up)\\b|\\bnever wake up again\\b',
  // Spanish
  '\\b(?:matarme|suicidarme|quitarme la vida|me quiero morir|quiero morir|quiero morirme|me voy a matar|me quiero matar|acabar con mi vida|terminar con mi vida)\\b',
  '\\b(?:no|ya no) quiero (?:vivir|seguir viviendo|estar vivo|estar viva|existir|despertar)\\b',
  '\\b(?:me corto|me estoy cortando|cortarme|me he cortado|hacerme dano|me hago dano)\\b(?! (?:el|las|los|la) (?:pelo|cabello|flequillo|unas|puntas))',
  '\\b(?:mejor (?:estaria )?muert[oa]|ojala (?:estuviera muert[oa]|no hubiera nacido)|desaparecer para siempre|nadie me extranaria|quiero desaparecer|no vale la pena vivir|ya no aguanto vivir)\\b',
]);

/** "suicide" on its own: escalates unless it is a film, a weapon or a past event told in the third person. */
export const SUICIDE_WORD = /\bsuicid/;
export const SUICIDE_NOT_ME = compile([
  '\\bsuicide (?:squad|bomb|bomber|bombers|bombing|bombings|mission|missions|door|doors|king|note song)\\b',
]);
export const THIRD_PERSON_PAST = compile(['\\b(?:committed|comitted|commited|died by|died of) suicide\\b']);
export const FIRST_PERSON = compile(['\\b(?:i|im|ive|id|ill|me|my|myself|mine|yo|me|mi)\\b']);

/** Deliberate self-injury words that count only with intent or habit nearby ("I hurt myself skating" passes). */
export const SELF_INJURY = compile([
  `\\b(?:cut|cutting|cuts|burn|burning|hurt|hurting|harm|harming|scratch|scratching|punish|punishing|hit|hitting|bang|banging) (?:${ME}|my (?:arm|arms|wrist|wrists|legs|thighs|skin|head))\\b`,
]);
export const INTENT = compile([
  '\\b(?:want|wanna|gonna|going to|thinking|think|plan|planning|urge|urges|keep|kept|been|again|started|start|deserve|should|need to|feel like|tempted|scars|scar|on purpose|relapse|relapsed|every day|every night|when i feel|cant stop|stop)\\b',
]);

/** Signals that, together, mean a child is describing grooming. */
export const GROOMING = {
  /** Someone other than the child. */
  someone: compile([
    '\\b(?:stranger|strangers|someone|somebody|some1|he|she|they|him|her|alguien)\\b',
    '\\bme (?:dijo|dice|pidio|pide|escribio|escribe|manda|mando)\\b',
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
  photos: compile([
    `\\b(?:ask|asks|asked|asking|want|wants|wanted|told|tells|telling|make|makes|made|making|beg|begs|begged|pressure|pressures|pressured|keeps asking|keep asking|said i should|trying to get)(?: me)?(?: to)?${SOME_WORDS} (?:send|sent|share|show|take|trade)${SOME_WORDS} (?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|nudes|snaps|body)\\b`,
    '\\b(?:pics|pictures|photos|videos|selfies) (?:of me|of myself|of my body|in my (?:underwear|bathing suit|swimsuit|bra)|without (?:my )?clothes|with no clothes|naked|nude)\\b',
    '\\b(?:ask|asks|asked|asking|begging|begs|wants|wanted|keeps asking|kep asking) (?:me )?for (?:a |some |more |my )?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|nudes|videos?)\\b',
    // Spanish
    '\\b(?:me pide|me pidio|me pidieron|quiere que le (?:mande|envie|pase)|me dijo que le (?:mandara|enviara|pasara)|me pide que le (?:mande|envie))(?: [a-z]+){0,2} (?:fotos|foto|videos|video|selfies)\\b',
    '\\bfotos (?:mias|de mi cuerpo|sin ropa|desnud[oa])\\b',
  ]),
  /** Someone asking the child to keep something secret. */
  secret: compile([
    '\\b(?:keep|kept|keeping|be)(?: [a-z]+){0,3} (?:a |our |little )?secret\\b',
    '\\bes (?:un )?secreto\\b',
  ]),
  /** Someone asking the child to hide things from parents. */
  hideFromParents: compile([
    '\\bour (?:little )?secret\\b|\\bjust between (?:us|you and me)\\b',
    '\\b(?:not to|dont|do not|never|shouldnt|cant|not) tell (?:my|your|our|any|anyone|anybody|no one|nobody|mom|mum|dad|parents)\\b',
    '\\bsecret from (?:my|our) (?:mom|mum|dad|parents|family|mother|father)\\b',
    '\\bdelete (?:our|the|these|his|her|all) (?:chats|chat|messages|texts|dms|convo|conversation)\\b',
    // Spanish
    '\\b(?:no le digas|no decirle|no contarle|que no le diga|no le cuentes|no les digas|no les cuente|que no les diga)\\b',
    '\\bnuestro secreto\\b',
  ]),
  /** Someone wanting to meet in person. */
  meet: compile([
    `\\b(?:wants?|wanted|asked|asks|asking|invited|invites|told me|keeps asking|said we should|said he would|said she would|offered|plans|planning|trying)(?: me)?(?: to)?${SOME_WORDS} (?:meet|meet up|hang out|come over|come to my house|pick me up|visit me|come get me|see me in person|meet me)\\b`,
    '\\b(?:meet|see) (?:me|up) (?:alone|in person|irl|in real life|without my parents)\\b',
    // Spanish
    '\\b(?:quiere|quiso|me pidio|me pide|me invito|me dijo)(?: [a-z]+){0,2} (?:conocerme|verme|vernos|que nos veamos|quedar|que vaya a su casa|recogerme)\\b',
    '\\ben persona\\b',
  ]),
  /** Gifts, game currency or money from someone. */
  gifts: compile([
    `\\b(?:gave|give|gives|giving|sent|send|sends|bought|buy|buys|buying|offered|offers|offering|promised|promises)(?: me)?${SOME_WORDS} (?:robux|v ?bucks|vbucks|gift ?cards?|gifts|presents|money|cash|skins|nitro|a phone|minecoins|gems)\\b`,
    // Spanish
    '\\bme (?:regalo|regala|mando|manda|dio|da|compra|compro|ofrecio|ofrece)(?: [a-z]+){0,2} (?:robux|pavos|diamantes|regalos|dinero|tarjetas|skins)\\b',
  ]),
  /** Moving the chat somewhere private. */
  privateChat: compile([
    '\\b(?:move|talk|chat|text|add|switch)(?: [a-z]+){0,2} (?:to|on) (?:snap|snapchat|whatsapp|telegram|kik|signal|another app|a private|private|dms|dm|a different app)\\b',
  ]),
  /** An adult romantic interest. */
  adultRomance: compile([
    '\\b(?:boyfriend|girlfriend|bf|gf|dating|date|crush|novio|novia)(?: [a-z]+){0,3} (?:1[89]|[2-9][0-9])\\b',
    '\\b(?:1[89]|[2-9][0-9]) ?(?:yo|years? old|y o)? (?:boyfriend|girlfriend|bf|gf)\\b',
  ]),
  /** Questions an adult has no business asking a child. */
  probing: compile([
    '\\basked (?:me )?(?:what (?:im|i am|i was) wearing|about my body|if im alone|if i was alone|if my parents are home)\\b',
    '\\b(?:asked|asks|asking|wants|wanted|keeps asking)(?: me)?(?: for)? (?:my|where i) (?:address|live|home address|school|phone number|real name|location)\\b',
  ]),
  /** An adult's affection or attention. */
  affection: compile([
    '\\b(?:loves me|love you|my (?:boyfriend|girlfriend)|kiss|kissed|marry me|date me|in a relationship|said im (?:cute|hot|sexy|pretty|mature))\\b',
  ]),
};

const FAMILY =
  '(?:dad|father|mom|mum|mother|parent|parents|stepdad|stepmom|stepfather|stepmother|step dad|step mom|brother|sister|uncle|aunt|auntie|grandpa|grandma|grandfather|grandmother|babysitter|coach|teacher|boyfriend|cousin|neighbor|neighbour)';

export const ABUSE = compile([
  `\\b${FAMILY}(?: [a-z]+){0,3} (?:hits|hit|beats|beat|kicks|kicked|slaps|slapped|punches|punched|chokes|choked|burns|burned|whips|whipped|smacks|smacked|abuses|abused|molests|molested|rapes|raped|strangles|strangled|hurts|hurt|touches|touched) me\\b`,
  '\\b(?:he|she|they)(?: [a-z]+){0,2} (?:hits|beats|kicks|slaps|punches|chokes|burns|whips|smacks|abuses|abused|molests|molested|rapes|raped|strangles|touches) me\\b',
  '\\b(?:get|got|getting|gets) (?:beaten|beat|hit|hurt|slapped|abused|whipped|punched) (?:at home|by my)\\b',
  `\\b(?:scared|afraid|terrified) of (?:my )?${FAMILY}\\b`,
  '\\b(?:touches|touched|touching|touch) (?:me|my) (?:where|in places|down there|in my private|privates|private|inappropriately|when|at night|and|body|chest|butt|under)\\b',
  '\\b(?:makes|made|forces|forced) me (?:touch|to touch|do things|do stuff|watch)\\b',
  '\\b(?:sexually abused|sexually abusing|molested me|molesting me|raped me|rapes me|abusing me|abuses me|abused me|beats me|beat me up at home|hits me|hit me again)\\b',
  '\\b(?:scared|afraid|terrified) (?:to go|of going|to be) home\\b',
  '\\b(?:lock|locks|locked) me (?:in|out)\\b|\\b(?:wont|doesnt|dont) (?:let me eat|feed me)\\b|\\bleaves? (?:bruises|marks) on me\\b|\\bbruises from (?:my|when)\\b',
  // Spanish
  '\\b(?:papa|padre|padrastro|mama|madre|madrastra|tio|tia|abuelo|hermano|primo|novio de mi mama|el|ella)(?: [a-z]+){0,2} me (?:pega|pego|golpea|golpeo|maltrata|maltrato|abusa|abuso|viola|violo|quema|quemo|lastima|ahorca|patea)\\b',
  '\\b(?:abusa|abuso|abusaron|abusan) de mi\\b|\\babuso sexual\\b|\\bme violaron\\b|\\bme viola\\b',
  '\\bme (?:toca|toco|tocaba|tocan)(?: [a-z]+){0,2} (?:mis partes|donde no|ahi abajo|mis partes intimas|el cuerpo|debajo)\\b',
  '\\b(?:tio|padrastro|papa|primo|abuelo|vecino|hermano|entrenador|maestro|novio de mi mama) me (?:toca|toco|tocaba|manosea)\\b(?! (?:a mi|jugar|el turno|la guitarra))',
  '\\b(?:miedo|terror) de (?:ir|volver|regresar) a (?:mi )?casa\\b|\\bme encierra\\b',
]);

const VIOLENT_VERB =
  '(?:kill|kil|shoot|stab|murder|hurt|beat up|bomb|blow up|attack|strangle|choke|poison|burn|slit|knife|shank)';
const PERSON =
  '(?:him|her|them|you|u|ya|everyone|everybody|people|someone|somebody|all of (?:them|you)|my (?:mom|mum|dad|brother|sister|teacher|classmate|classmates|family|parents|friend|stepdad|stepmom|principal|coach|bully|ex)|(?:that|this|the) (?:kid|boy|girl|guy|teacher|bully|kids|students|class|school|principal)|[a-z]+ and [a-z]+)';

export const VIOLENCE = compile([
  `\\b(?:i|im|ill|i will|i am|imma|ima|gonna|going to|want to|wanna|plan to|planning to|about to|finna|will)(?: [a-z]+){0,3} ${VIOLENT_VERB} ${PERSON}\\b`,
  '\\b(?:bring|bringing|take|taking|brought|sneak|sneaking)(?: [a-z]+){0,3} (?:gun|guns|knife|knives|weapon|weapons|rifle|pistol|bomb|blade)(?: [a-z]+){0,3} (?:to|into|in) (?:school|class)\\b',
  '\\b(?:shoot|shooting) up (?:the|my|our|this) (?:school|class|mall)\\b',
  '\\b(?:he|she|they|someone|somebody|a kid|my classmate|my friend)(?: [a-z]+){0,3} (?:said|says|saying|threatened|threatens|wants to|is going to|is gonna|plans to) (?:to )?(?:shoot|bomb|attack|stab) (?:up )?(?:the|our|my|this) (?:school|class)\\b',
  '\\b(?:kill yourself|kys|go die)\\b',
  '\\b(?:im|ill|i will|gonna|going to|wanna|want to)(?: [a-z]+){0,2} beat (?:him|her|them|you|u|everyone|that kid) up\\b',
  // Spanish
  '\\b(?:voy a|quiero|vamos a|lo voy a|la voy a|los voy a|te voy a)(?: [a-z]+){0,2} (?:matar|matarlo|matarla|matarlos|matarte|apunalar|apunalarlo|disparar|dispararle|balear|acuchillar)\\b',
  '\\b(?:llevar|llevare|voy a llevar)(?: [a-z]+){0,2} (?:pistola|arma|cuchillo|navaja) a la escuela\\b',
]);

/** Talk about a game ("I'm gonna kill him in fortnite"), where threats are play. */
export const GAME = compile([
  '\\b(?:in|on|at|playing) (?:fortnite|minecraft|roblox|the game|a game|this game|among us|brawl stars|cod|warzone|valorant|apex|smash|mario kart|the match|the next round|pvp)\\b',
]);

export const SEXUAL = compile([
  '\\b(?:nudes|noods|nudez|noodz|nudz|n00dz|sext|sexting|sexts|horny|nsfw|lewd|lewds|onlyfans|rule 34|r34|erotic|erotica|kinky|porno)\\b',
  '\\b(?:nude|naked|sexy|dirty|spicy) (?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|snaps)\\b',
  '\\b(?:pic|pics|picture|pictures|photo|photos|see|show me) (?:of )?(?:your|ur|my|his|her) (?:penis|vagina|dick|boobs|tits|privates|body naked|naked body|body)\\b',
  '\\b(?:make out|hook up|have sex|sleep) with me\\b|\\bstrip for me\\b',
  // Spanish
  '\\b(?:sexo|pornografia|desnud[oa]s?|encuerad[oa]s?|fotos intimas|follar|mamada|tetas)\\b',
]);

export const PROFANITY_EXTRA = compile([
  '\\b(?:wtf|stfu|gtfo|fml|mf|mofo|motherfucker|bullshit|dumbass|jackass|smartass|dipshit|shithead)\\b',
  // Spanish
  '\\b(?:puta|puto|putas|putos|mierda|joder|jodete|pendejo|pendeja|pendejos|cabron|cabrona|verga|chinga|chingar|chingada|chingado|culero|gilipollas|hijo de puta|hdp|ptm|malparido|maricon|zorra|me cago en)\\b',
]);

const SUBSTANCE =
  '(?:weed|marijuana|marihuana|edibles|thc|dab pen|dabs|cannabis|vape|vapes|vaping|vape pen|juul|juuls|elf bar|e ?cig|e ?cigs|e ?cigarettes?|nicotine|cigarettes|cigs|cigarette|tobacco|alcohol|booze|beer|beers|vodka|whiskey|whisky|rum|tequila|liquor|wine|hard seltzer|white claw|cocaine|meth|molly|mdma|ecstasy|lsd|shrooms|magic mushrooms|xanax|xans|percs|percocet|oxy|oxycodone|fentanyl|fent|codeine|adderall|ketamine|heroin|drugs|a joint|joints|blunts?|a pen|carts)';
const GET =
  '(?:buy|buying|bought|get|getting|got|score|cop|order|find|sneak|steal|stealing|smoke|smoking|vape|try|trying|use|take|drink|drinking|grow|make|hide|afford|sell|selling)';

/** The writer asking for, or about, getting or using something themselves. */
const ASKING =
  '(?:i|im|ive|id|me|my|we|us|lets|how|where|help|best|easiest|cheapest|quickest|fastest|safest|way to|tips|should|want|wanna|gonna|can|could|trying to|try to)';

export const SUBSTANCES = compile([
  `\\b${ASKING}(?: [a-z0-9]+){0,3} ${GET}(?! rid)(?: [a-z0-9]+){0,3} ${SUBSTANCE}\\b`,
  `\\b(?:where|how|who)(?: [a-z]+){0,4} ${SUBSTANCE}\\b(?:.{0,30})\\b(?:without|under|at 1[0-7]|underage|parents)\\b`,
  '\\b(?:get|getting|got) (?:high|drunk|stoned|wasted|faded|blazed|crossfaded)\\b',
  '\\b(?:fake id|smoke pot|smoking pot|smoke a joint|roll a joint|snort|hit a vape|hit the vape|plug for)\\b',
  // Spanish
  '\\b(?:comprar|compro|conseguir|consigo|fumar|fumo|vapear|tomar|beber|probar)(?: [a-z]+){0,3} (?:marihuana|mota|hierba|porro|porros|vape|vaper|cigarros|cigarrillos|alcohol|cerveza|cervezas|vodka|tequila|ron|drogas|cocaina|pastillas)\\b',
  '\\b(?:emborracharme|drogarme|ponerme pedo|ponerme borracho|ponerme borracha)\\b',
]);
