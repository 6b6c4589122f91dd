/** Online contact details: email addresses, profile links and social handles. */
import { commonWords } from './lexicon.js';
import { firstPerson } from './pii-context.js';
import { alternation, cue, fold, fromPacks, lexicon, type Scan, words } from './pii-shared.js';

// The local part starts a run (the lookbehind knows letters and digits of every script) and has at most 64
// characters, so that a long run before an "@" is read once, not once from every character of it.
const EMAIL =
  /(?<![\p{L}\p{N}\p{M}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}\p{M}._%+-]{0,62}[\p{L}\p{N}\p{M}_%+-])?@(?:[\p{L}\p{N}-]{1,63}\.){1,6}\p{L}{2,}/gu;

// Spelled out: "zoe underscore 11 at yahoo dot com", "sam (at) gmail (dot) com", "ana arroba hotmail punto com".
const W = '[\\p{L}\\p{N}][\\p{L}\\p{N}_+-]*';
const JOIN = '\\s*(?:\\(dot\\)|\\[dot\\]|\\b(?:dot|period|underscore|dash|hyphen|punto|guion(?: bajo)?)\\b|[._-])\\s*';
const DOT = '\\s*(?:\\(dot\\)|\\[dot\\]|\\b(?:dot|punto|period)(?:\\b|(?=com\\b))|\\.)\\s*';
const SPELL_WORDS = cue('at arroba');
const SPELLED_AT = /\s(?:at|arroba)\s|\s?[([{]at[)\]}]\s?/gi;
const SPACED_AT = /\s@\s?|@\s/g;
// A domain with a top-level part, or a big mail provider named alone ("jake99 at gmail").
const DOMAIN = new RegExp(
  `(?:${W}(?:${DOT}${W}){0,2}${DOT}(?:com|net|org|edu|gov|co|uk|us|ca|io|me|info|de|fr|es|mx|ar|au|in|ie|it|nl|br|cl|ru|jp|ch|se|no|be|tv|app|dev|xyz)|(?:gmail|hotmail|yahoo|outlook|icloud|aol|protonmail|proton|live|msn)(?:${DOT}${W})*)(?![\\p{L}\\p{N}])`,
  'iuy',
);
const LOCAL = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${W}(?:${JOIN}${W}){0,4}$`, 'u');

/** A character that can stand before the "@" of an address; any outside ASCII counts, so that a run is never cut short. */
const BEFORE_AT = /[\w.%+\-\u0080-\uffff]/;

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
    scan.add('email', m.index, m.index + m[0].length);
    done = m.index + m[0].length;
  }
  // "sam at gmail dot com", and an "@" with spaces around it: "sam @ gmail.com".
  const ats = scan.has(SPELL_WORDS) ? scan.all(SPELLED_AT) : [];
  if (text.includes('@') && /\s@|@\s/.test(text)) ats.push(...scan.all(SPACED_AT));
  for (const at of ats) {
    DOMAIN.lastIndex = at.index + at[0].length;
    const domain = DOMAIN.exec(scan.text);
    const local = domain && scan.back(at.index, LOCAL);
    if (domain && local) scan.add('email', local.index, domain.index + domain[0].length);
  }
}

const URL_RE =
  /\b(?:https?:\/\/|www\.|(?:[a-z0-9-]{1,63}\.){1,5}(?:com|net|org|io|me|tv|gg|co|app|dev|ly|be|us|uk|ca|es|mx|xyz|link|ee|page|site|blog)\b)[^\s<>"'`]*/gi;
const URL_HINT = /:\/\/|www\.|[a-z0-9]\.[a-z]{2}/i;
const PLATFORM =
  /(?:^|\.)(?:youtube\.com|youtu\.be|instagram\.com|tiktok\.com|twitch\.tv|snapchat\.com|discord\.gg|discord\.com|roblox\.com|facebook\.com|fb\.com|twitter\.com|x\.com|threads\.net|reddit\.com|github\.com|linkedin\.com|pinterest\.com|tumblr\.com|soundcloud\.com|spotify\.com|steamcommunity\.com|linktr\.ee|wa\.me|t\.me|venmo\.com|cash\.app|paypal\.me|patreon\.com|vsco\.co|bsky\.app|wattpad\.com|deviantart\.com|artstation\.com|scratch\.mit\.edu)$/i;
const PROFILE_PATH =
  /\/(?:@|~|u\/|user|profile|channel\/|c\/|in\/|add\/|invite)|[?&](?:id|uid|user|email|token|invite|code|key)=/i;
const SHARE_HOST =
  /^(?:(?:docs|drive|forms|photos|maps)\.google\.|maps\.app\.goo\.gl$|goo\.gl$|bit\.ly$|tinyurl\.com$|dropbox\.com$|1drv\.ms$|zoom\.us$)/i;
const MY_LINK =
  /\b(?:my|mine|our)\s+(?:own\s+)?(?:site|website|web|blog|channel|page|profile|link|server|account|portfolio|stream|shop|store|playlist)\b[^.!?]{0,25}$/i;
/** Hosts where a subdomain is someone's own site. */
const PERSONAL_HOST =
  /\.(?:wixsite\.com|github\.io|blogspot\.com|weebly\.com|wordpress\.com|carrd\.co|neocities\.org|tumblr\.com|jimdosite\.com|jimdofree\.com|over-blog\.com|webnode\.[a-z]+|canva\.site|notion\.site|substack\.com|itch\.io)$/i;

/**
 * "all my art at …/skyler-draws", "mon site c'est …", "meine website ist …":
 * the child's own possessive a few words before the link, in the same
 * sentence, and either a page of the site or a word for one's own page.
 */
function ownLink(scan: Scan, index: number, path: string): boolean {
  const lead = scan.before(index, 50);
  if (MY_LINK.test(lead)) return true;
  const lx = lexicon();
  const words = lead.split(/[^\p{L}\p{M}]+/u).slice(-6);
  const mine = words.findIndex(
    (w) => /^(?:my|our)$/i.test(w) || (lx.set('possessives').has(fold(w)) && firstPerson(w)),
  );
  if (mine < 0) return false;
  return path.replace(/[/?#]+$/, '').length > 1 || words.slice(mine + 1).some((w) => lx.set('sites').has(fold(w)));
}

/**
 * Links that lead to the child: profiles on social, video and game platforms,
 * share links, links with identifying parameters, and any link the child
 * calls their own. Links to ordinary pages stay.
 */
export function findUrls(scan: Scan): void {
  if (!URL_HINT.test(scan.text)) return;
  for (const m of scan.all(URL_RE)) {
    if (m.index > 0 && /[@\w.-]/.test(scan.text[m.index - 1]!)) continue;
    const url = m[0].replace(/[.,!?;:)\]}'"]+$/, '');
    const host =
      url
        .replace(/^https?:\/\//i, '')
        .replace(/^www\./i, '')
        .split(/[/?#]/)[0] ?? '';
    const path = url.slice(url.indexOf(host) + host.length);
    if (
      (PLATFORM.test(host) && path.replace(/[/?#]+$/, '').length > 1) ||
      PROFILE_PATH.test(path) ||
      SHARE_HOST.test(host) ||
      PERSONAL_HOST.test(host) ||
      ownLink(scan, m.index, path)
    ) {
      scan.add('url', m.index, m.index + url.length);
    }
  }
}

const AT_HANDLE = /(?<![\p{L}\p{N}\p{M}_.@/])@[\p{L}\p{N}_](?:[\p{L}\p{N}\p{M}_.]{0,62}[\p{L}\p{N}\p{M}_])?/gu;
const TAG = /#(?:\d{4}(?!\d)|(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{3,5}(?![\p{L}\p{N}]))/gu;
const TAG_NAME = /[\p{L}\p{N}_.]{2,32}$/u;
/**
 * A player tag on its own: capitals and digits after `#`, with a letter a colour code never has
 * ("#2YQ9LPC8", not "#FF00AA" or "#2024").
 */
const PLAYER_TAG = /(?<![\p{L}\p{N}&])#(?=[0-9A-Z]*\d)(?=[0-9A-Z]*[G-Z])[0-9A-Z]{6,12}(?![\p{L}\p{N}])/gu;
const PLATFORMS =
  'instagram|insta|ig|snapchat|snap|sc|discord|roblox|tiktok|tik tok|tt|twitch|youtube|yt|xbox|xbl|psn|playstation|switch|nintendo|fortnite|epic|minecraft|steam|kik|whatsapp|telegram|twitter|threads|reddit|github|pinterest|spotify|bluesky|vsco|wattpad|scratch|free fire|freefire|valorant|valo|clash royale|clash of clans|clash|brawl stars|brawlstars|apex|genshin|among us|pokemon go|pokémon go|gt';
const HANDLE_WORDS = cue(
  `${PLATFORMS.replace(/\|/g, ' ')} username handle gamertag gamer ign nickname nick usuario add follow`,
  'handles',
);
/** A handle: letters, digits and `_.#-`; "lily _ 2012", with spaces around an underscore, is one too. */
const TOKEN =
  '([\\p{L}\\p{N}_][\\p{L}\\p{N}\\p{M}_.#-]{1,31}(?:[ \\t]*_[ \\t]*[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_.#-]{0,31}){0,3})';
const HANDLE_PATTERNS = fromPacks((lx) => {
  const is = [alternation(lx.list('is')), alternation(lx.list('called')), alternation(lx.list('weak'))]
    .filter(Boolean)
    .join('|');
  const sep = `(\\s*(?:(?::|=|-|\\?|(?:is|es|as|at|como|its|it['’]s|it is|i['’]?m|i am${is ? `|${is}` : ''})(?![\\p{L}]))\\s*){0,2})(?:@[ \\t]?)?`;
  const templates = lx.list('handles');
  return {
    // "my snapchat is cool_kid_22", "roblox username: SkyDragon", "add me on discord pixelfox", "follow me @x"
    cue: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:${PLATFORMS})(?![\\p{L}])(?:\\s+(?:user ?name|user|handle|gamer ?tag|tag|ign|nick ?name|nick|id|account|acc|name|channel|page|profile|usuario|cuenta|canal))?|(?:user ?name|(?:my|mi|mon|mein)\\s+user|gamer ?tag|ign|in game name|handle|usuario|nombre de usuario)(?:\\s+(?:de|en|on|in|sur|auf|bei)\\s+(?:${PLATFORMS})(?![\\p{L}]))?|(?:add|follow|find|search) me(?:\\s+(?:on|in)\\s+(?:${PLATFORMS})(?![\\p{L}]))?)${sep}${TOKEN}`,
      'giu',
    ),
    // The packs' own: "mon pseudo sur @", "adde mich auf @", "my name in @ is": whatever follows is a handle.
    template: templates.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${alternation(templates, { '@': `(?:${PLATFORMS})` })})(?![\\p{L}])${sep}${TOKEN}`,
          'giu',
        )
      : undefined,
  };
});
const PLATFORM_WORD = new RegExp(`^(?:${PLATFORMS})$`, 'i');
/** Words that follow a platform but are no handle, besides the everyday words ("my roblox is lagging"). */
const HANDLE_STOP = words(
  'name username account user handle tag private public broken banned hacked lagging game games server app friend friends called named plz asap',
);

export function findHandles(scan: Scan): void {
  const { text } = scan;
  if (text.includes('@')) {
    for (const m of scan.all(AT_HANDLE))
      if (m[0].length >= 3 && /\p{L}/u.test(m[0])) scan.add('handle', m.index, m.index + m[0].length);
  }
  if (text.includes('#')) {
    for (const m of scan.all(TAG)) {
      const name = scan.back(m.index, TAG_NAME, 32);
      if (name && !/[\p{L}\p{N}]/u.test(text[name.index - 1] ?? ''))
        scan.add('handle', name.index, m.index + m[0].length);
    }
    for (const m of scan.all(PLAYER_TAG)) scan.add('handle', m.index, m.index + m[0].length);
  }
  if (!scan.has(HANDLE_WORDS)) return;
  const p = HANDLE_PATTERNS();
  for (const [re, always] of [
    [p.cue, false],
    [p.template, true],
  ] as const) {
    if (!re) continue;
    for (const m of scan.all(re)) {
      const sep = (m[1] ?? '').trim().toLowerCase();
      const token = (m[2] ?? '').replace(/[.#-]+$/, '');
      const key = token.toLowerCase();
      // A handle has a letter: "minecraft 1.20.4" is a version.
      if (
        token.length < 2 ||
        HANDLE_STOP().has(key) ||
        commonWords().has(key) ||
        lexicon().set('stop').has(fold(key)) ||
        PLATFORM_WORD.test(token) ||
        !/\p{L}/u.test(token)
      )
        continue;
      const cue = m[0].slice(0, m[0].length - (m[2] ?? '').length);
      // A plain word after "my roblox is" is usually not a handle ("my roblox is lagging"); a username-shaped
      // one is, and so is any word given as a username, after a colon, or after "add me on snap".
      const strong = always || /[:=]/.test(sep) || /name|tag|\bign\b|user|handle|usuario|me (?:on|in) /i.test(cue);
      if (strong || /[\d_.#]|\p{Ll}\p{Lu}/u.test(token))
        scan.add('handle', m.index + cue.length, m.index + cue.length + token.length);
    }
  }
}
