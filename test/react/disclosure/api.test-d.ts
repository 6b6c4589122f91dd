import type { AgeBand, CrisisLine, Disclosure, DisclosureConfig } from '@youthchat/core';
import { defineDisclosures, getCrisisLines, getDisclosure } from '@youthchat/core';
import type { AIDisclosureProps, CrisisResourcesProps } from '@youthchat/react';
import { useAIDisclosure } from '@youthchat/react';
import { expectTypeOf } from 'vitest';

// The contract: getDisclosure(band, locale?) → { version, title, sections: { heading, body }[] }.
expectTypeOf(getDisclosure).parameter(0).toEqualTypeOf<AgeBand>();
expectTypeOf(getDisclosure).parameter(1).toEqualTypeOf<string | undefined>();
expectTypeOf(getDisclosure('under13')).toEqualTypeOf<Disclosure>();
expectTypeOf<Disclosure>().toEqualTypeOf<{
  version: string;
  title: string;
  sections: { heading: string; body: string }[];
}>();

// What the chat relies on.
expectTypeOf(useAIDisclosure).returns.toMatchTypeOf<{ acknowledged: boolean; reminderDue: boolean; open(): void }>();

// Customisation is typed: bands, locales and facts only.
expectTypeOf(defineDisclosures).parameter(0).toEqualTypeOf<DisclosureConfig>();
// @ts-expect-error not an age band
defineDisclosures({ under12: { title: 'x' } });
// @ts-expect-error a section patch has heading and body only
defineDisclosures({ under13: { sections: { ai: { text: 'x' } } } });
expectTypeOf<AIDisclosureProps['trigger']>().toEqualTypeOf<boolean | React.ReactElement | undefined>();

expectTypeOf(getCrisisLines).returns.toEqualTypeOf<CrisisLine[]>();
expectTypeOf<CrisisResourcesProps['country']>().toEqualTypeOf<string | undefined>();
