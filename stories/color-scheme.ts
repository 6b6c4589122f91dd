import type { StoryContext } from '@storybook/react-vite';

/** The toolbar's colour scheme (see .storybook/preview.ts), passed to each story's provider. */
export function storyScheme(context: Pick<StoryContext, 'globals'>): 'light' | 'dark' {
  return context.globals.colorScheme === 'dark' ? 'dark' : 'light';
}
