export { DEFAULT_MAX_BODY_BYTES, type ReadJsonOptions, readJsonObject } from './body.js';
export { HttpError } from './errors.js';
export { SECURITY_HEADERS, securedValue, withSecurityHeaders } from './headers.js';
export { checkOrigin } from './origin.js';
export {
  bucketOf,
  clientAddress,
  createRateLimiter,
  hitLimits,
  type RateLimiter,
  type RateLimitOptions,
  REMOTE_ADDRESS_HEADER,
} from './rate-limit.js';
export { type ErrorLogger, errorResponse, jsonResponse, withErrors } from './response.js';
export { validateBody } from './validate.js';
