export { type AgeHandlerOptions, createAgeHandler } from './handler.js';
export { type AgeDecision, decideAge, verifiedResultsSchema, verifyResults } from './provenance.js';
export { readProvenanceClaims } from './provenance-claims.js';
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
export {
  AgeResultError,
  type AgeResultVerifier,
  type JwksAgeVerifierOptions,
  jwksAgeVerifier,
  type VerifiedAgeResult,
} from './verifier.js';
export { createAgeVerifyHandler } from './verify-handler.js';
