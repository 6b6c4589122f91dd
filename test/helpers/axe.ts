import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on `element` (the whole document by default) and fails with a
 * readable list of every violation: rule, impact, help text and the elements.
 * Works in real Chromium and in jsdom (where colour contrast cannot be
 * measured, so axe leaves that rule out).
 *
 * Call it once per visual state, after the state has rendered. Running CSS
 * animations (a dialog fading in) are awaited first: axe reads colours as
 * they are painted, and a half-faded text would read as low contrast.
 *
 * @example
 * render(<AgeGate />);
 * await expectNoAxeViolations(document.body);
 */
export async function expectNoAxeViolations(
  element: Element = document.body,
  options: axe.RunOptions = {},
): Promise<void> {
  await settleAnimations(element);
  const results = await axe.run(element, { resultTypes: ['violations'], ...options });
  const problems = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) =>
      `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`.trimEnd(),
    );
    return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${targets.join('\n')}`;
  });
  // The whole list goes in the message: a diff of arrays would cut it short.
  expect(problems.length, `axe found ${problems.length} violation(s):\n${problems.join('\n')}`).toBe(0);
}

/** Waits for the CSS animations in `element`'s document to finish (jsdom has none); answers how many there were. */
export async function settleAnimations(element: Element): Promise<number> {
  const animations = element.ownerDocument.getAnimations?.() ?? [];
  // A finite animation resolves `finished`; an infinite one (a spinner) never does, so it is left running.
  const finite = animations.filter(
    (animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY,
  );
  await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  return finite.length;
}
