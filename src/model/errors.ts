/** Where in a user's file a configuration problem is. */
export interface ConfigErrorLocation {
  file?: string;
  line?: number;
  field?: string;
}

/** The user's configuration or input is wrong: exit 2, a clear message, no stack trace. */
export class ConfigError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly field?: string;

  constructor(message: string, where: ConfigErrorLocation = {}) {
    super(ConfigError.describe(message, where));
    this.name = 'ConfigError';
    this.file = where.file;
    this.line = where.line;
    this.field = where.field;
  }

  private static describe(message: string, { file, line, field }: ConfigErrorLocation): string {
    // Callers may name the field fully ("input 'fail-on'"); a bare key is quoted as a field.
    const fieldLabel = field && (field.includes("'") ? field : `field '${field}'`);
    const place = [file && (line ? `${file}:${line}` : file), fieldLabel].filter(Boolean);
    return place.length > 0 ? `${place.join(', ')}: ${message}` : message;
  }
}

/** The scan could not be completed as asked: exit 3, fail closed. */
export class ScanIncompleteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ScanIncompleteError';
  }
}

export const EXIT_CODES = { passed: 0, blocked: 1, configError: 2, scanIncomplete: 3 } as const;
