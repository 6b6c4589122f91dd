import { type AgeBand, type DisclosureConfig, resolveLoadedDisclosure } from '@youthchat/core';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, useId } from 'react';
import { useYouthSafety } from '../provider/context.js';
import { type AIDisclosureSlots, DisclosureSections } from './DisclosureSections.js';
import { useDisclosureLocale } from './use-disclosure-locale.js';

export interface AIDisclosurePanelProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The band to show. @default the provider's band */
  band?: AgeBand;
  /** The locale to show. @default the provider's locale */
  locale?: string;
  /** Your customisation (see `defineDisclosures`). */
  disclosures?: DisclosureConfig;
  slots?: AIDisclosureSlots;
  /** Level of the title; sections use the next level. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
}

/**
 * The disclosure text on the page rather than in a dialog: for an "About
 * this AI" page, a settings screen, or to preview a customisation.
 *
 * @example
 * <AIDisclosure.Panel band="teen13to15" locale="fr" headingLevel={1} />
 */
export function AIDisclosurePanel(props: AIDisclosurePanelProps) {
  const { band: bandProp, locale: localeProp, disclosures, slots, headingLevel = 2, className, ...rest } = props;
  const ctx = useYouthSafety('AIDisclosure.Panel');
  const band = bandProp ?? ctx.band;
  const locale = localeProp ?? ctx.locale;
  const ready = useDisclosureLocale(locale);
  const disclosure = resolveLoadedDisclosure(band, locale, disclosures);
  const titleId = useId();
  const Title = `h${headingLevel}` as const;
  // Until the locale's text has loaded, an empty, busy panel holds its place.
  if (!ready)
    return (
      <article
        data-yc-root=""
        {...rest}
        aria-busy="true"
        className={clsx('yc-disclosure yc-disclosure--panel', className)}
        data-slot="disclosure-panel"
        data-band={band}
      />
    );
  return (
    <article
      data-yc-root=""
      {...rest}
      lang={disclosure.locale}
      aria-labelledby={titleId}
      className={clsx('yc-disclosure yc-disclosure--panel', className)}
      data-slot="disclosure-panel"
      data-band={band}
      data-version={disclosure.version}
    >
      {slots?.header}
      <Title id={titleId} className="yc-disclosure__title">
        {disclosure.title}
      </Title>
      <DisclosureSections
        sections={disclosure.sections}
        slots={slots}
        headingLevel={(headingLevel + 1) as 2 | 3 | 4 | 5 | 6}
      />
      {slots?.footer}
    </article>
  );
}
