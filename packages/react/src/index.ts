/**
 * @youthchat/react: the age gate, AI disclosure, safe chat, report button and
 * crisis resources. Styles: `import '@youthchat/react/styles.css'`.
 */
export * from './age-gate/index.js';
export * from './chat/index.js';
export * from './consent/index.js';
export * from './crisis/index.js';
export * from './disclosure/index.js';
export * from './guardian/index.js';
export * from './provider/index.js';
export * from './report/index.js';
