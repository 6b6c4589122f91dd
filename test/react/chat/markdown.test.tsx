import { render, screen } from '@testing-library/react';
import { ChatMarkdown } from '@youthchat/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function md(text: string) {
  return render(<ChatMarkdown text={text} newTabLabel="(opens in a new tab)" />).container;
}

describe('ChatMarkdown', () => {
  it('renders emphasis, code, lists, quotes and code blocks as elements', () => {
    const root = md(
      [
        'Volcanoes are **hot** and *loud*, and ~~quiet~~ `lava`.',
        '',
        '- magma',
        '- ash',
        '',
        '1. first',
        '2. second',
        '',
        '> a quote',
        '',
        '```js',
        'const x = "<b>";',
        '```',
      ].join('\n'),
    );
    expect(root.querySelector('strong')).toHaveTextContent('hot');
    expect(root.querySelector('em')).toHaveTextContent('loud');
    expect(root.querySelector('del')).toHaveTextContent('quiet');
    expect(root.querySelector('p > code')).toHaveTextContent('lava');
    expect([...root.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['magma', 'ash']);
    expect([...root.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['first', 'second']);
    expect(root.querySelector('blockquote')).toHaveTextContent('a quote');
    expect(root.querySelector('pre > code')).toHaveTextContent('const x = "<b>";');
    expect(root.querySelector('b')).toBeNull();
  });

  it('shows headings as emphasised text, not as page headings', () => {
    md('# Big title\n\nText');
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByText('Big title').tagName).toBe('STRONG');
  });

  it('keeps line breaks inside a paragraph', () => {
    const root = md('line one\nline two');
    expect(root.querySelectorAll('p br')).toHaveLength(1);
  });

  it('links http, https and mailto targets in a new tab without referrer or opener', () => {
    md('See [the museum](https://example.org/volcano?x=1), <http://example.com> and [mail](mailto:help@example.org).');
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/volcano?x=1',
      'http://example.com/',
      'mailto:help@example.org',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    }
    expect(screen.getByRole('link', { name: /^the museum\s*\(opens in a new tab\)$/ })).toBeInTheDocument();
  });

  it('links bare https URLs without the punctuation after them', () => {
    md('Go to https://example.org/page.');
    expect(screen.getByRole('link')).toHaveAttribute('href', 'https://example.org/page');
  });

  it.each([
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '[click]( javascript:alert(1) )',
    '[click](java\tscript:alert(1))',
    '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[click](vbscript:msgbox(1))',
    '[click](file:///etc/passwd)',
    '[click](//evil.example/x)',
    '[click](/relative/path)',
    '<javascript:alert(1)>',
  ])('never links %s', (text) => {
    md(text);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows raw HTML as text and never creates its elements', () => {
    const root = md('<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>');
    expect(root.querySelector('img, script, a, iframe')).toBeNull();
    expect(root).toHaveTextContent('<img src=x onerror="alert(1)">');
  });

  it('shows an image as its description and fetches nothing', () => {
    const root = md('![a red volcano](https://example.org/v.png)');
    expect(root.querySelector('img')).toBeNull();
    expect(root).toHaveTextContent('a red volcano');
  });

  it('keeps unmatched markers as text, as they look mid-stream', () => {
    const root = md('This is **unfinished and `code');
    expect(root.querySelector('strong, code')).toBeNull();
    expect(root).toHaveTextContent('This is **unfinished and `code');
  });

  it('does not treat underscores inside words as emphasis', () => {
    const root = md('snake_case_name and _real_');
    expect(root.querySelectorAll('em')).toHaveLength(1);
    expect(root.querySelector('em')).toHaveTextContent('real');
  });

  it('reads deeply nested input without failing', () => {
    const root = md(`${'> '.repeat(200)}deep\n\n${'- '.repeat(200)}item\n\n${'**'.repeat(300)}x${'*['.repeat(300)}`);
    expect(root.textContent).toContain('deep');
  });

  it('renders any text without throwing and with only safe links', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { container, unmount } = render(<ChatMarkdown text={text} newTabLabel="(new tab)" />);
        for (const a of container.querySelectorAll('a')) {
          expect(new URL(a.href).protocol).toMatch(/^(https?|mailto):$/);
        }
        expect(container.querySelector('script, img, iframe, object, embed, style')).toBeNull();
        unmount();
      }),
      { numRuns: 200 },
    );
  });
});
