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

  describe('the first clause', () => {
    it('ends the first window at the first clause boundary, then cuts sentences', () => {
      const w = new OutputWindower({ minChars: 20, maxChars: 200, contextChars: 100 });
      w.push('Sure');
      expect(w.take(false)).toBeNull();
      w.push(', here is how clouds form. Warm air rises. It cools, and');
      expect(w.take(false)?.text).toBe('Sure, ');
      // Later windows keep the sentence rules: at least minChars, every finished sentence waiting.
      expect(w.take(false)?.text).toBe('here is how clouds form. Warm air rises. ');
      expect(w.take(false)).toBeNull();
    });

    it('ends at a semicolon, colon, dash, sentence end or line break too', () => {
      for (const [input, first] of [
        ['Two things matter; the rest less.', 'Two things matter; '],
        ['Here is the plan: first we rest.', 'Here is the plan: '],
        ['Honestly — it depends on you.', 'Honestly — '],
        ['Hi! Let me explain the idea.', 'Hi! '],
        ['A title\nThen the body of it.', 'A title\n'],
      ]) {
        const w = new OutputWindower();
        w.push(input as string);
        expect(w.take(false)?.text).toBe(first);
      }
    });

    it('cuts at the last space before firstChars when no boundary comes in time', () => {
      const w = new OutputWindower({ firstChars: 20 });
      w.push('Clouds form when');
      expect(w.take(false)).toBeNull();
      w.push(' warm damp air rises and cools. ');
      expect(w.take(false)?.text).toBe('Clouds form when ');
    });

    it('does not take a number’s comma, leading white space or a boundary past firstChars as the clause', () => {
      const w = new OutputWindower({ firstChars: 30 });
      w.push('\n  About 1,000 clouds');
      expect(w.take(false)).toBeNull();
      w.push(' pass over us in a year, they say.');
      expect(w.take(false)?.text).toBe('\n  About 1,000 clouds pass ');
    });

    it('takes a short whole reply as it is when the reply ends', () => {
      const w = new OutputWindower();
      w.push('Hello there');
      expect(w.take(false)).toBeNull();
      expect(w.take(true)?.text).toBe('Hello there');
    });

    it('is off with firstChars: 0, and never longer than maxChars', () => {
      const off = new OutputWindower({ firstChars: 0, minChars: 10 });
      off.push('Sure, here is more. And more');
      expect(off.take(false)?.text).toBe('Sure, here is more. ');
      const narrow = new OutputWindower({ firstChars: 48, maxChars: 12, minChars: 4 });
      narrow.push('Clouds form when warm damp air rises');
      expect(narrow.take(false)?.text).toBe('Clouds form ');
    });
  });

  it('gives a window the text taken before it as context even while that text is still being judged', () => {
    const w = new OutputWindower({ minChars: 5, contextChars: 100 });
    w.push('Sure, one sentence here. Another sentence. ');
    const first = w.take(false);
    const second = w.take(false);
    // Neither has been released yet: windows are judged at the same time, and released in order.
    expect(first).toEqual({ text: 'Sure, ', context: '' });
    expect(second).toEqual({ text: 'one sentence here. Another sentence. ', context: 'Sure, ' });
  });

  it('judges at most maxInFlight windows at once (at least one)', () => {
    expect(new OutputWindower().settings.maxInFlight).toBe(4);
    expect(new OutputWindower({ maxInFlight: 0 }).settings.maxInFlight).toBe(1);
  });
});
