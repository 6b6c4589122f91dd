import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AIDisclosure, YouthSafetyProvider } from '@youthchat/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { App, Chat } from './harness.tsx';

async function acknowledge(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'OK, I understand' }));
}

describe('"About this AI"', () => {
  it('reopens the disclosure from the trigger prop, closes with the button, and returns focus to the trigger', async () => {
    const user = userEvent.setup();
    render(<App storageKey="trigger" trigger />);
    await acknowledge(user);
    const trigger = screen.getByRole('button', { name: 'About this AI' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'You are talking to an AI' });
    expect(dialog).toHaveAttribute('data-mode', 'reopened');
    expect(dialog).toHaveFocus();
    await expectNoAxeViolations();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('works by keyboard alone: Tab to the trigger, Enter, Escape', async () => {
    const user = userEvent.setup();
    render(<App storageKey="keys" trigger />);
    await user.keyboard('{Tab}{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    const trigger = screen.getByRole('button', { name: 'About this AI' });
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('can be your own element (asChild) anywhere in the tree, and open() from the hook does the same', async () => {
    const user = userEvent.setup();
    render(
      <YouthSafetyProvider band="under13" storageKey="as-child">
        <header>
          <AIDisclosure.Trigger asChild className="from-trigger">
            <a href="#about" className="mine">
              What is this?
            </a>
          </AIDisclosure.Trigger>
        </header>
        <AIDisclosure />
        <Chat />
      </YouthSafetyProvider>,
    );
    await acknowledge(user);
    const link = screen.getByRole('link', { name: 'What is this?' });
    expect(link).toHaveClass('mine', 'from-trigger');
    await user.click(link);
    expect(screen.getByRole('dialog')).toHaveAttribute('data-mode', 'reopened');
    await user.keyboard('{Escape}');
    expect(link).toHaveFocus();

    const help = screen.getByRole('button', { name: 'Help' });
    await user.click(help);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lets a click handler cancel opening with preventDefault', async () => {
    const user = userEvent.setup();
    render(
      <YouthSafetyProvider band="adult" storageKey="prevent">
        <AIDisclosure
          trigger={
            <button type="button" onClick={(e) => e.preventDefault()}>
              Info
            </button>
          }
        />
      </YouthSafetyProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Info' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('slots and the panel', () => {
  it('renders your header, section layout and footer', () => {
    render(
      <App
        storageKey="slots"
        slots={{
          header: <p>Pip says hi</p>,
          section: (section, content) =>
            section.id === 'help' ? <aside aria-label="Help box">{content}</aside> : content,
          footer: <p>Questions? Ask your teacher.</p>,
        }}
      />,
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Pip says hi')).toBeInTheDocument();
    expect(within(dialog).getByText('Questions? Ask your teacher.')).toBeInTheDocument();
    expect(
      within(within(dialog).getByRole('complementary', { name: 'Help box' })).getByRole('heading'),
    ).toHaveTextContent('If you need help');
  });

  it('shows the text on a page with AIDisclosure.Panel', async () => {
    render(
      <YouthSafetyProvider band="teen16to17" locale="de" storageKey="panel">
        <main>
          <AIDisclosure.Panel headingLevel={1} />
          <AIDisclosure.Panel band="under13" locale="fr" />
        </main>
      </YouthSafetyProvider>,
    );
    // German and French load on demand; each panel fills in once its text has arrived.
    expect(await screen.findByRole('article', { name: 'Das ist eine KI, kein Mensch' })).toHaveAttribute('lang', 'de');
    expect(screen.getByRole('heading', { level: 1, name: 'Das ist eine KI, kein Mensch' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Tu parles avec une IA' })).toHaveAttribute(
      'data-band',
      'under13',
    );
    await expectNoAxeViolations();
  });
});
