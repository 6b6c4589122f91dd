import type { Decorator, Preview } from '@storybook/react-vite';
import '@youthchat/react/styles.css';

/** Paints the canvas in the scheme's page colour, so dark stories are seen (and checked) on a dark page. */
const withCanvas: Decorator = (Story, context) => {
  const dark = context.globals.colorScheme === 'dark';
  document.body.style.background = dark ? '#16191e' : '';
  document.body.style.colorScheme = dark ? 'dark' : '';
  return Story();
};

const preview: Preview = {
  // A toolbar switch for every story's provider (`colorScheme`), see stories/color-scheme.ts.
  globalTypes: {
    colorScheme: {
      description: 'Colour scheme of the youthchat components',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { colorScheme: 'light' },
  decorators: [withCanvas],
  parameters: {
    docs: {
      // JSDoc `@example`s hold JSX: show them as code, not as markup the docs page would swallow.
      extractComponentDescription: (component: { __docgenInfo?: { description?: string } } | undefined) =>
        (component?.__docgenInfo?.description ?? '').replace(
          /@example\s*([\s\S]*?)(?=\n@\w|$)/g,
          (_match: string, code: string) => `**Example**\n\n\`\`\`tsx\n${code.trim()}\n\`\`\``,
        ),
    },
    // An axe violation fails the story when it runs as a test.
    a11y: { test: 'error' },
    layout: 'padded',
  },
  tags: ['autodocs'],
};

export default preview;
