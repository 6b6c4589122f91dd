/**
 * Base class for every error youthchat throws on purpose. `code` is stable and
 * machine-readable; `message` says what to fix.
 */
export class YouthchatError extends Error {
  override readonly name: string = 'YouthchatError';
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Thrown for configuration that would make the kit unsafe or cannot work. */
export class ConfigurationError extends YouthchatError {
  override readonly name = 'ConfigurationError';
}

/** Thrown for input that cannot be understood (a date that does not exist, an age out of range). */
export class InvalidInputError extends YouthchatError {
  override readonly name = 'InvalidInputError';
}
