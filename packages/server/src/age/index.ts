export { type AgeHandlerOptions, createAgeHandler } from './handler.js';
export {
  AGE_COOKIE,
  AGE_HEADER,
  type AgeClaims,
  type AgeTokenDenyList,
  DEFAULT_AGE_TOKEN_TTL_SECONDS,
  readAgeToken,
  secretKey,
  signAgeToken,
  type VerifyAgeTokenOptions,
  verifyAgeToken,
  verifyAgeTokenString,
} from './token.js';
