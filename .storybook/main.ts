import type { StorybookConfig } from '@storybook/react-vite';
import { alias } from '../vitest.config.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', '@storybook/addon-docs'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => {
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = { ...(viteConfig.resolve.alias as Record<string, string>), ...alias };
    return viteConfig;
  },
};

export default config;
