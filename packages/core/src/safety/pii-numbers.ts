/**
 * Numbers that identify someone: phone numbers (digits or words), payment
 * cards (Luhn-checked), government and school IDs, IP addresses and
 * coordinates. Each candidate is validated and judged with the words around
 * it, so sums, scores, measurements, years and page ranges stay.
 */
import { contextCues, firstPerson, givenName } from './pii-context.js';
import { isRelation, TITLES } from './pii-names.js';
import { officeNumber } from './pii-places.js';
import { alternation, cue, digitCount, digitsOf, fold, fromPacks, lexicon, luhn, type Scan } from './pii-shared.js';
import type { PIIType } from './types.js';

/** Digits with the separators people put in phone and card numbers. */
const CLUSTER =
  /(?<![\w+./-])(?:\+\s?|00)?(?:\(\d{1,5}\)\s?|0\d{1,4}\s?\/\s?(?=\d))?\d(?:\d|[ \u00a0\-.()\u2010-\u2013\x96]{1,3}(?=\(?\d))*(?:\s*(?:x|ext\.?|extension|#)\s*\d{1,5}(?!\d))?(?![\d:]|[.,]\d)/gi;
const PHONE_WORDS =
  'call|text|txt|message|messages|messaging|dial|answer|answering|phone|number|num|no\\.|cell|cellphone|mobile|mob|tel|telephone|whatsapp|ring|reach|contact|fax|office|desk|landline|home|work|sms|signal';
/** Words that say a phone number is near, in English and the loaded languages; and words for a work ("song"). */
const CUES = fromPacks((lx) => ({
  phone: new RegExp(
    `\\b(?:${PHONE_WORDS}${lx.list('phones').length ? `|${alternation(lx.list('phones'))}` : ''})`,
    'iu',
  ),
  // "card", "carte bleue", "Kreditkarte": a card named before its number.
  card: new RegExp(
    `(?<![\\p{L}])(?:card|credit|debit|visa|mastercard|amex|discover|tarjeta${lx.list('cards').length ? `|${alternation(lx.list('cards'))}` : ''})(?![\\p{L}])`,
    'iu',
  ),
  work: new RegExp(
    `(?<![\\p{L}])(?:${alternation(['song', 'movie', 'film', 'book', 'title', ...lx.list('works')])})(?![\\p{L}])`,
    'iu',
  ),
}));
const SSN_CUE = /\b(?:ssn|social|soc sec)\b/i;
/** Dates, year ranges, decimals, amounts and IPv4 addresses (a router's stays): not phones. */
const NOT_PHONE =
  /^(?:\d{1,3}(?:\.\d{1,3}){3}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4}|\d{4}[-.]\d{1,2}[-.]\d{1,2}|(?:1[5-9]|20)\d\d\s?[-\u2010-\u2013\x96]\s?(?:(?:1[5-9]|20)\d\d|\d\d)|\d+\.\d+)$/;
/** Words that name a code, not a phone, just before the number (a few words may come between). */
const CODE_BEFORE =
  /(?<![\p{L}])(?:(?:num[ée]ro|n°|nº|nummer|n[úu]mero)[ \t]+(?:de|d['’]|der|des|del|of)[ \t]*)?(?:code|codes|article|réf|ref|référence|reference|commande|colis|suivi|order|tracking|barcode|serial|sku|artikelnummer|bestellnummer|bestellung|auftrag|auftragsnummer|lieferung|paket|sendung|rechnung|rechnungsnummer|facture|livraison|sendungsnummer|seriennummer|artikel|código|codigo|pedido|referencia|envío|envio|modelo|model|modèle|gutschein|gutscheincode|promo)(?:[ \t]+[\p{L}'’]+){0,5}(?:[ \t]*(?:n°|nº|nr\.?|no\.?|núm\.?|num[ée]ro))?[ \t]*[:#]?[ \t]*$/iu;
/** Fortnite's island codes and their kin: three groups of four digits. */
const ISLAND_CODE = /^\d{4}-\d{4}-\d{4}$/;
const MAP_CODE_WORDS =
  /(?<![\p{L}])(?:codes?|c[óo]digos?|map|maps|mapa|mapas|carte|karte|island|isla|[îi]le|insel|fortnite|creative|cr[ée]atif|kreativ)(?![\p{L}])/iu;
const ERROR_BEFORE = /(?:error|erreur|fehler)[ \t]*[:#]?[ \t]*$/i;
/** A sum's operation and another number after a number: "0612457890 divisé par 2", "4711 × 3", "123456 mal 7". */
const OPERATION_AFTER =
  /^[ \t]*(?:[×*÷+=]|x(?=[ \t]*\d)|divis[ée]e?s? par|multipli[ée]e?s? par|fois|plus|moins|geteilt durch|mal|minus|divided by|multiplied by|times|dividido (?:por|entre)|multiplicado por|m[aá]s|menos)[ \t]*\d/iu;
/** A request to work a sum out just before a number: "Calcule ", "rechne mal ", "what's ". */
const OPERATION_BEFORE =
  /(?<![\p{L}])(?:calcule[rz]?|calculez|rechne|berechne|calculate|work out|calcula|resuelve|combien font|wie viel ist|was ist|what(?: is|['’]s)|cu[aá]nto es)(?:[ \t]+(?:mal|moi|stp|bitte|please))?[ \t]*:?[ \t]*$/iu;
const THOUSANDS = /^\d{1,3}(?:[ \u00a0.]\d{3})+$/;
const SSN_SHAPE = /^(\d{3})[- ](\d{2})[- ](\d{4})$/;

/** Free lines: North America's 1-800 and its kin, and the 0800 of Europe. */
const TOLL_FREE =
  /^\+?1[ .-]?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?\d{3}[ .-]?\d{4}$|^(?:\+\d{2}[ .-]?)?0?[ .-]?80[05](?:[ .-]?\d){6,7}$/;
/** A lottery's draw. */
const DRAW = /(?<![\p{L}])(?:lott?o|lottery|lotería|loteria|tirage|ziehung|lottozahlen|euromillions?)/iu;

/** Four numbers or more, each the same step above the one before. */
function stepped(main: string): boolean {
  const v = main.split(/\D+/).filter(Boolean).map(Number);
  const step = (v[1] ?? 0) - (v[0] ?? 0);
  return v.length >= 4 && step !== 0 && v.every((x, i) => i === 0 || x - v[i - 1]! === step);
}

/**
 * What is told of a card right after its number: its expiry ("exp 09/27", "gültig bis 12/26", "vence 03/28")
 * and its security code ("cvv 123"), a few words apart at most.
 */
/** Where a card's back is named: "on the back it says", "hinten steht", "au dos", "atrás dice". */
const CARD_BACK =
  "(?:on the back(?:[ \\t]+(?:it says|is))?|hinten(?:[ \\t]+(?:steht|drauf))?|au dos(?:[ \\t]+(?:c['’]est|il y a))?|atr[aá]s(?:[ \\t]+dice)?|detr[aá]s(?:[ \\t]+dice)?)[ \\t]*:?[ \\t]*";
/** A card's expiry or security code named: "exp", "gültig bis", "cvv", "code de sécurité". */
const CARD_WORD =
  "(?:exp(?:ire[sz]?|iration|iry|\\.)?|valid(?:[ \\t]+(?:thru|through|until))?|g[üu]ltig[ \\t]+bis|ablauf(?:datum)?|vence|vencimiento|caduca|date[ \\t]+d['’]expiration|cvv2?|cvc|cryptogramme|crypto|code[ \\t]+de[ \\t]+s[ée]curit[ée]|sicherheitscode|pr[üu]fnummer|c[óo]digo[ \\t]+de[ \\t]+seguridad)[ \\t]*[:=]?[ \\t]*(?:(?:le|am|el|on|est|ist|es|is)[ \\t]+)?";
const CARD_EXTRA = new RegExp(
  `^[ \\t,;:()-]*(?:(?:and|und|et|y|e)[ \\t]+)?(?:${CARD_BACK}(?:${CARD_WORD})?|${CARD_WORD})(\\d{2}[ \\t]*[/.-][ \\t]*\\d{2}(?:\\d{2})?|\\d{3,4})(?![\\p{N}])`,
  'iu',
);

/** Adds a card's expiry and security code told after its number, each with the next (at most two). */
function cardExtras(scan: Scan, end: number): void {
  let at = end;
  for (let i = 0; i < 2; i++) {
    const m = CARD_EXTRA.exec(scan.text.slice(at, at + 48));
    if (!m) return;
    const valueEnd = at + m[0].length;
    scan.add('card', valueEnd - m[1]!.length, valueEnd);
    at = valueEnd;
  }
}

/**
 * A number named in English as a service's or a business's: "Childline number is", "the helpline for the NSPCC",
 * "Pizza Hut's number". Not a person's: a given name, a relation, a title or the writer first ("Jake's number",
 * "Mum's number is", "Mrs Smith's number", "my number").
 */
const NAMED_LINE =
  /(?:(?<![\p{L}])([\p{Lu}][\p{L}'’&-]*(?:[ \t]+[\p{Lu}][\p{L}'’&-]*){0,3})(?:['’]s)?[ \t]+(?:phone[ \t]+)?(?:number|hotline|helpline|help line)|(?<![\p{L}])(?:number|hotline|helpline|help line)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?([\p{Lu}][\p{L}'’&-]*(?:[ \t]+[\p{Lu}][\p{L}'’&-]*){0,3}))[ \t]*(?:is|=|:)?[ \t]*$/u;
/** Someone else's possessive, which makes the number a person's: "his number is". */
const THEIR_POSSESSIVE = /^(?:his|her|their|your)$/i;
function namedLine(lead: string): boolean {
  const m = NAMED_LINE.exec(lead);
  const named = m?.[1] ?? m?.[2];
  if (!named) return false;
  const first = named.split(/[ \t]+/)[0]!.replace(/['’]s$/, '');
  const key = fold(first.replace(/\.$/, ''));
  return (
    !givenName(first) &&
    !isRelation(first) &&
    !firstPerson(first) &&
    !THEIR_POSSESSIVE.test(first) &&
    !TITLES().has(key) &&
    !lexicon().set('titles').has(key)
  );
}

/** What a run of digits is, if anything personal. */
function kind(scan: Scan, value: string, start: number, end: number): PIIType | undefined {
  const main = value.replace(/\s*(?:x|ext\.?|extension|#)\s*\d{1,5}$/i, '');
  const digits = digitsOf(main);
  const n = digits.length;
  const lead = scan.before(start, 45);
  if (n < 7 || n > 19 || /isbn/i.test(lead)) return undefined;
  // "867-5309/jenny": a number joined to a word is part of a title or a path.
  if (/^\/[\p{L}]/u.test(scan.text.slice(end, end + 2))) return undefined;
  const groups = main
    .split(/\D+/)
    .filter(Boolean)
    .map((g) => g.length);
  const plus = /^(?:\+|00)/.test(main);
  // An area code before a slash: "0221 / 93 84 71", "0492/45.67.81".
  if (main.includes('/') && !/^0\d{1,4}\s?\/\s?\d[\d .]{4,}$/.test(main)) return undefined;
  const ssn = SSN_SHAPE.exec(main);
  if (
    ssn &&
    !/^(?:000|666|9)/.test(ssn[1]!) &&
    ssn[2] !== '00' &&
    ssn[3] !== '0000' &&
    (main.includes('-') || SSN_CUE.test(lead))
  ) {
    return 'id_number';
  }
  if (n === 9 && groups.length === 1 && SSN_CUE.test(lead)) return 'id_number';
  // Cards: one block, blocks of four, or Amex's 4-6-5; Luhn-valid, or named as a card.
  const last = groups.length - 1;
  const cardShape =
    groups.every((g, i) => (i < last ? g === 4 : g <= 4)) ||
    groups.length === 1 ||
    (groups.length === 3 && groups[0] === 4 && groups[1] === 6);
  // Named as a card, 13 to 19 digits count even when the checksum fails: children mistype.
  // Four groups of four are a card's shape: its word may stand further back, in the sentence or the one before
  // ("la carte bancaire de ma mère pour acheter un pass…, le numéro c'est 4974 0123 4567 8901").
  const fours = groups.length === 4 && groups.every((g) => g === 4);
  const named =
    n >= 13 &&
    (CUES().card.test(lead) || (fours && CUES().card.test(scan.text.slice(Math.max(0, start - 140), start))));
  if (!plus && n >= 12 && /^[\d -]+$/.test(main) && cardShape && (luhn(digits) || named)) {
    return 'card';
  }
  if (n > 15 || NOT_PHONE.test(main)) return undefined;
  // A free line is a service's, never a child's: "1 800 263-2266", "0 800 235 236", "0800 111 0 333".
  if (TOLL_FREE.test(main)) return undefined;
  // A service's number, named: "le numéro de SOS Amitié c'est…".
  if (!/^(?:\+|00)/.test(main) && (contextCues.ofService?.(lead) || officeNumber(scan, start) || namedLine(lead)))
    return undefined;
  const cues = CUES();
  // A code's words before the number, which are no phone's even where they hold one's word ("numéro de commande",
  // "Bestellung … Nr."): the cues are read before them, and just after the number.
  const code = CODE_BEFORE.exec(lead);
  const cueLead = code ? lead.slice(0, code.index) : lead;
  const cue = cues.phone.test(cueLead) || /^\s*-?\s*(?:office|fax|mobile|cell|home|work)\b/i.test(scan.after(end, 12));
  // A short number in a song's or a film's title ("my favorite song is 867-5309") is no phone.
  if (!cue && !plus && n < 10 && cues.work.test(lead)) return undefined;
  // A game's coordinates, one below zero ("bei Koordinaten 200 64 -300"), or a sequence whose numbers are a step
  // apart ("la suite 01 12 23 34 45 c'est quoi le prochain ?").
  if (!cue && ((/\s-\d/.test(main) && GEO_CUE.test(lead)) || stepped(main))) return undefined;
  // An error's number, right after the word: "why does it say error 2618-0516".
  if (ERROR_BEFORE.test(lead)) return undefined;
  // A number in a sum, with another number after its operation: "Calcule 0612457890 divisé par 2".
  if (!cue && !plus && OPERATION_AFTER.test(scan.after(end, 30)) && (OPERATION_BEFORE.test(lead) || n < 10))
    return undefined;
  // A product's, an order's or a parcel's number is no phone: "le code article est 00 12 34 56 78", "Bestellung bei
  // Zalando Nr. 10203948576" (unless a word for a phone comes right after it: "… 0612345678 appelle-moi").
  if (code && !cue && !main.startsWith('+') && !cues.phone.test(scan.after(end, 16))) return undefined;
  // A game island's or map's code, in its shape, in a message about codes or maps: "me dijeron 1234-5678-9012".
  if (!cue && ISLAND_CODE.test(main) && MAP_CODE_WORDS.test(scan.text) && !cues.phone.test(scan.text)) return undefined;
  if (plus && n >= 8) return 'phone';
  if (!cue && (THOUSANDS.test(main) || (groups.length > 5 && groups.every((g) => g <= 2)))) return undefined;
  // Marks, scores or a draw in pairs of digits that open with no 0, as no phone in pairs does: "mes notes : 12 14 15
  // 09 11", "die Lottozahlen waren 5 12 23 34 45".
  if ((!cue || DRAW.test(lead)) && groups.length >= 4 && groups.every((g) => g <= 2) && !main.startsWith('0'))
    return undefined;
  const grouped =
    groups.length === 1 ? n <= 11 : groups.every((g) => g <= 5) || (groups.length === 2 && groups[0]! <= 5);
  const shaped =
    (n >= 10 && n <= 13) ||
    /^\d{3}[-. ]\d{4}$/.test(main) ||
    (n >= 8 && groups.length >= 3 && groups.every((g) => g >= 2));
  return grouped && (cue || shaped) ? 'phone' : undefined;
}

const NUMBER_WORDS = cue(
  'zero oh one two three four five six seven eight nine double triple cero uno dos tres cuatro cinco seis siete ocho nueve doble',
);
const SPELLED =
  /\b(?:(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|doble|\d{1,5})(?:[\s,.-]+|$)){3,}/gi;
const DIGIT_WORD =
  /^(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)$/;

function findSpelledPhones(scan: Scan): void {
  if (scan.count(NUMBER_WORDS) < 3) return;
  for (const m of scan.all(SPELLED)) {
    const value = m[0].replace(/[\s,.-]+$/, '');
    let count = 0;
    let spelled = 0;
    let repeat = 1;
    for (const token of value.toLowerCase().split(/[\s,.-]+/)) {
      if (token === 'double' || token === 'doble') repeat = 2;
      else if (token === 'triple') repeat = 3;
      else {
        const word = DIGIT_WORD.test(token);
        if (word) spelled++;
        count += (word ? 1 : token.length) * repeat;
        repeat = 1;
      }
    }
    if (spelled >= 3 && count >= 7 && count <= 15 && (count >= 10 || CUES().phone.test(scan.before(m.index, 45)))) {
      scan.add('phone', m.index, m.index + value.length);
    }
  }
}

/** Phone numbers read out in French or German words, read by pii-pack-cues.ts, which loads with those packs. */
function wordPhones(scan: Scan): void {
  if (contextCues.wordPhones && scan.has(SPOKEN_DIGITS))
    contextCues.wordPhones(scan, (index) => CUES().phone.test(scan.before(index, 45)));
}
/** Numbers in French or German words, one of which every such phone number holds. */
const SPOKEN_DIGITS = cue(
  'zéro zero null un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante eins zwei zwo drei vier fünf fuenf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig',
);

const ID_WORDS = cue(
  'passport license licence permit id lunch ssn nhs ni tax itin medicaid medicare insurance member social student dni nie curp',
  'ids',
);
const ID_CUE = fromPacks((lx) => {
  // A one-letter "is" (French "c") only before a space: "C01X00T47" keeps its first letter.
  const is = lx.list('is').filter((w) => !/^[\p{L}]$/u.test(w));
  const letters = lx.list('is').filter((w) => /^[\p{L}]$/u.test(w));
  // An entry in capitals is matched as written: "SIN", not Spanish "sin".
  const ids = lx.list('ids');
  const caps = ids.filter((w) => /^[\p{Lu}\d]+$/u.test(w) && /[\p{Lu}]/u.test(w));
  const tail = `(?![\\p{L}])(?:\\s*-?(?:number|no\\.?|num|nr\\.?|nº|n°|núm\\.?|#|:|=|!+|${alternation(['is', ...is])}${letters.length ? `|(?:${letters.join('|')})(?=\\s)` : ''})(?![\\p{L}]))*\\s*`;
  return [
    caps.length ? new RegExp(`(?<![\\p{L}])(?:${caps.join('|')})${tail}`, 'gu') : undefined,
    new RegExp(
      `(?<![\\p{L}])(?:passport|(?:learner|driver)['’]?s? permit|driver'?s? licen[cs]e|driving licen[cs]e|licen[cs]e (?:number|no\\.?|#)|national (?:id|insurance)|id (?:number|no\\.?|#|card)|student (?:id|number|no\\.?|#)|school id|lunch (?:number|pin|code|id)|(?:my|his|her|your|ur) id|id(?=\\s*[:#])|ssn|nhs (?:number|no\\.?)|ni number|tax id|itin|medicaid|medicare|insurance (?:number|id)|member id|social security(?: number)?${ids.length > caps.length ? `|${alternation(ids.filter((w) => !caps.includes(w)))}` : ''})${tail}`,
      'giu',
    ),
  ].filter((re): re is RegExp => re !== undefined);
});
/** After an ID word, a few words may come before the number: "… hat die nummer LZ6311T47", "… für den ferienjob, die ist …". */
const ID_GAP = /[.,:]?[ \t]*(?:[\p{L}-]{1,12}[,:]?[ \t]+){0,5}/uy;
/** Words for a code that opens a door, a gate, an alarm or a lock, whose four digits can look like a year. */
const OPENS = /(?:alarm|gate|door|entry|keypad|lock|padlock)\b/i;
/** A year's preposition before the number: "the gate code changed in 2019". */
const WHEN = /(?<![\p{L}])(?:in|since|from|until|till|by|before|after|of)\s+$/iu;
/** A year, or a year and a month: not an ID number ("my passport expires in 2031"). */
const YEARISH = /^(?:19|20)\d\d(?:[-/.]\d{1,2})?$/;
// A Spanish NIE typed with hyphens: a letter and a hyphen before the digits, a check letter after them ("Y-4821930-K").
const ID_TOKEN = /(?:[A-Z]{1,5}[-/]|[A-Z]{0,5})\d[\dA-Z]*(?:[ ./-]\d[\dA-Z]*){0,7}(?:-[A-Z])?(?![\p{L}\p{N}])/iuy;
// Spanish DNI and NIE (check letter), Mexican CURP, UK National Insurance number.
const STRONG_IDS =
  /\b(?:(\d{8})[- ]?([A-Z])|([XYZ])[- ]?(\d{7})[- ]?([A-Z])|[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D])\b/g;
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function findIds(scan: Scan): void {
  if (scan.has(ID_WORDS)) {
    for (const m of ID_CUE().flatMap((re) => scan.all(re))) {
      ID_GAP.lastIndex = m.index + m[0].length;
      ID_GAP.exec(scan.text);
      ID_TOKEN.lastIndex = ID_GAP.lastIndex;
      let token = ID_TOKEN.exec(scan.text)?.[0];
      if (!token) {
        ID_TOKEN.lastIndex = m.index + m[0].length;
        token = ID_TOKEN.exec(scan.text)?.[0];
      }
      // Four digits, or a document number of letters and digits ("X4RTBPFW4", "C01X00T47").
      const digits = token ? digitsOf(token).length : 0;
      if (
        token &&
        // A code that opens something may look like a year: "the gate code is 1984".
        (!YEARISH.test(token) ||
          (OPENS.test(m[0]) && !WHEN.test(scan.before(ID_TOKEN.lastIndex - token.length, 12)))) &&
        (digits >= 4 || (digits >= 2 && token.length >= 8 && /^[\dA-Z]+$/.test(token)))
      )
        scan.add('id_number', ID_TOKEN.lastIndex - token.length, ID_TOKEN.lastIndex);
    }
  }
  findIbans(scan);
  // Each of these has six digits in a row, or the National Insurance shape.
  if (!/\d{6}|[A-Z]{2} ?\d\d ?\d\d ?\d\d/.test(scan.text)) return;
  for (const m of scan.all(STRONG_IDS)) {
    const number = m[1] ?? (m[3] ? `${'XYZ'.indexOf(m[3])}${m[4]}` : undefined);
    if (number === undefined || DNI_LETTERS[Number(number) % 23] === (m[2] ?? m[5]))
      scan.add('id_number', m.index, m.index + m[0].length);
  }
}

/** A bank account's IBAN, written whole or in groups of four: "DE21 7015 0000 1004 2856 73". */
const IBAN =
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/giu;
/** Words that name a bank account before its number. */
const IBAN_CUE =
  /(?<![\p{L}])(?:iban|rib|bic|bank|konto|kontonummer|bankverbindung|cuenta|compte|account)(?![\p{L}])/iu;

/** Whether an IBAN's check digits hold (ISO 13616: the number, moved and read as digits, is 1 modulo 97). */
function ibanChecks(iban: string): boolean {
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`.toUpperCase();
  let rest = 0;
  for (const c of moved) {
    const v = c >= 'A' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    rest = (v > 9 ? rest * 100 + v : rest * 10 + v) % 97;
  }
  return rest === 1;
}

/** IBANs: check digits that hold, or a bank word before the number (children mistype). */
function findIbans(scan: Scan): void {
  if (!/\d{4}/.test(scan.text) || !/[A-Z]{2}\d\d/i.test(scan.text)) return;
  for (const m of scan.all(IBAN)) {
    const iban = m[0].replace(/[ \u00a0]/g, '');
    if (iban.length < 15 || iban.length > 34 || digitCount(iban) < 10) continue;
    if (ibanChecks(iban) || IBAN_CUE.test(scan.before(m.index, 40)))
      scan.add('id_number', m.index, m.index + m[0].length);
  }
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?!\\d|\\.\\d)`, 'g');
const IPV6 = /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;

/**
 * Addresses that are the same in millions of homes, so they tell nothing about the child: loopback
 * (127.x), "this network" (0.x), and a private network's router, which takes the first or last
 * address (192.168.0.1, 10.0.0.138 is a device and stays personal; 192.168.1.1 and 10.0.0.254 do not).
 */
function sharedAddress(ip: string): boolean {
  const [a, b, , d] = ip.split('.').map(Number) as [number, number, number, number];
  if (a === 127 || a === 0) return true;
  const privateNet = a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
  return privateNet && (d === 1 || d === 254);
}

/** IP addresses; `decimal` when the text has a digit, a dot and a digit, as every IPv4 address does. */
function findIps(scan: Scan, decimal: boolean): void {
  for (const m of decimal ? scan.all(IPV4) : []) {
    // Version numbers ("version 1.2.3.4") are not addresses; nor are the addresses every home shares.
    if (!/\bv(?:er|ersion)?\.?\s*$/i.test(scan.before(m.index, 10)) && !sharedAddress(m[0]))
      scan.add('ip', m.index, m.index + m[0].length);
  }
  if (!/[0-9a-f]:[0-9a-f]*:/i.test(scan.text)) return;
  for (const m of scan.all(IPV6)) {
    const groups = m[0].split(':').filter(Boolean);
    const doubled = m[0].split('::').length - 1;
    // Eight groups, or fewer with one "::"; clock times ("12:30:45") have no letters and too few groups.
    const ok = doubled <= 1 && (doubled === 1 || groups.length === 8) && groups.every((g) => g.length <= 4);
    if (ok && (/[a-f]/i.test(m[0]) || groups.length >= 6)) scan.add('ip', m.index, m.index + m[0].length);
  }
}

const GEO =
  /(?<![\d.])([-+]?\d{1,2}\.(\d+))\s*°?\s*([NS](?![a-z])|north|south|nord|sud|süd|norte|sur)?\s*(?:[,;/]\s*|\s+)(?:lo?ng?\s*)?([-+]?\d{1,3}\.(\d+))\s*°?\s*([EW](?![a-z])|east|west|est|ouest|ost|este|oeste)?(?![\d.]*\d)/gi;
/** Latitude and longitude named: "lat: 51.50 long: -0.12", "latitude 40.71 and longitude -74.00". */
const LABELLED_GEO =
  /(?<![\p{L}])(?:lat|latitude|latitud|breite|breitengrad)\s*[:=]?\s*([-+]?\d{1,2}[.,]\d{2,})[^\d\n]{0,16}?(?<![\p{L}])(?:lo?ng|lon|longitude|longitud|länge|längengrad)\s*[:=]?\s*[-+]?\d{1,3}[.,]\d{2,}/giu;
/** Degrees and decimal minutes, as geocaches give them: "N 51° 30.044' W 0° 7.672'". */
const DDM =
  /(?<![\p{L}])[NS]\s*\d{1,2}\s*°\s*\d{1,2}[.,]\d+\s*['′]?\s*,?\s*[EWO]\s*\d{1,3}\s*°\s*\d{1,2}[.,]\d+\s*['′]?|\d{1,2}\s*°\s*\d{1,2}[.,]\d+\s*['′]\s*[NS]\s*,?\s*\d{1,3}\s*°\s*\d{1,2}[.,]\d+\s*['′]\s*[EWO](?![\p{L}])/gu;
const DMS =
  /\d{1,2}\s*°\s*\d{1,2}\s*['′]\s*(?:\d{1,2}(?:\.\d+)?\s*["″]\s*)?[NS]\s*,?\s*\d{1,3}\s*°\s*\d{1,2}\s*['′]\s*(?:\d{1,2}(?:\.\d+)?\s*["″]\s*)?[EW]/gi;
const GEO_CUE =
  /(?<![\p{L}])(?:lat|latitude|lon|long|lng|longitude|coordinates|coords|gps|location|located|ubicaci[oó]n|coordenadas|pin|koordinaten|standort|coordonn[ée]es|position)(?![\p{L}])/iu;
/**
 * Coordinates of a named place, in a sentence without a word for the child: "die koordinaten vom Eiffelturm
 * sind…", "le Mont Blanc c'est à…". Homework, not a home.
 */
const OF_PLACE =
  /(?<![\p{L}])(?:coordinates|coords|koordinaten|coordonn[ée]es|coordenadas|gps)\s+(?:gps\s+)?(?:of|for|von|vom|der|des|de|du|del|d['’])\s*(?:(?:the|la|le|el|der|die|das|l['’])\s*)?(?!(?:home|house|zuhause|maison|chez|casa|haus|wohnung|school|schule|école|ecole|escuela)(?![\p{L}]))[\p{L}][^.!?\n]*$|([\p{Lu}][\p{L}\p{M}'’-]+)(?:[ \t]+[^.!?\n]{0,40}?)?\s+(?:is at|is located at|lies at|c['’]est à|est à|se trouve à|se situe à|liegt bei|liegt auf|ist bei|está en|queda en)\s*$/u;
/** A capitalised place name right before coordinates, as in a list of capitals: "Paris 48°51′N 2°21′E, Dakar …". */
const PLACE_RIGHT_BEFORE = /(?:^|[\s,;(])([\p{Lu}][\p{L}\p{M}'’-]+)[ \t]*:?[ \t]*$/u;
function publicPlace(scan: Scan, index: number): boolean {
  const lead = scan.before(index, 80);
  const sentence = lead.slice(
    Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! '), lead.lastIndexOf('\n')) + 1,
  );
  // A named place: after "coordinates of", as the subject of "liegt bei", "is at" (not a given name: "Lena ist
  // bei…"), or right before the numbers.
  const of = OF_PLACE.exec(sentence);
  const placeName = PLACE_RIGHT_BEFORE.exec(sentence)?.[1];
  const named = of ? of[1] === undefined || !givenName(of[1]) : placeName !== undefined && !givenName(placeName);
  if (!named) return false;
  return !sentence.split(/[^\p{L}\p{M}]+/u).some((w) => w !== '' && firstPerson(w));
}

/** A what3words address ("///filled.count.soap", or three dotted words after "what3words"): a 3 m square. */
const W3W =
  /(?:\/\/\/[ \t]?|(?<![\p{L}])(?:what ?3 ?words|w3w)(?![\p{L}])[^\n/]{0,24}?)([\p{L}]{2,20}\.[\p{L}]{2,20}\.[\p{L}]{2,20})(?![\p{L}.]*[\p{L}])/giu;
/** A plus code ("9C3XGV4C+XW", "GV4C+XW"): a house-sized square; its letters come from a set of twenty. */
const PLUS_CODE = /(?<![\p{L}\p{N}+])[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}(?![\p{L}\p{N}+])/gu;

/** Where a child is, as the map apps share it: what3words addresses and plus codes. */
function findMapCodes(scan: Scan): void {
  const { text } = scan;
  if (text.includes('///') || /w(?:hat ?)?3 ?w/i.test(text))
    for (const m of scan.all(W3W)) {
      const start = m[0].startsWith('/') ? m.index : m.index + m[0].length - m[1]!.length;
      scan.add('geo', start, m.index + m[0].length);
    }
  if (scan.digits && text.includes('+'))
    for (const m of scan.all(PLUS_CODE))
      if (/[A-Z]/.test(m[0]) && /\d/.test(m[0])) scan.add('geo', m.index, m.index + m[0].length);
}

/** Coordinates; `decimal` as for {@link findIps}: decimal degrees have one. */
function findGeo(scan: Scan, decimal: boolean): void {
  for (const m of decimal ? scan.all(GEO) : []) {
    const [, lat, a = '', ns, lon, b = '', ew] = m;
    if (!(Math.abs(Number(lat)) <= 90 && Math.abs(Number(lon)) <= 180)) continue;
    const places = Math.min(a.length, b.length);
    // Four decimal places is a house; two or three count only with a marker or a word like "location".
    if (places >= 4 || (places >= 2 && (ns || ew || m[0].includes('°') || GEO_CUE.test(scan.before(m.index, 50))))) {
      if (!publicPlace(scan, m.index)) scan.add('geo', m.index, m.index + m[0].trimEnd().length);
    }
  }
  if (scan.text.includes('°'))
    for (const re of [DMS, DDM])
      for (const m of scan.all(re)) if (!publicPlace(scan, m.index)) scan.add('geo', m.index, m.index + m[0].length);
  if (/lat|breite/i.test(scan.text))
    for (const m of scan.all(LABELLED_GEO)) {
      const start = m.index + m[0].indexOf(m[1]!);
      if (!publicPlace(scan, m.index)) scan.add('geo', start, m.index + m[0].length);
    }
}

/**
 * A phone number given in parts, each after words that say which part it is: "my cell starts 312 555. the rest is
 * 0177", "note mon num: 06 45. la suite c 23 19 88", "die nummer fängt mit 0172 an… und dann kommt 5508 341", "mi
 * cel empieza por 321 y el resto es…". A part is two digits or more; a phone word must be in the message.
 */
const PART_LEAD =
  /(?<![\p{L}])(?:starts?(?:[ \t]+with)?|begins?(?:[ \t]+with)?|first(?:[ \t]+part)?|the rest(?:[ \t]+is)?|then(?:[ \t]+comes)?|(?:ça[ \t]+|ca[ \t]+)?commence(?:[ \t]+par)?|la suite(?:[ \t]+(?:c['’]est|c|est))?|le reste(?:[ \t]+(?:c['’]est|c|est))?|(?:fängt|faengt|beginnt)[ \t]+mit|(?:und[ \t]+)?dann[ \t]+kommt|der[ \t]+rest(?:[ \t]+ist)?|empieza(?:[ \t]+(?:por|con))?|comienza(?:[ \t]+(?:por|con))?|el resto(?:[ \t]+es)?|luego)[ \t]*:?[ \t]*((?:\d[ \t.-]?){2,}\d?)(?![\p{N}])/giu;
/** A phone word and a short run of digits right after it: the first part of a number given in parts. */
const PART_HEAD =
  /(?<![\p{L}])(?:num|numéro|numero|number|nummer|nr|cell|cel|portable|handy|tel|tél|móvil|movil|celular)\.?[ \t]*[:=]?[ \t]*((?:\d[ \t.-]?){2,}\d?)(?![\p{N}])/giu;
const PART_WORDS = cue(
  'starts start begins begin first rest then commence suite reste fängt faengt beginnt dann empieza comienza resto luego',
);
function splitPhones(scan: Scan): void {
  if (!scan.has(PART_WORDS) || !CUES().phone.test(scan.text)) return;
  const parts = [...scan.all(PART_LEAD)];
  if (parts.length === 0) return;
  // The first part may follow the phone word itself: "note mon num: 06 45. la suite c 23 19 88".
  for (const m of scan.all(PART_HEAD)) if (digitCount(m[1]!) < 7) parts.push(m);
  // Two parts at least: a lone "commence par 06" is no number.
  if (parts.length < 2) return;
  for (const m of parts) {
    const value = m[1]!.replace(/[ \t.-]+$/, '');
    const at = m.index + m[0].length - m[1]!.length;
    scan.add('phone', at, at + value.length);
  }
}

export function findNumbers(scan: Scan): void {
  findMapCodes(scan);
  if (!scan.digits) {
    findSpelledPhones(scan);
    wordPhones(scan);
    return;
  }
  for (const m of scan.all(CLUSTER)) {
    // Fewer than seven digits is never personal (see kind), and most numbers in a message are short.
    if (digitCount(m[0]) < 7) continue;
    const end = m.index + m[0].replace(/[\s\-.(\u2010-\u2013\x96]+$/, '').length;
    const type = kind(scan, scan.text.slice(m.index, end), m.index, end);
    if (type) scan.add(type, m.index, end);
    if (type === 'card') cardExtras(scan, end);
  }
  findSpelledPhones(scan);
  wordPhones(scan);
  splitPhones(scan);
  findIds(scan);
  const decimal = /\d\.\d/.test(scan.text);
  findIps(scan, decimal);
  findGeo(scan, decimal);
}
