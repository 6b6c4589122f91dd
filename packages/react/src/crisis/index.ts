export { CrisisResources, type CrisisResourcesProps } from './CrisisResources.js';
