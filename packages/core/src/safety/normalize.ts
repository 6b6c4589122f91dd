/**
 * Text normalisation for screening: undoes the tricks people use to slip words
 * past a filter (look-alike letters, leetspeak, zero-width characters, spaced
 * or dotted letters, stretched letters) so that the rules can be written once,
 * in plain spelling.
 */

/** Zero-width and invisible formatting characters, and the soft hyphen. */
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]/g;

/**
 * Combining marks left after NFD, variation selectors and other invisible
 * marks: accents go, so "suïcide" reads as "suicide" and Spanish needs no accents.
 */
const MARKS =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\ufe00-\ufe0f]|\u17b4|\u17b5|\u180b|\u180c|\u180d|\u180e|\u180f/g;

/** Letters from other scripts that look like Latin ones (after lower-casing), and curly apostrophes. NFKC already folds full-width and styled letters. */
const LOOKALIKE_FROM = 'авеёзкмнопрстухѕіїјԁӏɑɡıłøđαβγεηικμνορσςτυχωƒ¢§¡‘’ʼ´`';
const LOOKALIKE_TO = "abee3kmhonpctyxsiijdlagilodabyenikuvopoctuxwfcsi'''''";
const LOOKALIKE_RE = new RegExp(`[${LOOKALIKE_FROM}ßæœ]`, 'g');
const lookalike = (c: string) => ({ ß: 'ss', æ: 'ae', œ: 'oe' })[c] ?? LOOKALIKE_TO[LOOKALIKE_FROM.indexOf(c)] ?? c;

/** Digits and symbols standing for letters inside a word. `1` and `|` are read as `i`, or as `l` when asked. */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '€': 'e',
  '!': 'i',
  '|': 'i',
  '+': 't',
  '(': 'c',
  '£': 'l',
};

const LEET_CHARS = /[0-9@$€!|+(£]/;

/** Three or more single letters separated by one space, dot, dash, underscore or star: "s e x", "k.m.s". */
const SPACED = /\b[a-z](?:[ .\-_*~]{1,2}[a-z](?![a-z0-9])){2,}/g;

/** Profane roots that people hide with stars or hashes ("f*ck", "sh#t"), also inside longer words ("a**hole", "f***ing"). */
const MASKED_ROOTS = [
  'fuck',
  'shit',
  'bitch',
  'cunt',
  'dick',
  'cock',
  'ass',
  'pussy',
  'slut',
  'whore',
  'bastard',
  'piss',
  'porn',
  'sex',
  'nigger',
  'nigga',
  'fag',
  'twat',
  'wank',
  'damn',
];
const MASK_CHARS = /[*#%_]/;

/**
 * The token with a masked root spelled out: "f*ck", "sh#t", and inside a longer
 * word, "bullsh*t", "jacka**". The root's first letter must show, and every
 * mask character must fall inside the root, so "a*b" never reads as a root.
 */
function unmask(token: string): string {
  if (token.length < 2 || !MASK_CHARS.test(token)) return token;
  // Every mask character lies inside the root, so the root can only start between the last mask character's
  // reach and the first one: a handful of places, whatever the token's length.
  let first = -1;
  let last = -1;
  for (let i = 0; i < token.length; i++) {
    if (MASK_CHARS.test(token[i]!)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  for (const root of MASKED_ROOTS) {
    const from = Math.max(0, last - root.length + 1);
    const to = Math.min(first, token.length - root.length);
    for (let at = from; at <= to; at++) {
      if (token[at] !== root[0]) continue;
      let ok = true;
      for (let i = 1; i < root.length && ok; i++) {
        const c = token[at + i]!;
        ok = c === root[i] || MASK_CHARS.test(c);
      }
      if (ok) return token.slice(0, at) + root + token.slice(at + root.length);
    }
  }
  return token;
}

/** Whether `c` is an ASCII digit. */
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function deleet(token: string, one: string): string {
  let out = '';
  // Where the word's last letter or digit is: symbols after it are punctuation ("41kg!!", "omg!!!").
  let last = token.length - 1;
  while (last >= 0 && !/[a-z0-9]/.test(token[last]!)) last--;
  for (let i = 0; i < token.length; i++) {
    const c = token[i]!;
    if (isDigit(c) && !isDigit(token[i - 1])) {
      // A run of digits, read once: a number of two or more digits with no letter right before it stays a
      // number ("24-jährig", "13yo"); a lone digit, or digits inside a word, may stand for letters.
      let to = i + 1;
      while (isDigit(token[to])) to++;
      if (to - i >= 2 && !/[a-z]/.test(token[i - 1] ?? '')) {
        out += token.slice(i, to);
        i = to - 1;
        continue;
      }
    }
    const mapped = c === '1' || c === '|' ? one : LEET[c];
    // Symbols count as letters only inside a word ("sh!t") or as a trailing "$" ("a$$"), never as punctuation.
    const inside = i > 0 ? i < last || c === '$' : (c === '@' || c === '$') && /[a-z]/.test(token[1] ?? '');
    if (mapped !== undefined && (isDigit(c) || inside)) out += mapped;
    else out += c;
  }
  return out;
}

/** Lower-case, NFKC, no accents, no invisible characters, look-alikes folded. Keeps word shapes and repeats. */
export function foldText(text: string): string {
  // Plain ASCII (most messages) needs no Unicode folding.
  if (!/[^\x00-\x7f]/.test(text))
    return text.includes('`') ? text.toLowerCase().replace(/`/g, "'") : text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(LOOKALIKE_RE, lookalike);
}

/** A leet digit or symbol, or a mask character. */
const LEET_ANY = /[0-9@$€!|+(£*#%_]/g;
const SPACE = /\s/;

/** Whether a character (by its code) is one that `\s` matches. */
export function isSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));
}

/** Folded text with leetspeak resolved, masked words unmasked and spaced letters joined (into `spelled`, phrases spelled out with no word breaks). */
export function unobfuscate(folded: string, one: 'i' | 'l' = 'i', spelled?: string[]): string {
  // Each whitespace-separated word holding a leet digit or symbol, found from that character.
  let words = '';
  let done = 0;
  LEET_ANY.lastIndex = 0;
  for (let m = LEET_ANY.exec(folded); m; m = LEET_ANY.exec(folded)) {
    let start = m.index;
    while (start > done && !isSpace(folded.charCodeAt(start - 1))) start--;
    let end = m.index;
    while (end < folded.length && !isSpace(folded.charCodeAt(end))) end++;
    const token = folded.slice(start, end);
    if (/[a-z]/.test(token)) {
      const unmasked = unmask(token);
      words += folded.slice(done, start) + (LEET_CHARS.test(unmasked) ? deleet(unmasked, one) : unmasked);
      done = end;
    }
    LEET_ANY.lastIndex = end;
  }
  if (done > 0) words += folded.slice(done);
  else words = folded;
  return words.replace(SPACED, (run) => joinSpaced(run, spelled));
}

/**
 * Spaced or dotted letters joined into words. When some gaps hold a dot, dash
 * or star, the gaps of spaces alone are the breaks between words ("k.i.l.l
 * m.y.s.e.l.f"); when every gap is spaces, a double space is.
 */
function joinSpaced(run: string, spelled?: string[]): string {
  const letters = run.match(/[a-z]/g)!;
  const gaps = run.split(/[a-z]/).slice(1, -1);
  const marked = gaps.some((gap) => gap.trim() !== '');
  let out = letters[0]!;
  gaps.forEach((gap, i) => {
    out += ((marked ? gap.trim() === '' : gap.length > 1) ? ' ' : '') + letters[i + 1];
  });
  if (spelled && !out.includes(' ') && out.length >= SPELLED_MIN && out.length <= SPELLED_MAX) spelled.push(out);
  return out;
}

/** Letters joined from one spaced run with no sign of where its words break ("i w a n t t o d i e"), of a length worth reading. */
const SPELLED_MIN = 7;
const SPELLED_MAX = 80;

/** Tags scrubPII leaves in place of personal data. */
const PLACEHOLDERS = /\[(?:name|email|phone|address|school|handle|url|birthdate|id_number|card|ip|geo)\]/g;

/** The text without the placeholders scrubPII leaves: they are not the child's words. */
export function withoutPlaceholders(text: string): string {
  return text.includes('[') ? text.replace(PLACEHOLDERS, ' ') : text;
}
