import { emergencyNumber, getCrisisLines } from '@youthchat/core';
import { describe, expect, it } from 'vitest';

describe('help lines accept the country codes people and platforms use', () => {
  it('treats UK as GB and ignores case and spaces', () => {
    const ids = (country: string) => getCrisisLines(country, 'en').map((line) => line.id);
    expect(ids('UK')).toEqual(ids('GB'));
    expect(ids(' gb ')).toEqual(ids('GB'));
    expect(ids('GB').length).toBeGreaterThan(1);
    expect(emergencyNumber('uk')).toBe(emergencyNumber('GB'));
  });

  it('keeps an app line for UK when the child is in GB', () => {
    const lines = getCrisisLines('GB', 'en', {
      lines: [{ id: 'school', name: 'School nurse', phone: '020 7946 0000', country: 'UK' }],
    });
    expect(lines.map((line) => line.id)).toContain('school');
  });
});
