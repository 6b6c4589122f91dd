import type { Preview } from '@storybook/react-vite';
import '@youthchat/react/styles.css';

const preview: Preview = {
  parameters: {
    // An axe violation fails the story when it runs as a test.
    a11y: { test: 'error' },
    layout: 'padded',
  },
  tags: ['autodocs'],
};

export default preview;
