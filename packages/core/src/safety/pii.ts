import { findEmails, findHandles, findUrls } from './pii-contact.js';
import { findBirthdates } from './pii-dates.js';
import { findNames } from './pii-names.js';
import { findNumbers } from './pii-numbers.js';
import { findAddresses, findSchools } from './pii-places.js';
import { type Candidate, Scan } from './pii-shared.js';
import type { PIIFinding, ScrubOptions, ScrubResult } from './types.js';

const DETECTORS: ((scan: Scan) => void)[] = [
  findEmails,
  findUrls,
  findHandles,
  findNumbers,
  findBirthdates,
  findAddresses,
  findSchools,
  findNames,
];

const strongest = (a: Candidate, b: Candidate) =>
  b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start;
const byStart = (a: PIIFinding, b: PIIFinding) => a.start - b.start;

/** Sorts in place, stably; the few findings of a message are sorted without the engine's work arrays. */
function sortStable<T>(list: T[], order: (a: T, b: T) => number): T[] {
  if (list.length > 16) return list.sort(order);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i;
    for (; j > 0 && order(list[j - 1]!, item) > 0; j--) list[j] = list[j - 1]!;
    list[j] = item;
  }
  return list;
}

/** Keeps the strongest of overlapping candidates: higher priority, then longer, then earlier. */
function settle(candidates: Candidate[]): PIIFinding[] {
  const kept: PIIFinding[] = [];
  for (const c of sortStable(candidates, strongest)) {
    if (!overlapsAny(kept, c)) kept.push({ type: c.type, start: c.start, end: c.end });
  }
  return sortStable(kept, byStart);
}

function overlapsAny(kept: PIIFinding[], c: Candidate): boolean {
  for (const k of kept) if (c.start < k.end && k.start < c.end) return true;
  return false;
}

function detect(text: string): PIIFinding[] {
  const scan = new Scan(text);
  for (const detector of DETECTORS) detector(scan);
  return settle(scan.out);
}

function render(text: string, findings: PIIFinding[]): string {
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += `${text.slice(at, f.start)}[${f.type}]`;
    at = f.end;
  }
  return out + text.slice(at);
}

/** Where an offset in the rendered text falls in the input: before a placeholder's start, or after its end. */
function toInput(findings: PIIFinding[], offset: number, edge: 'start' | 'end'): number {
  let shift = 0;
  for (const f of findings) {
    const placeholderStart = f.start + shift;
    const placeholderEnd = placeholderStart + f.type.length + 2;
    if (offset < placeholderStart) return offset - shift;
    if (offset < placeholderEnd || (edge === 'end' && offset === placeholderEnd))
      return edge === 'start' ? f.start : f.end;
    shift += f.type.length + 2 - (f.end - f.start);
  }
  return offset - shift;
}

/**
 * Folds findings made on rendered text back onto the input: a new finding
 * that touches a placeholder swallows the finding behind it, so scrubbing the
 * result again finds nothing new.
 */
function fold(findings: PIIFinding[], again: PIIFinding[]): PIIFinding[] {
  let merged = [...findings];
  for (const f of again) {
    let start = toInput(findings, f.start, 'start');
    let end = toInput(findings, f.end, 'end');
    merged = merged.filter((k) => {
      const overlaps = k.start < end && start < k.end;
      if (overlaps) {
        start = Math.min(start, k.start);
        end = Math.max(end, k.end);
      }
      return !overlaps;
    });
    merged.push({ type: f.type, start, end });
  }
  return sortStable(merged, byStart);
}

/**
 * Finds the personal information a child might type and replaces each piece
 * with a placeholder such as `[phone]`: names in introductions and sign-offs
 * and of people around the child, email addresses (also spelled out), phone
 * numbers (any separators, or in words), street addresses, schools, social
 * handles and profile links, dates of birth, ID numbers, payment cards (Luhn
 * checked), IP addresses and coordinates. Sums, measurements, historical
 * dates, page numbers, famous people and places, and titles stay.
 *
 * Never throws; `findings` never overlap and index the input; scrubbing the
 * result again changes nothing.
 *
 * @example
 * scrubPII('text me 415-555-0199 after school').text // 'text me [phone] after school'
 */
export function scrubPII(text: string, _options: ScrubOptions = {}): ScrubResult {
  const input = typeof text === 'string' ? text : String(text ?? '');
  let findings = detect(input);
  if (findings.length === 0) return { text: input, findings };
  let output = render(input, findings);
  for (let round = 0; round < 8; round++) {
    const again = detect(output);
    if (again.length === 0) break;
    findings = fold(findings, again);
    output = render(input, findings);
  }
  return { text: output, findings };
}
