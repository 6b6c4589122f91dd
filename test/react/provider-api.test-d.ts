import type {
  CrisisLineInput,
  DisclosureConfig,
  HookDecision,
  ModerationFindings,
  ModerationHook,
  ModerationHookInput,
  PIIFinding,
  ScreenResult,
} from '@youthchat/core';
import type { HelpLines, MyReportsProps, YouthSafetyProviderProps } from '@youthchat/react';
import { expectTypeOf } from 'vitest';

// One place for each customisation: the provider takes disclosures, help lines and hooks.
expectTypeOf<YouthSafetyProviderProps['disclosures']>().toEqualTypeOf<DisclosureConfig | undefined>();
expectTypeOf<YouthSafetyProviderProps['helpLines']>().toEqualTypeOf<HelpLines | undefined>();
expectTypeOf<YouthSafetyProviderProps['moderationHooks']>().toEqualTypeOf<readonly ModerationHook[] | undefined>();
expectTypeOf<HelpLines['fallback']>().toEqualTypeOf<CrisisLineInput | null | undefined>();

// A hook gets the scrubbed text first (as before), then the original text, the scrubbed text and the findings.
expectTypeOf<Parameters<ModerationHook>[0]>().toEqualTypeOf<string>();
expectTypeOf<ModerationHookInput>().toMatchTypeOf<{
  text: string;
  scrubbedText: string;
  findings: ModerationFindings;
}>();
expectTypeOf<ModerationFindings['pii']>().toEqualTypeOf<readonly PIIFinding[]>();
expectTypeOf<ModerationFindings['screen']>().toEqualTypeOf<ScreenResult | undefined>();
expectTypeOf<ReturnType<ModerationHook>>().toEqualTypeOf<HookDecision | Promise<HookDecision>>();

// A hook written before the input grew still fits.
const legacy = (message: string, context: { band: string }): HookDecision =>
  message.includes('x') && context.band !== 'adult' ? { action: 'block', reason: 'x' } : { action: 'allow' };
expectTypeOf(legacy).toMatchTypeOf<ModerationHook>();

expectTypeOf<MyReportsProps['headingLevel']>().toEqualTypeOf<2 | 3 | 4 | 5 | 6 | undefined>();
