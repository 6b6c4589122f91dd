import { OutputWindower } from '@youthchat/server';
import { describe, expect, it } from 'vitest';

/** Feeds pieces, then takes every window there is (all of them once `final`). */
function drain(w: OutputWindower, final: boolean): { text: string; context: string }[] {
  const out: { text: string; context: string }[] = [];
  for (let window = w.take(final); window; window = w.take(final)) {
    out.push(window);
    w.release(window.text);
  }
  return out;
}

describe('OutputWindower', () => {
  it('cuts at the end of a sentence and waits for more text otherwise', () => {
    const w = new OutputWindower({ minChars: 10, maxChars: 200, contextChars: 100 });
    w.push('The sky is blue because of');
    expect(w.take(false)).toBeNull();
    w.push(' scattering. Next');
    expect(w.take(false)?.text).toBe('The sky is blue because of scattering. ');
    expect(w.take(false)).toBeNull();
    expect(w.take(true)?.text).toBe('Next');
  });

  it('does not cut at a full stop until white space follows it', () => {
    const w = new OutputWindower({ minChars: 5, maxChars: 200, contextChars: 100 });
    w.push('Pi is about 3.');
    expect(w.take(false)).toBeNull();
    w.push('14 and more. ');
    expect(w.take(false)?.text).toBe('Pi is about 3.14 and more. ');
  });

  it('joins sentences shorter than the minimum, and takes every finished sentence waiting', () => {
    // The first window is a short clause of its own (below); here every window is cut like the later ones.
    const w = new OutputWindower({ minChars: 20, maxChars: 200, contextChars: 100, firstChars: 0 });
    w.push('Hi! Yes. ');
    expect(w.take(false)).toBeNull();
    w.push('That is a good question. And another one. Unfinished');
    expect(w.take(false)?.text).toBe('Hi! Yes. That is a good question. And another one. ');
  });

  it('cuts a run-on passage at a space before the maximum', () => {
    const w = new OutputWindower({ minChars: 5, maxChars: 30, contextChars: 100 });
    w.push('one two three four five six seven eight nine ten eleven');
    const first = w.take(false);
    expect(first?.text.length).toBeLessThanOrEqual(30);
    expect(first?.text.endsWith(' ')).toBe(true);
    const rest = drain(w, true).map((x) => x.text);
    expect([first?.text, ...rest].join('')).toBe('one two three four five six seven eight nine ten eleven');
  });

  it('never splits a surrogate pair when it must cut inside a word', () => {
    const w = new OutputWindower({ minChars: 1, maxChars: 5, contextChars: 10 });
    w.push('abcd😀efgh');
    const texts = drain(w, true).map((x) => x.text);
    expect(texts.join('')).toBe('abcd😀efgh');
    for (const t of texts) expect(t).toBe(String.fromCodePoint(...[...t].map((c) => c.codePointAt(0) as number)));
  });

  it('gives each window the checked text before it as context, up to the limit', () => {
    const w = new OutputWindower({ minChars: 1, maxChars: 200, contextChars: 30, firstChars: 0 });
    w.push('First sentence is here. Second sentence follows it. Third one ends. ');
    const windows = drain(w, false);
    expect(windows.map((x) => x.text)).toEqual([
      'First sentence is here. Second sentence follows it. Third one ends. ',
    ]);
    w.push('Fourth. ');
    const [next] = drain(w, false);
    expect(next?.text).toBe('Fourth. ');
    expect(next?.context.length).toBeLessThanOrEqual(30);
    expect('First sentence is here. Second sentence follows it. Third one ends. '.endsWith(next?.context ?? 'x')).toBe(
      true,
    );
    expect(next?.context).toContain('Third one ends.');
  });

  it('gives no context when contextChars is 0', () => {
    const w = new OutputWindower({ minChars: 1, maxChars: 200, contextChars: 0 });
    w.push('One. Two. ');
    const first = w.take(false);
    w.release(first?.text ?? '');
    w.push('Three. ');
    expect(w.take(false)?.context).toBe('');
  });

  it('loses and adds nothing: the windows join back to the input', () => {
    const input = 'Hello there!  How are you?\n\nHere is a list:\n1. one\n2. two\nDone… really? Yes.';
    const w = new OutputWindower({ minChars: 3, maxChars: 12, contextChars: 8 });
    for (const ch of input) w.push(ch);
    expect(
      drain(w, true)
        .map((x) => x.text)
        .join(''),
    ).toBe(input);
  });
});
