/** A config file that cannot be read or is not valid (its own module: a run without a config never loads zod). */
export class ConfigError extends Error {}
