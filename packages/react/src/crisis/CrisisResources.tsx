import {
  type CrisisLine,
  type CrisisLineInput,
  type CrisisMessages,
  crisisMessages,
  emergencyNumber,
  formatMessage,
  getCrisisLines,
  pickMessages,
  resolveLocale,
  telHref,
} from '@youthchat/core';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, useId, useMemo } from 'react';
import { useYouthSafety } from '../provider/context.js';

export interface CrisisResourcesProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** ISO 3166-1 alpha-2 country whose lines to show. @default the provider's country, else the locale's region */
  country?: string;
  /** Language of the strings and descriptions. @default the provider's locale */
  locale?: string;
  /**
   * Lines to add (same id replaces a built-in line), or a function from the
   * built-in lines to the list to show.
   * @default the provider's `helpLines.lines`
   */
  lines?: readonly CrisisLineInput[] | ((builtIn: readonly CrisisLine[]) => readonly CrisisLineInput[]);
  /** Shown when no line is known for the country; `null` for none. @default the provider's `helpLines.fallback`, else Find A Helpline */
  fallback?: CrisisLineInput | null;
  /** Screening categories that led here (e.g. `['self-harm']`): lines for them are listed first. */
  categories?: readonly string[];
  /** Replaces some of the strings. */
  messages?: Partial<Omit<CrisisMessages, 'lines'>>;
  /** Level of the heading. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Show the reassuring sentence under the heading; turn off where the surrounding text says it already. @default true */
  intro?: boolean;
}

function LineActions({ line, t }: { line: CrisisLine; t: CrisisMessages }) {
  return (
    <div className="yc-crisis__actions" data-slot="crisis-actions">
      {line.telHref && line.phone ? (
        <a className="yc-button yc-crisis__action" data-action="call" href={line.telHref}>
          {formatMessage(t.call, { number: line.phone })}
        </a>
      ) : null}
      {line.smsHref && line.sms ? (
        <a className="yc-button yc-crisis__action" data-action="text" data-variant="secondary" href={line.smsHref}>
          {line.smsKeyword
            ? formatMessage(t.textKeyword, { keyword: line.smsKeyword, number: line.sms })
            : formatMessage(t.text, { number: line.sms })}
        </a>
      ) : null}
      {line.url ? (
        <a className="yc-crisis__link" data-action="website" href={line.url} target="_blank" rel="noopener noreferrer">
          {formatMessage(t.website, { name: line.name })} <span className="yc-visually-hidden">{t.newTab}</span>
        </a>
      ) : null}
    </div>
  );
}

/** The emergency sentence with its number as a `tel:` link. */
function EmergencyText({ template, number }: { template: string; number: string }) {
  const [before = '', ...after] = template.split('{number}');
  return (
    <>
      {before}
      <a href={telHref(number)} className="yc-crisis__emergency-number">
        {number}
      </a>
      {after.join(number)}
    </>
  );
}

/**
 * Help lines for the child's country, in their language, with `tel:` and
 * `sms:` links. A labelled region on the page, not a dialog: the chat stays
 * usable beside it.
 *
 * @example
 * <CrisisResources country="GB" categories={['self-harm']} />
 */
export function CrisisResources(props: CrisisResourcesProps) {
  const ctx = useYouthSafety('CrisisResources');
  const {
    country: countryProp,
    locale: localeProp,
    lines: linesProp = ctx.helpLines?.lines,
    fallback = ctx.helpLines?.fallback,
    categories,
    messages,
    headingLevel = 2,
    intro = true,
    className,
    ...rest
  } = props;
  const locale = localeProp ?? ctx.locale;
  const country = countryProp ?? ctx.country;
  const band = ctx.band;
  const t = { ...pickMessages(crisisMessages, locale, band), ...messages };
  const lines = useMemo(() => {
    const options: Parameters<typeof getCrisisLines>[2] = { band };
    if (linesProp) options.lines = linesProp;
    if (fallback !== undefined) options.fallback = fallback;
    if (categories) options.categories = categories;
    return getCrisisLines(country, locale, options);
  }, [country, locale, band, linesProp, fallback, categories]);
  const emergency = emergencyNumber(country ?? lines.find((line) => line.country)?.country);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;

  return (
    <section
      data-yc-root=""
      {...rest}
      lang={resolveLocale(crisisMessages, locale)}
      aria-labelledby={headingId}
      className={clsx('yc-crisis', className)}
      data-slot="crisis-resources"
      data-band={band}
      data-country={country?.toUpperCase()}
    >
      <Heading id={headingId} className="yc-crisis__heading">
        {t.heading}
      </Heading>
      {intro ? <p className="yc-crisis__intro">{t.intro}</p> : null}
      <ul className="yc-crisis__lines" data-slot="crisis-lines">
        {lines.map((line) => (
          <li key={line.id} className="yc-crisis__line" data-slot="crisis-line" data-line={line.id}>
            <p className="yc-crisis__name">{line.name}</p>
            {line.description ? <p className="yc-crisis__description">{line.description}</p> : null}
            {line.free || line.alwaysOpen ? (
              <p className="yc-crisis__facts" data-slot="crisis-facts">
                {[line.free ? t.free : null, line.alwaysOpen ? t.alwaysOpen : null].filter(Boolean).join(' · ')}
              </p>
            ) : null}
            <LineActions line={line} t={t} />
          </li>
        ))}
      </ul>
      <p className="yc-crisis__emergency" data-slot="crisis-emergency">
        {emergency ? <EmergencyText template={t.emergency} number={emergency} /> : t.emergencyUnknown}
      </p>
    </section>
  );
}
