/**
 * The parts of the chat a conversation needs once it has messages: report
 * buttons (with the scrubbing of the copy they offer), help lines and the
 * markdown renderer. `SafeChat` loads them on demand with the safety engine.
 */
export { CrisisResources } from '../crisis/CrisisResources.js';
export { ReportButton } from '../report/ReportButton.js';
export { Markdown } from './Markdown.js';
export { markdownToText } from './markdown-parse.js';
