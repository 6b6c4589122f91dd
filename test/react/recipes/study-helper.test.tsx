import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StudyHelper } from '../../../examples/react-app/src/StudyHelper.tsx';

describe('recipe: SafeChat in an existing React app', () => {
  it('asks the age question first, inside the app’s own panel', () => {
    render(<StudyHelper locale="en" country="GB" />);
    expect(screen.getByRole('region', { name: 'Study Helper' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /continue/i })).toBeInTheDocument();
    expect(screen.queryByRole('log')).not.toBeInTheDocument();
  });

  it('once answered, shows the customised disclosure for 13–15 before the chat can be used', async () => {
    localStorage.setItem('youthchat:age', JSON.stringify({ band: 'teen13to15', consent: 'not-needed' }));
    render(<StudyHelper locale="en" country="GB" />);
    expect(await screen.findByRole('dialog', { name: 'Study Helper is an AI, not a person' })).toBeInTheDocument();
    expect(screen.getByRole('log')).toBeInTheDocument();
  });
});
