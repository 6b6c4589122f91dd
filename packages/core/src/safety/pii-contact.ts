/** Online contact details: email addresses, profile links and social handles. */
import { commonWords } from './lexicon.js';
import { contextCues, firstPerson } from './pii-context.js';
import { alternation, cue, fold, fromPacks, lexicon, type Scan, words } from './pii-shared.js';

// The local part starts a run (the lookbehind knows letters and digits of every script) and has at most 64
// characters, so that a long run before an "@" is read once, not once from every character of it.
const EMAIL =
  /(?<![\p{L}\p{N}\p{M}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}\p{M}._%+-]{0,62}[\p{L}\p{N}\p{M}_%+-])?@(?:[\p{L}\p{N}-]{1,63}\.){1,6}[\p{L}]{2,}/gu;

// Spelled out: "zoe underscore 11 at yahoo dot com", "sam (at) gmail (dot) com", "ana arroba hotmail punto com",
// "léa arobase orange point fr", "lotta at gmx punkt de".
const W = '[\\p{L}\\p{N}][\\p{L}\\p{N}_+-]*';
const JOIN =
  '\\s*(?:\\(dot\\)|\\[dot\\]|\\b(?:dot|period|underscore|dash|hyphen|punto|guion(?: bajo)?|tiret|punkt|unterstrich)\\b|[._-])\\s*';
const DOT =
  '\\s*(?:\\(dot\\)|\\[dot\\]|\\b(?:dot|punto|period|punkt)(?:\\b|(?=com\\b))|\\bpoint(?=\\s*(?:fr|com|be|ch|ca|net|org)\\b)|\\.)\\s*';
const SPELL_WORDS = cue('at arroba arobase ät');
const SPELLED_AT = /\s(?:at|arroba|arobase|ät)\s|\s?[([{]at[)\]}]\s?/gi;
const SPACED_AT = /\s@\s?|@\s/g;
// A domain with a top-level part, or a big mail provider named alone ("jake99 at gmail"); "live", an everyday
// word, only with its top-level part ("better at live singing").
const DOMAIN = new RegExp(
  `(?:${W}(?:${DOT}${W}){0,2}${DOT}(?:com|net|org|edu|gov|co|uk|us|ca|io|me|info|de|fr|es|mx|ar|au|in|ie|it|nl|br|cl|ru|jp|ch|se|no|be|tv|app|dev|xyz)|(?:gmail|hotmail|yahoo|outlook|icloud|aol|protonmail|proton|msn)(?:${DOT}${W})*|live(?:${DOT}${W})+)(?![\\p{L}\\p{N}])`,
  'iuy',
);
/** A path right after a domain: "me at t.me/sam" is a link, not an address. */
const PATH_AFTER = /\/[\p{L}\p{N}_+@-]/uy;
const LOCAL = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${W}(?:${JOIN}${W}){0,4}$`, 'u');

/** A character that can stand before the "@" of an address; any outside ASCII counts, so that a run is never cut short. */
const BEFORE_AT = /[\w.%+\-\u0080-\uffff]/;

/** An address's local part made of placeholders for a name, in the four languages. */
const PLACEHOLDER_LOCAL =
  /^(?:(?:vorname|nachname|name|pr[ée]nom|nom|firstname|first|lastname|last|surname|nombre|apellido|your\.?name|dein\.?name|ton\.?nom|tu\.?nombre|max\.mustermann|erika\.mustermann|jean\.dupont|john\.doe|jane\.doe)[._-]?){1,3}@/i;

export function findEmails(scan: Scan): void {
  const { text } = scan;
  // An address holds an "@" with only such characters before it, back to its start: each search starts
  // where the run before the next "@" begins, not at every word of the message.
  let done = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', done)) {
    let from = at;
    while (from > done && BEFORE_AT.test(text[from - 1]!)) from--;
    EMAIL.lastIndex = from;
    const m = EMAIL.exec(text);
    if (!m) break;
    // A company's desk ("contact@nintendo.fr") is no one's, in the readers that load with the packs; nor is a
    // pattern with words for its parts ("vorname.nachname@schule.de", "prenom.nom@ac-lyon.fr").
    if (!contextCues.publicMail?.(m[0], scan.before(m.index, 30)) && !PLACEHOLDER_LOCAL.test(m[0]))
      scan.add('email', m.index, m.index + m[0].length);
    done = m.index + m[0].length;
  }
  // "sam at gmail dot com", and an "@" with spaces around it: "sam @ gmail.com".
  const ats = scan.has(SPELL_WORDS) ? scan.all(SPELLED_AT) : [];
  if (text.includes('@') && /\s@|@\s/.test(text)) ats.push(...scan.all(SPACED_AT));
  for (const at of ats) {
    DOMAIN.lastIndex = at.index + at[0].length;
    const domain = DOMAIN.exec(scan.text);
    // "find me at t.me/sam": a domain with a path after it is a link, which findUrls takes whole.
    if (!domain) continue;
    PATH_AFTER.lastIndex = domain.index + domain[0].length;
    if (PATH_AFTER.test(scan.text)) continue;
    const local = scan.back(at.index, LOCAL);
    if (local) scan.add('email', local.index, domain.index + domain[0].length);
  }
}

const URL_RE =
  /\b(?:https?:\/\/|www\.|(?:[a-z0-9-]{1,63}\.){1,5}(?:com|net|org|edu|io|me|tv|gg|co|app|dev|ly|be|us|uk|ca|es|mx|xyz|link|ee|page|site|blog|de|fr|ch|at|nl|eu|info|it|pt|ar|cl|pe|ie|au|nz|online|art|shop|store)\b)[^\s<>"'`]*/gi;
/** A slash with spaces around it, then a path. */
const SPACED_PATH = /^[ \t]+\/[ \t]*([^\s<>"'`]+)/;
/** `URL_RE` without its global state, to test one word. */
const URL_WORD = new RegExp(URL_RE.source, 'i');
const URL_HINT = /:\/\/|www\.|[a-z0-9]\.[a-z]{2}/i;
const PLATFORM =
  /(?:^|\.)(?:youtube\.com|youtu\.be|instagram\.com|tiktok\.com|twitch\.tv|snapchat\.com|discord\.gg|discord\.com|roblox\.com|facebook\.com|fb\.com|twitter\.com|x\.com|threads\.net|reddit\.com|github\.com|linkedin\.com|pinterest\.com|tumblr\.com|soundcloud\.com|spotify\.com|steamcommunity\.com|linktr\.ee|wa\.me|t\.me|telegram\.me|telegram\.dog|chat\.whatsapp\.com|m\.me|kik\.me|signal\.me|line\.me|discord\.me|venmo\.com|cash\.app|paypal\.me|patreon\.com|vsco\.co|bsky\.app|wattpad\.com|deviantart\.com|artstation\.com|scratch\.mit\.edu|kick\.com|medal\.tv|ko-fi\.com)$/i;
const PROFILE_PATH =
  /\/(?:@|~|u\/|user|profile|channel\/|c\/|in\/|add\/|invite)|[?&](?:id|uid|user|email|token|invite|code|key)=/i;
const SHARE_HOST =
  /^(?:(?:docs|drive|forms|photos|maps|sites)\.google\.|maps\.app\.goo\.gl$|goo\.gl$|forms\.gle$|bit\.ly$|tinyurl\.com$|cutt\.ly$|rb\.gy$|is\.gd$|shorturl\.at$|tiny\.cc$|t\.ly$|ow\.ly$|dropbox\.com$|1drv\.ms$|zoom\.us$)/i;
const MY_LINK =
  /\b(?:my|mine|our)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:site|website|web|blog|channel|page|profile|link|server|account|portfolio|stream|shop|store|playlist)\b[^.!?]{0,25}$/i;
/** Hosts where a subdomain is someone's own site. */
const PERSONAL_HOST =
  /\.(?:wixsite\.com|github\.io|blogspot\.com|weebly\.com|wordpress\.com|carrd\.co|neocities\.org|tumblr\.com|jimdosite\.com|jimdofree\.com|jimdo\.com|wix\.com|webflow\.io|netlify\.app|vercel\.app|over-blog\.com|webnode\.[a-z]+|canva\.site|notion\.site|substack\.com|itch\.io)$/i;

/**
 * "all my art at …/skyler-draws", "mon site c'est …", "meine website ist …":
 * the child's own possessive a few words before the link, in the same
 * sentence, and either a page of the site or a word for one's own page.
 */
/** "i made a website!! its …", "ich hab ne website gemacht: …": the writer's words for making a page of their own, then one. */
const MADE = fromPacks((lx) => {
  const made = lx.list('made');
  const sites = ['site', 'website', 'blog', 'channel', 'page', 'portfolio', ...lx.list('sites')];
  return made.length
    ? new RegExp(
        `(?<![\\p{L}])(?:${alternation(made, { '*': '[^.!?\\n]{0,30}?' })})(?![\\p{L}])[^\\n]{0,40}?(?<![\\p{L}])(?:${alternation(sites)})(?![\\p{L}])`,
        'iu',
      )
    : undefined;
});

function ownLink(scan: Scan, index: number, path: string): boolean {
  const lead = scan.before(index, 50);
  if (MY_LINK.test(lead)) return true;
  // Over a sentence's end too: "i made a website!! its …".
  const made = MADE();
  if (made?.test(scan.text.slice(Math.max(0, index - 90), index))) return true;
  const lx = lexicon();
  const mineAt = (w: string) => /^(?:my|our)$/i.test(w) || (lx.set('possessives').has(fold(w)) && firstPerson(w));
  // A page of a site, a few words after the child's possessive: "all my art at …/skyler-draws".
  const near = lead.split(/[^\p{L}\p{M}]+/u).slice(-6);
  if (near.some(mineAt) && path.replace(/[/?#]+$/, '').length > 1) return true;
  // A word for one's own page after the possessive, with a clause between perhaps: "die Website von meinem Blog
  // wo ich meine Zeichnungen poste: …".
  const words = scan
    .before(index, 80)
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean)
    .slice(-10);
  const mine = words.findIndex(mineAt);
  return mine >= 0 && words.slice(mine + 1).some((w) => lx.set('sites').has(fold(w)));
}

/** Common endings of a web address. */
const TLDS = 'com|net|org|io|me|tv|gg|co|es|mx|ar|cl|pe|de|fr|uk|app|dev|xyz';
/** A dot said in words, or typed with spaces around it: "kaiscodes dot com", "kick . com / tomi_juega". */
const SPACED_DOT = '(?:[ \\t]+\\.[ \\t]+|[ \\t]*\\(dot\\)[ \\t]*|[ \\t]+(?:dot|punto|punkt)[ \\t]+)';
const SPACED_HINT = /[ \t](?:\.|dot|punto|punkt|\(dot\))[ \t]/i;
/** Such a link: a word or two, a dot said so, a common ending, and a path perhaps with spaces around its slash. */
const SPACED_LINK = new RegExp(
  `(?<![\\p{L}\\p{N}@._/-])[a-z0-9][a-z0-9-]{0,62}(?:(?:\\.|${SPACED_DOT})[a-z0-9][a-z0-9-]{0,62}){0,3}${SPACED_DOT}(?:${TLDS})(?![\\p{L}\\p{N}])(?:[ \\t]*\\/[ \\t]*[^\\s<>"']+)?`,
  'giu',
);

/** Whether a link leads to the child: a profile, a share link, identifying parameters, or a page they call their own. */
function personal(scan: Scan, index: number, host: string, path: string): boolean {
  return (
    (PLATFORM.test(host) && path.replace(/[/?#]+$/, '').length > 1) ||
    PROFILE_PATH.test(path) ||
    SHARE_HOST.test(host) ||
    PERSONAL_HOST.test(host) ||
    ownLink(scan, index, path)
  );
}

function spacedLinks(scan: Scan): void {
  for (const m of scan.all(SPACED_LINK)) {
    const link = m[0].replace(/[.-]+$/, '');
    const url = link.replace(new RegExp(SPACED_DOT, 'giu'), '.').replace(/[ \t]*\/[ \t]*/g, '/');
    const host = url.split('/')[0] ?? '';
    if (personal(scan, m.index, host, url.slice(host.length))) scan.add('url', m.index, m.index + link.length);
  }
}

/**
 * Links that lead to the child: profiles on social, video and game platforms,
 * share links, links with identifying parameters, and any link the child
 * calls their own. Links to ordinary pages stay.
 */
export function findUrls(scan: Scan): void {
  if (SPACED_HINT.test(scan.text)) spacedLinks(scan);
  if (!URL_HINT.test(scan.text)) return;
  for (const m of scan.all(URL_RE)) {
    if (m.index > 0 && /[@\w.-]/.test(scan.text[m.index - 1]!)) continue;
    let url = m[0].replace(/[.,!?;:)\]}'"]+$/, '');
    // A path after a slash typed with spaces around it: "linktr.ee / nele.malt" (not another address).
    const spaced =
      url === m[0] ? SPACED_PATH.exec(scan.text.slice(m.index + url.length, m.index + url.length + 80)) : null;
    if (spaced && !URL_WORD.test(spaced[1]!)) url += spaced[0].replace(/[.,!?;:)\]}'"]+$/, '');
    const host =
      url
        .replace(/^https?:\/\//i, '')
        .replace(/^www\./i, '')
        .split(/[/?#]/)[0]
        ?.trimEnd() ?? '';
    if (
      personal(scan, m.index, host, url.slice(url.indexOf(host) + host.length).replace(/[ \t]+/g, '')) ||
      (contextCues.ownAfter?.(scan.text.slice(m.index + url.length, m.index + url.length + 60)) ?? false)
    ) {
      // A public page, its owner named before it ("la chaîne de Michou c'est…"), in the readers that load with the packs.
      if (contextCues.publicPage?.(scan.before(m.index, 60))) continue;
      scan.add('url', m.index, m.index + url.length);
    }
  }
}

const AT_HANDLE = /(?<![\p{L}\p{N}\p{M}_.@/])@[\p{L}\p{N}_](?:[\p{L}\p{N}\p{M}_.]{0,62}[\p{L}\p{N}\p{M}_])?/gu;
// A Riot tag may be letters alone, in capitals, right after the name: "Pixie#EUW".
const TAG =
  /#(?:\d{4}(?!\d)|(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{3,5}(?![\p{L}\p{N}])|(?<=[\p{L}\p{N}_]#)[A-Z]{2,5}(?![\p{L}\p{N}]))/gu;
const TAG_NAME = /[\p{L}\p{N}_.]{2,32}$/u;
/**
 * A player tag on its own: after `#`, capitals and digits of the fourteen characters Supercell's games write
 * tags in (0 2 8 9 P Y L Q G R J C U V), with a digit and a letter a colour code never has ("#2YQ9LPC8"; not
 * "#FF00AA", "#2024", or a hashtag such as "#JO2024").
 */
const PLAYER_TAG =
  /(?<![\p{L}\p{N}&])#(?=[0289A-Z]*\d)(?=[0289A-Z]*[GJLPQRUVY])[0289PYLQGRJCUV]{6,12}(?![\p{L}\p{N}])/gu;
const PLATFORMS =
  'instagram|insta|ig|snapchat|snap|sc|discord|roblox|riot|ea|supercell|ubisoft|mojang|blizzard|lichess|tiktok|tik tok|tt|twitch|youtube|yt|xbox|xbl|psn|playstation|switch|nintendo|fortnite|epic|minecraft|steam|kik|whatsapp|telegram|twitter|threads|reddit|github|pinterest|spotify|bluesky|vsco|wattpad|scratch|free fire|freefire|valorant|valo|clash royale|clash of clans|clash|brawl stars|brawlstars|brawl(?![ \t]?stars)|apex|genshin|among us|pokemon go|pokémon go|gt|ps|battlenet|epic games';
/** The platforms as a pattern, with their numbered and dotted forms ("ps5", "battle.net"). */
const PLATFORM_FORMS = `${PLATFORMS}|ps[345]|play ?station ?[345]|battle\\.net`;
const HANDLE_WORDS = cue(
  `${PLATFORMS.replace(/\|/g, ' ')} ps4 ps5 username handle gamertag tag gamer ign nickname nick usuario add follow dm user display`,
  'handles',
);
/** Symbols and emoji that decorate a display name ("☆Kaiser☆", "🔥ElPatrón🔥", "༺dark༻"). */
const DECOR = '[\\p{So}\\u0f3a-\\u0f3d\\ufe0f\\u200d]';
/**
 * A handle: letters, digits and `_.#-`, perhaps between symbols; "lily _ 2012" and "kiki . sunflower", with
 * spaces around an underscore or a dot, are one too. Not a possessive ("en roblox mi user es…": the cue is the one after it).
 */
const TOKEN = `((?!(?:my|mi|mon|ma|mein|meine|his|her|su|son|sa|sein|seine|ihr|ihre)\\s)${DECOR}{0,3}[\\p{L}\\p{N}_][\\p{L}\\p{N}\\p{M}_.#-]{1,31}(?:(?:[ \\t]*_[ \\t]*|[ \\t]+\\.[ \\t]+)[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_.#-]{0,31}){0,3}${DECOR}{0,3})`;
/** More words of a handle with spaces in it, up to the end of the clause ("luna gamer 22", "Tonio Le Boss"). */
const SPACED = new RegExp(
  `^(?:[ \\t]+${DECOR}{0,3}[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_.#-]{0,20}${DECOR}{0,3}){1,3}`,
  'u',
);
/** A handle named after its platform's word: "mon identifiant educonnect c'est lina.moreau42", "my username everywhere is …". */
const SECOND = new RegExp(
  `^[ \\t]+(?:everywhere[ \\t]+)?(?:is|es|est|c['’]est|c|ist|:|=)[ \\t]+(?:\\[[a-z_]+\\]|${TOKEN})`,
  'iu',
);
/**
 * A Nintendo Switch friend code, or digits after a friend-code cue, in any of the languages; or a game's
 * player number after "uid" or "player id" ("my genshin uid is 812377405").
 */
const FRIEND_CODE =
  /(?<![\p{L}\p{N}])(?:SW[- ]?\d{4}[- ]\d{4}[- ]\d{4}(?!\d)|(?:friend ?code|c[oó]digo de amigo|code (?:d['’])?ami|freundes-?code|uid|player ?id)(?:\s*(?:is|es|c['’]est|ist|:|=|#))*\s*(\d{3,4}(?:[- ]\d{3,4}){1,3}|\d{6,12})(?!\d))/giu;
const CODE_WORDS = cue('sw code codes codigo código freundescode uid playerid player');
/** Words that give a name: on a platform, what follows them is the handle ("my acc on roblox is called StarryFox"). */
const NAMING_SEP = "called|named|se llama|llamado|llamada|s['’]appelle|appelé|appelée|hei(?:ß|ss)t";
const NAMING_GIVEN = new RegExp(`(?<![\\p{L}])(?:${NAMING_SEP})(?![\\p{L}])`, 'iu');
/** A skin, whose name is a product's, named just before the platform: "mon skin préféré dans fortnite", "Lieblingsskin in Fortnite". */
const SKIN_BEFORE = /skins?[ \t]+(?:[\p{L}]+[ \t]+){0,2}$/iu;
const HANDLE_PATTERNS = fromPacks((lx) => {
  const is = [alternation(lx.list('is')), alternation(lx.list('called')), alternation(lx.list('weak'))]
    .filter(Boolean)
    .join('|');
  // A comma before a word that gives the handle: "add me on snap, its …", "agrégame al snap, es …".
  // "find me on discord, im bluebird", "folgt mir auf tiktok, ich bin anni.dance": the writer's name there.
  const gives = alternation([
    'is',
    'es',
    'its',
    "it's",
    'it’s',
    'ist',
    'est',
    "c'est",
    'c’est',
    'im',
    "i'm",
    'i’m',
    'ich bin',
    'soy',
    'je suis',
    ...lx.list('is'),
  ]);
  const comma = `(?:[ \\t]*,(?=[ \\t]*(?:${gives})(?![\\p{L}])))?`;
  const sep = `(${comma}\\s*(?:(?::|=|-|\\?|(?:is|es|as|at|como|its|it['’]s|it is|i['’]?m|i am|${NAMING_SEP}${is ? `|${is}` : ''})(?![\\p{L}]))\\s*){0,2})(?:@[ \\t]?|["“\\x93«])?`;
  const templates = lx.list('handles');
  // What every match of a template holds, looked for before the templates run: the platform, for those whose
  // slot stands between spaces ("mon pseudo sur @"); else the longest word of the template ("benutzername"),
  // spelled as in the template's pattern (accents, "ß"), so that a text with none of them holds no template.
  const onPlatform = (t: string) => t.includes('@') && !/(?:^|[^ ])@|@(?! |$)/.test(t);
  const longest = (t: string) => t.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
  const templateWords = alternation(templates.filter((t) => !onPlatform(t)).map(longest));
  return {
    templatesOnPlatform: templates.some(onPlatform),
    templateWords: templateWords ? new RegExp(templateWords, 'iu') : undefined,
    // "my snapchat is cool_kid_22", "roblox username: SkyDragon", "add me on discord pixelfox", "follow me @x"
    cue: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:${PLATFORM_FORMS})(?![\\p{L}])(?:\\s+(?:user ?name|user|handle|gamer ?tag|tag|ign|nick ?name|nick|id|account|acc|name|channel|page|profile|usuario|cuenta|canal))?|(?:user ?name|(?:my|mi|mon|mein|his|her|their|su|son|sa|sein|seine|ihr|ihre)\\s+(?:user|display(?:\\s*name)?)|(?:my|his|her|their)\\s+tag(?=\\s*(?:is|:|=)(?![\\p{L}]))|gamer ?(?:tag|name)|ign|in game name|handle|usuario|nombre de usuario)(?:\\s+(?:de|en|on|in|sur|auf|bei)\\s+(?:${PLATFORM_FORMS})(?![\\p{L}]))?|(?:add|follow|find|search|friend|dm) me(?:\\s+(?:on|in)\\s+(?:${PLATFORM_FORMS})(?![\\p{L}]))?|(?:my|mi|mon|mein|meine)\\s+(?:acc|account|name|nombre|cuenta|nom|compte|konto)\\s+(?:de|en|on|in|sur|auf|bei)\\s+(?:${PLATFORM_FORMS})(?![\\p{L}]))${sep}${TOKEN}`,
      'giu',
    ),
    // The packs' own: "mon pseudo sur @", "adde mich auf @", "my name in @ is": whatever follows is a handle.
    // Those that open with a small word and the platform ("in @ bin ich") are a pattern of their own: one
    // pattern for all runs several times slower, past what the regex engine scans for quickly.
    templates: [templates.filter((t) => /^\S+ @/.test(t)), templates.filter((t) => !/^\S+ @/.test(t))]
      .filter((list) => list.length > 0)
      .map(
        (list) =>
          new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${alternation(list, { '@': `(?:${PLATFORM_FORMS})` })})(?![\\p{L}])${sep}${TOKEN}`,
            'giu',
          ),
      ),
  };
});
const PLATFORM_WORD = new RegExp(`^(?:${PLATFORM_FORMS})$`, 'i');
/** Whether a word names a platform ("discord", "snap", "ps5"). */
export const isPlatform = (word: string) => PLATFORM_WORD.test(word);
/** A handle spelled out with a space between its letters, after a platform: "insta: l e n i . h o r s e s". */
const SPELLED = new RegExp(
  `(?<![\\p{L}])(?:${PLATFORM_FORMS}|user ?name|benutzername|nutzername|pseudo|usuario|handle)[ \\t]*(?:(?::|=|is|es|ist|est|c['’]est)[ \\t]*)?([\\p{L}\\p{N}](?:[ \\t]+[\\p{L}\\p{N}._]){3,31})(?![\\p{L}\\p{N}])`,
  'giu',
);
/**
 * Shaped like a username, in a message about a platform: words joined by `_` or dots with a digit or more
 * than one dot ("not_ur_bestie_xo2", "tobi.beatz.04", "caro.dibujos.priv"), a capitalised word run into
 * another and digits ("LaloKiller12"), or any dotted name just before "on insta" ("jonte.draws auf insta").
 */
const SHAPED = /(?<![\p{L}\p{N}@#./\\:-])[\p{L}\p{N}]+(?:[._][\p{L}\p{N}]+){1,5}(?![\p{L}\p{N}@]|[./:][\p{L}\p{N}])/gu;
const SAID_JOIN = /[ \t](?:dot|punto|underscore|punkt)[ \t]/i;
const SAID_SHAPED =
  /(?<![\p{L}\p{N}_.@])([\p{L}\p{N}_]{2,24})(?:[ \t]+(?:dot|punto|underscore|punkt)[ \t]+[\p{L}\p{N}_]{1,24}){1,3}(?![\p{L}\p{N}])/giu;
/** Endings of a web address: "kaiscodes dot com" is a link, not a handle. */
const TLD = new RegExp(`^(?:${TLDS})$`);
const CAMEL = /(?<![\p{L}\p{N}@#])[\p{Lu}][\p{Ll}]+[\p{Lu}][\p{L}]*\d{1,4}(?![\p{L}\p{N}])/gu;
const BEFORE_PLATFORM = new RegExp(`^[ \\t]+(?:auf|on|en|sur|in|bei)[ \\t]+(?:${PLATFORM_FORMS})(?![\\p{L}])`, 'iu');

/** A platform named in the message, as a word of its own. */
const PLATFORM_IN_TEXT = new RegExp(`(?<![\\p{L}])(?:${PLATFORM_FORMS})(?![\\p{L}])`, 'iu');

/**
 * An account's name given with a verb of naming, in a message that names the platform anywhere: "my acc is
 * called StarryFox on roblox", "en roblox mi cuenta se llama estrellazorro", "mine is called StarryFox".
 */
const ACCOUNT_CALLED = new RegExp(
  `(?<![\\p{L}])(?:(?:my|mi|mon|ma|mein|meine|meinen)[ \\t]+(?:acc|account|user|channel|page|profile|cuenta|usuario|canal|perfil|compte|chaîne|chaine|profil|konto|kanal)|mine|el mío|el mio|la mía|la mia|le mien|la mienne|meiner|meins)[ \\t]+(?:(?:is|es|est|ist)[ \\t]+)?(?:${NAMING_SEP})[ \\t]*:?[ \\t]+${TOKEN}`,
  'giu',
);
/** The writer, then a username's shape, then the platform: "i'm StarryFox on roblox", "soy el_rayo_12 en free fire". */
const I_AM_ON = new RegExp(
  `(?<![\\p{L}])(?:i['’]?m|i am|soy|je suis|ich bin)[ \\t]+${TOKEN}(?=[ \\t]+(?:auf|on|en|sur|in|bei)[ \\t]+(?:${PLATFORM_FORMS})(?![\\p{L}]))`,
  'giu',
);

/**
 * A username said just before its platform, after the writer or "add": "add lilnacho07 on fortnite", "im lil
 * nacho 07 on fortnite", "frosty waffle 88 on xbox", "lily bakes 09 is my insta"; it ends in a number.
 */
const BEFORE_ITS_PLATFORM = new RegExp(
  `(?:(?<![\\p{L}])(?:i['’]?m|add)[ \\t]+|^|[.!?,][ \\t]*)((?:\\p{L}[\\p{L}\\p{N}_.]*[ \\t]+){0,3}\\p{L}?[\\p{L}\\p{N}_.]*\\d)(?=[ \\t]+(?:on|in|is my)[ \\t]+(?:${PLATFORM_FORMS})(?![\\p{L}]))`,
  'giu',
);
/** What every match of {@link BEFORE_ITS_PLATFORM} holds, looked for first: a digit, then the platform. */
const NUMBER_ON_PLATFORM = new RegExp(`\\d[ \\t]+(?:on|in|is my)[ \\t]+(?:${PLATFORM_FORMS})(?![\\p{L}])`, 'iu');
/** Counted things that end in a number before a platform: "level 42 on fortnite", "season 5 in roblox". */
const COUNTED_THING = /^(?:level|lvl|season|chapter)$/i;

function accountCalled(scan: Scan): void {
  const { text } = scan;
  if (!PLATFORM_IN_TEXT.test(text)) return;
  for (const re of [ACCOUNT_CALLED, I_AM_ON]) {
    for (const m of scan.all(re)) {
      const token = (m[1] ?? '').replace(/[.#-]+$/, '');
      const key = token.toLowerCase();
      if (
        token.length < 2 ||
        commonWords().has(key) ||
        lexicon().set('stop').has(fold(key)) ||
        HANDLE_STOP().has(key) ||
        PLATFORM_WORD.test(token) ||
        !/[\p{L}]/u.test(token) ||
        // After "i'm", only a username's shape: "i'm new on roblox" is no handle.
        (re === I_AM_ON && !/[\d_.]|[\p{Ll}][\p{Lu}]/u.test(token))
      )
        continue;
      const at = m.index + m[0].length - (m[1] ?? '').length;
      scan.add('handle', at, at + token.length);
    }
  }
}

/** A web address, not a username: "www." before it, or a site's ending after words alone. */
const SITE_SHAPED = /^www\.|^[\p{L}.-]+\.(?:com|net|org|io|gg|tv|fr|de|ch|at|be|es|eu|uk)$/iu;
function shapedHandles(scan: Scan): void {
  const { text } = scan;
  if (!PLATFORM_IN_TEXT.test(text)) return;
  if (/[._][\p{L}]|[._]\d/u.test(text)) {
    for (const m of scan.all(SHAPED)) {
      const token = m[0];
      // A template's slot ("{street_name}") is no one's.
      if (text[m.index - 1] === '{') continue;
      // Numbers and versions ("3.14", "1.20.4") have no letter; a sentence's dot has a space after it.
      if (!/[\p{L}]/u.test(token) || (/^\d/.test(token) && !/_/.test(token))) continue;
      // A site's address ("www.fortnite.com"): the reader of links decides whose it is.
      if (SITE_SHAPED.test(token)) continue;
      const dots = token.split('.').length - 1;
      const shaped = token.includes('_') || dots >= 2 || (dots === 1 && /\d/.test(token));
      if (shaped || BEFORE_PLATFORM.test(text.slice(m.index + token.length, m.index + token.length + 24)))
        scan.add('handle', m.index, m.index + token.length);
    }
  }
  for (const m of scan.all(CAMEL)) scan.add('handle', m.index, m.index + m[0].length);
  if (scan.digits && NUMBER_ON_PLATFORM.test(text))
    for (const m of scan.all(BEFORE_ITS_PLATFORM)) {
      const first = m[1]!.split(/[ \t]/)[0]!;
      if (
        /[\p{L}]/u.test(m[1]!) &&
        !COUNTED_THING.test(first) &&
        !commonWords().has(first.toLowerCase()) &&
        !isPlatform(first)
      )
        scan.add('handle', m.index + m[0].length - m[1]!.length, m.index + m[0].length);
    }
  // A dot or an underscore said in words, between the parts of a name: "follow kaya dot draws on insta".
  if (SAID_JOIN.test(text))
    for (const m of scan.all(SAID_SHAPED)) {
      const last = m[0].slice(m[0].lastIndexOf(' ') + 1).toLowerCase();
      if (!TLD.test(last) && !commonWords().has(m[1]!.toLowerCase()))
        scan.add('handle', m.index, m.index + m[0].length);
    }
  if (/(?:^|[ \t])[\p{L}][ \t]+[\p{L}][ \t]+[\p{L}][ \t]/u.test(text))
    for (const m of scan.all(SPELLED)) scan.add('handle', m.index + m[0].length - m[1]!.length, m.index + m[0].length);
}

/** Words that follow a platform but are no handle, besides the everyday words ("my roblox is lagging"). */
const HANDLE_STOP = words(
  'name username account user handle tag private public broken banned hacked lagging game games server app friend friends called named plz asap code codes site website channel page profile',
);

/** A word that ends a handle with spaces: an everyday word in lower case, or a platform's name. */
function endsHandle(word: string): boolean {
  const key = word.toLowerCase();
  if (PLATFORM_WORD.test(word) || HANDLE_STOP().has(key)) return true;
  return !/^[\p{Lu}\d]/u.test(word) && (commonWords().has(key) || lexicon().set('stop').has(fold(key)));
}

const LEADING_DECOR = new RegExp(`^${DECOR}`, 'u');
const TRAILING_DECOR = new RegExp(`${DECOR}$`, 'u');
/** A dot or an underscore said in words inside a handle. */
const SPELLED_JOIN = /^(?:dot|point|punkt|punto|underscore|unterstrich|guion|tiret)$/i;
/** Articles that may open a display name. */
const ARTICLE = /^(?:the|el|la|los|las|le|les|der|die|das|den)$/i;
const DECOR_ENDS = new RegExp(`^${DECOR}+|${DECOR}+$`, 'gu');
const bare = (word: string) => word.replace(DECOR_ENDS, '');

/**
 * Where a handle with spaces ends ("chino loco 2010", "Tonio Le Boss", "☆Kaiser Karl☆"), or 0: the words
 * after the first up to the end of the clause, taken when they end in a number, all start with a capital, or
 * the name is set between symbols.
 */
function spacedHandle(text: string, end: number, first: string): number {
  const run = SPACED.exec(text.slice(end, end + 64));
  if (!run) return 0;
  const words = run[0].split(/[ \t]+/).filter(Boolean);
  const particles = lexicon().set('particles');
  let kept = 0;
  // Small words only between the words of the name: "reina del hielo 12".
  for (let i = 0; i < words.length; i++) {
    const word = bare(words[i]!);
    if ((particles.has(fold(word)) || ARTICLE.test(word)) && i + 1 < words.length) continue;
    // A dot or an underscore said in words joins the parts: "jule punkt zeichnet", "noah point lrx".
    if (SPELLED_JOIN.test(word) && i + 1 < words.length) continue;
    if (endsHandle(word)) break;
    kept = i + 1;
  }
  if (kept === 0) return 0;
  const all = [first, ...words.slice(0, kept)];
  const last = all.at(-1)!;
  const numbered = /\d/.test(bare(last));
  const capitals = all.every((w) => /^[\p{Lu}\d]/u.test(bare(w)));
  const framed = LEADING_DECOR.test(first) && TRAILING_DECOR.test(last);
  const spelled = all.some((w) => SPELLED_JOIN.test(w)) && !SPELLED_JOIN.test(last);
  if (!numbered && !capitals && !framed && !spelled) return 0;
  let length = 0;
  for (let seen = 0; seen < kept; seen++) length += /^[ \t]+\S+/.exec(run[0].slice(length))![0].length;
  return end + length;
}

const ANSWER_WORDS = cue('mine mines im by name soy yo llamo bin heiße heisse appelle suis');
/**
 * A username given where a name is asked or told, with no platform named ("whats ur name? mine's lil_bean_xo",
 * "¿cómo te llamas? yo xX_Dragon_Rojo_Xx", "ich bin PixelPaula_07"): a word that starts with a letter and holds
 * an underscore, or a digit after a letter. The whole word is taken at once (a look-ahead and its
 * back-reference), so a long run of letters and digits is read in one pass, never split every which way.
 */
const ANSWERED =
  /(?<![\p{L}])(?:mine['’]?s|mine is|name['’]?s|name is|i['’]?m|im|go by|call me|yo|soy|me llamo|ich bin|ich heiße|ich heisse|moi c['’]est|je m['’]appelle|je suis)[ \t]*[:,]?[ \t]+(?=([\p{L}][\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+)*))\1(?!@)/giu;

/** The shape of such a username: an underscore or a digit, before any dot or in a part after one ("lil_bean_xo", "pixel07.art", "marti.gz09"). */
const HANDLE_SHAPE = /^[\p{L}][\p{L}\p{N}]*(?:[_\d]|\.[\p{L}][\p{L}\p{N}_.]*[_\d])/u;

function answeredHandles(scan: Scan): void {
  if (!scan.has(ANSWER_WORDS) || !/[\p{L}][_\d]/u.test(scan.text)) return;
  for (const m of scan.all(ANSWERED)) {
    const token = m[1]!;
    if (!HANDLE_SHAPE.test(token)) continue;
    // Without an underscore, a word of some length: not "mp3", "ps5".
    if (!token.includes('_') && (token.length < 5 || !/^[\p{L}]{3}/u.test(token))) continue;
    scan.add('handle', m.index + m[0].length - token.length, m.index + m[0].length);
  }
}

/**
 * A second handle given beside one, after "or", "and" or a comma and at most three small words: "discord :
 * lea_07 ou zoe.gaming_", "war pixelfox und jetzt nur noch maxigamer_". Only a username's shape, never a
 * site's address.
 */
const ALSO = /^[ \t]*(?:,|\/|(?<![\p{L}])(?:or|ou|oder|o|and|et|und|y)(?![\p{L}]))/u;
/** A word after it: the handle, or one of the small words before it ("und jetzt nur noch"). */
const NEXT_WORD = /[ \t]+([^\s,;!?()]+)/uy;
const LISTED = /^[\p{L}\p{N}][\p{L}\p{N}_.]{1,30}[\p{L}\p{N}_]$/u;
/** An underscore, a dot between letters, or three letters and a digit: not a count ("10k", "1v1"). */
const USERNAME_SHAPE = /_|[\p{L}]\.[\p{L}]|^(?=.*\d)(?:[^\p{L}]*[\p{L}]){3}/u;

function listedHandles(scan: Scan, from: number): void {
  const { text } = scan;
  const found = scan.out.slice(from).filter((c) => c.type === 'handle');
  for (const handle of found) {
    const m = ALSO.exec(text.slice(handle.end, handle.end + 12));
    if (!m) continue;
    NEXT_WORD.lastIndex = handle.end + m[0].length;
    for (let words = 0; words < 4; words++) {
      const w = NEXT_WORD.exec(text);
      if (!w) break;
      const token = w[1]!.replace(/[.:]+$/, '');
      if (LISTED.test(token) && USERNAME_SHAPE.test(token) && !SITE_SHAPED.test(token)) {
        const at = NEXT_WORD.lastIndex - w[1]!.length;
        scan.add('handle', at, at + token.length);
        break;
      }
      if (!/^[\p{Ll}]{1,8}$/u.test(token)) break;
    }
  }
}

export function findHandles(scan: Scan): void {
  const from = scan.out.length;
  findHandlesAt(scan);
  if (scan.out.length > from) listedHandles(scan, from);
}

/** A group of players just before a platform's cue: "notre clan sur…", "unser Clan in…", "our server on…". */
const GROUP_BEFORE =
  /(?<![\p{L}])(?:clan|clans|team|squad|crew|guild|gilde|guilde|gremio|server|serveur|servidor|gruppe|groupe|grupo|équipe|equipe|equipo|mannschaft)[ \t]+(?:(?:on|in|auf|bei|sur|dans|de|en|du)[ \t]+)?$/iu;

/** A chat or game command, a slash and a word at the start of a word, to the end of its line: "/give @p …", "/tp 100 64 -20". */
const COMMAND = /(?<![\p{L}\p{N}/.:])\/[a-z]{2,16}[ \t][^\n]*/gu;

/** "or" and a capitalised word after a word: two things set against each other. */
const CHOICE_AFTER = /^[ \t]+(?:ou|oder|or|o|vs\.?|versus|contre|gegen|contra)[ \t]+[\p{Lu}][\p{Ll}]+(?![\p{L}\d_.])/u;

function findHandlesAt(scan: Scan): void {
  const { text } = scan;
  answeredHandles(scan);
  if (text.includes('@')) {
    for (const m of scan.all(AT_HANDLE))
      if (m[0].length >= 3 && /[\p{L}]/u.test(m[0])) scan.add('handle', m.index, m.index + m[0].length);
  }
  if (text.includes('#')) {
    for (const m of scan.all(TAG)) {
      const name = scan.back(m.index, TAG_NAME, 32);
      if (name && !/[\p{L}\p{N}]/u.test(text[name.index - 1] ?? ''))
        scan.add('handle', name.index, m.index + m[0].length);
    }
    for (const m of scan.all(PLAYER_TAG)) scan.add('handle', m.index, m.index + m[0].length);
  }
  if (scan.digits && scan.has(CODE_WORDS)) {
    for (const m of scan.all(FRIEND_CODE)) {
      const code = m[1] ?? m[0];
      scan.add('handle', m.index + m[0].length - code.length, m.index + m[0].length);
    }
  }
  if (!scan.has(HANDLE_WORDS)) return;
  shapedHandles(scan);
  accountCalled(scan);
  const p = HANDLE_PATTERNS();
  const templates =
    (p.templatesOnPlatform && PLATFORM_IN_TEXT.test(text)) || p.templateWords?.test(text) ? p.templates : [];
  const commands = text.includes('/') ? scan.all(COMMAND) : [];
  for (const [re, always] of [[p.cue, false] as const, ...templates.map((t) => [t, true] as const)]) {
    for (const m of scan.all(re)) {
      // A game's command names the game's things: "/give @p minecraft:diamond_sword 1".
      if (commands.some((c) => m.index >= c.index && m.index < c.index + c[0].length)) continue;
      const sep = (m[1] ?? '').trim().toLowerCase();
      let token = (m[2] ?? '').replace(/[.#-]+$/, '');
      let at = m.index + m[0].length - (m[2] ?? '').length;
      // "mon identifiant educonnect c'est lina.moreau42": the first word names the platform.
      const second = SECOND.exec(text.slice(at + token.length, at + token.length + 48));
      if (second && !/[\p{Lu}]/u.test(token) && !/\d/.test(token)) {
        // Found already, and scrubbed: the platform's word stays.
        if (!second[1]) continue;
        at += token.length + second[0].length - second[1].length;
        token = second[1].replace(/[.#-]+$/, '');
      }
      const key = token.toLowerCase();
      // A name with spaces that opens with an article: "auf roblox heiß ich Der Kleine Drache", "soy el Rayo Veloz 12".
      if (ARTICLE.test(token) && (sep || always)) {
        const next = /^[ \t]+(\S+)/u.exec(text.slice(at + token.length, at + token.length + 40));
        const from = at + token.length + (next?.[0].length ?? 0);
        const spaced = next && !endsHandle(bare(next[1]!)) ? spacedHandle(text, from, next[1]!) : 0;
        if (spaced > 0) scan.add('handle', at, spaced);
        continue;
      }
      // A site's address ("play.hypixel.net"): the reader of links decides whose it is.
      if (SITE_SHAPED.test(token)) continue;
      // A handle has a letter: "minecraft 1.20.4" is a version.
      if (
        token.length < 2 ||
        HANDLE_STOP().has(key) ||
        lexicon().set('sites').has(fold(key)) ||
        commonWords().has(key) ||
        lexicon().set('stop').has(fold(key)) ||
        PLATFORM_WORD.test(token) ||
        !/[\p{L}]/u.test(token)
      )
        continue;
      const cue = m[0].slice(0, m[0].length - (m[2] ?? '').length);
      // A skin's name, given in the game: "mon skin dans fortnite s'appelle Jonesy", "my skin in fortnite is called…".
      if (NAMING_GIVEN.test(sep) && SKIN_BEFORE.test(scan.before(m.index, 30))) continue;
      // A group's name, the clan or the server the platform's cue is about: "notre clan sur Clash of Clans est HDV 13".
      if (GROUP_BEFORE.test(scan.before(m.index, 30))) continue;
      // Two of the game's characters or things set against each other, in words with no username's shape: "Brawl
      // Stars : Shelly ou Colt pour débuter ?", "Fortnite: Peely or Fishstick skin".
      if (
        !/[\d_.#]|[\p{Ll}][\p{Lu}]/u.test(token) &&
        CHOICE_AFTER.test(text.slice(at + token.length, at + token.length + 40))
      )
        continue;
      // "PS: …" is a postscript.
      if (/^ps\b/i.test(cue) && (sep.includes(':') || !sep)) continue;
      // A plain word after "my roblox is" is usually not a handle ("my roblox is lagging"); a username-shaped
      // one is, and so is any word given as a username, after a colon, or after "add me on snap".
      // After "…, im": a handle's shape only ("find me on discord, im blue.bird"), not "add me on snap, im shy".
      const intro = /,\s*(?:i['’]?m|ich bin|soy|je suis)(?![\p{L}])/iu.test(m[1] ?? '');
      // "my tag is" with no platform: only a username's shape, not "his tag is itchy".
      const bareTag = /^(?:my|his|her|their)\s+tag/i.test(cue);
      const strong =
        !intro &&
        !bareTag &&
        (always ||
          /[:=]/.test(sep) ||
          NAMING_GIVEN.test(sep) ||
          /name|tag|\bign\b|user|handle|usuario|display|me (?:on|in) /i.test(cue));
      // A verb in lower case after "is" tells what the device or game does: "my Xbox is making a weird noise".
      if (
        /^[\p{Ll}]{3,}(?:ing|ed)$/u.test(token) &&
        /(?<![\p{L}])is[ \t]*$/iu.test(cue) &&
        !/name|tag|\bign\b|user|handle|display/i.test(cue)
      )
        continue;
      // With spaces, only after a word that gives it ("is", ":") or a template: "minecraft 1.21 update" is a version.
      const spaced = strong || sep ? spacedHandle(text, at + token.length, token) : 0;
      if (spaced > 0) scan.add('handle', at, spaced);
      else if (strong || /[\d_.#]|[\p{Ll}][\p{Lu}]|[\p{So}]/u.test(token)) scan.add('handle', at, at + token.length);
    }
  }
}
