export { type AgeHandlerOptions, createAgeHandler } from './handler.js';
export {
  AGE_COOKIE,
  AGE_HEADER,
  type AgeClaims,
  DEFAULT_AGE_TOKEN_TTL_SECONDS,
  readAgeToken,
  secretKey,
  signAgeToken,
  verifyAgeToken,
  verifyAgeTokenString,
} from './token.js';
