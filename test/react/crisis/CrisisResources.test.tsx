import { render, screen, within } from '@testing-library/react';
import { ConfigurationError } from '@youthchat/core';
import { CrisisResources, YouthSafetyProvider } from '@youthchat/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../helpers/axe.ts';

function Page(props: {
  children: ReactNode;
  country?: string;
  locale?: string;
  band?: 'under13' | 'teen13to15' | 'adult';
}) {
  const { children, country, locale = 'en', band = 'teen13to15' } = props;
  return (
    <YouthSafetyProvider band={band} locale={locale} {...(country ? { country } : {})} storage={null}>
      <main>
        <label>
          Message
          <textarea />
        </label>
        {children}
      </main>
    </YouthSafetyProvider>
  );
}

const line = (id: string) => document.querySelector(`[data-line="${id}"]`) as HTMLElement;

describe('CrisisResources', () => {
  it('is a labelled region on the page, not a dialog, and the chat stays usable', async () => {
    render(
      <Page country="US">
        <CrisisResources />
      </Page>,
    );
    const region = screen.getByRole('region', { name: 'Help is here if you need it' });
    expect(region).toHaveTextContent('You can keep chatting here too.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Message' })).not.toHaveAttribute('aria-hidden');
    await expectNoAxeViolations();
  });

  it('links the US 988 line to call and to text', () => {
    render(
      <Page country="US">
        <CrisisResources />
      </Page>,
    );
    expect(screen.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(screen.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
  });

  it('lists Childline, Samaritans and Shout in the UK', () => {
    render(
      <Page country="GB">
        <CrisisResources />
      </Page>,
    );
    expect(within(line('gb-childline')).getByRole('link', { name: 'Call 0800 1111' })).toHaveAttribute(
      'href',
      'tel:08001111',
    );
    expect(within(line('gb-samaritans')).getByRole('link', { name: 'Call 116 123' })).toHaveAttribute(
      'href',
      'tel:116123',
    );
    expect(within(line('gb-shout')).getByRole('link', { name: 'Text SHOUT to 85258' })).toHaveAttribute(
      'href',
      'sms:85258?body=SHOUT',
    );
    expect(screen.getByRole('region')).toHaveTextContent('If you are in danger right now, call 999.');
  });

  it('lists Kids Help Phone in Canada and Kids Helpline in Australia', () => {
    const { unmount } = render(
      <Page country="CA">
        <CrisisResources />
      </Page>,
    );
    const khp = line('ca-kids-help-phone');
    expect(within(khp).getByRole('link', { name: 'Call 1-800-668-6868' })).toHaveAttribute('href', 'tel:18006686868');
    expect(within(khp).getByRole('link', { name: 'Text CONNECT to 686868' })).toHaveAttribute(
      'href',
      'sms:686868?body=CONNECT',
    );
    unmount();
    render(
      <Page country="AU">
        <CrisisResources />
      </Page>,
    );
    expect(within(line('au-kids-helpline')).getByRole('link', { name: 'Call 1800 55 1800' })).toHaveAttribute(
      'href',
      'tel:1800551800',
    );
  });

  it('speaks Spanish, with the Spanish keyword for 988', () => {
    render(
      <Page country="US" locale="es">
        <CrisisResources />
      </Page>,
    );
    const region = screen.getByRole('region', { name: 'Hay ayuda si la necesitas' });
    expect(region).toHaveAttribute('lang', 'es');
    expect(screen.getByRole('link', { name: 'Llamar al 988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'Enviar AYUDA al 988' })).toHaveAttribute('href', 'sms:988?body=AYUDA');
  });

  it('uses gentler words for under-13s', () => {
    render(
      <Page country="GB" band="under13">
        <CrisisResources />
      </Page>,
    );
    expect(screen.getByRole('region', { name: 'You can talk to someone' })).toBeInTheDocument();
  });

  it('falls back to Find A Helpline, or to the app’s own fallback', () => {
    const { unmount } = render(
      <Page country="BR">
        <CrisisResources />
      </Page>,
    );
    const link = screen.getByRole('link', { name: 'Visit Find A Helpline (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://findahelpline.com');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('region')).toHaveTextContent('call your local emergency number');
    unmount();
    render(
      <Page country="BR">
        <CrisisResources fallback={{ id: 'cvv', name: 'CVV', phone: '188' }} />
      </Page>,
    );
    expect(screen.getByRole('link', { name: 'Call 188' })).toHaveAttribute('href', 'tel:188');
  });

  it('takes props over the provider, and adds or replaces lines', () => {
    render(
      <Page country="US">
        <CrisisResources
          country="GB"
          locale="fr"
          categories={['bullying']}
          lines={[
            { id: 'gb-shout', name: 'Shout 85258', sms: '85258', smsKeyword: 'SCHOOL' },
            {
              id: 'school',
              name: 'Équipe bien-être',
              phone: '020 7946 0000',
              description: 'Ton école.',
              topics: ['bullying'],
            },
          ]}
        />
      </Page>,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-line'))).toEqual([
      'gb-childline',
      'school',
      'gb-samaritans',
      'gb-shout',
    ]);
    expect(screen.getByRole('link', { name: 'Envoyer SCHOOL par SMS au 85258' })).toHaveAttribute(
      'href',
      'sms:85258?body=SCHOOL',
    );
    expect(screen.getByRole('link', { name: 'Appeler le 020 7946 0000' })).toHaveAttribute('href', 'tel:02079460000');
  });

  it('refuses a line with an unsafe link', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(
        <Page country="US">
          <CrisisResources lines={[{ id: 'bad', name: 'Bad', url: 'javascript:alert(1)' }]} />
        </Page>,
      ),
    ).toThrow(ConfigurationError);
  });

  it('throws a clear error outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<CrisisResources />)).toThrow('`CrisisResources` must be used within `YouthSafetyProvider`.');
  });
});
