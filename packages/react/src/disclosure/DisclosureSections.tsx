import type { DisclosureSection } from '@youthchat/core';
import { Fragment, type ReactNode } from 'react';

/** Places for your own content and layout inside the disclosure. */
export interface AIDisclosureSlots {
  /** Above the title, e.g. your assistant's picture or name. */
  header?: ReactNode;
  /**
   * Renders one section. `content` is the default rendering (heading and
   * paragraphs); return it wrapped, replaced, or `null` to leave the section out
   * of the layout (its text still counts for the version).
   */
  section?: (section: DisclosureSection, content: ReactNode) => ReactNode;
  /** Below the sections, above the buttons. */
  footer?: ReactNode;
}

export function Paragraphs({ text }: { text: string }) {
  const parts = text.split(/\n\s*\n/).filter((part) => part.trim() !== '');
  return (
    <>
      {parts.map((part, i) => (
        // Paragraphs of fixed text: position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: static text split into paragraphs
        <p key={i} data-slot="disclosure-paragraph">
          {part}
        </p>
      ))}
    </>
  );
}

interface DisclosureSectionsProps {
  sections: readonly DisclosureSection[];
  slots: AIDisclosureSlots | undefined;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** Wraps the body of the "not a person" section, e.g. as the dialog's description. */
  describe?: (body: ReactNode) => ReactNode;
}

/** The sections of a disclosure, each a heading and its paragraphs. */
export function DisclosureSections({ sections, slots, headingLevel, describe }: DisclosureSectionsProps) {
  const Heading = `h${headingLevel}` as const;
  const describedId = sections.find((s) => s.id === 'ai')?.id ?? sections[0]?.id;
  return (
    <div data-slot="disclosure-sections" className="yc-disclosure__sections">
      {sections.map((section) => {
        const body = (
          <div data-slot="disclosure-body" className="yc-disclosure__body">
            <Paragraphs text={section.body} />
          </div>
        );
        const content = (
          <section data-slot="disclosure-section" data-section={section.id} className="yc-disclosure__section">
            <Heading className="yc-disclosure__heading">{section.heading}</Heading>
            {describe && section.id === describedId ? describe(body) : body}
          </section>
        );
        return <Fragment key={section.id}>{slots?.section ? slots.section(section, content) : content}</Fragment>;
      })}
    </div>
  );
}
