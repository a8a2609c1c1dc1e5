import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Node's parseArgs error codes, turned into short sentences (its own messages run long). */
function usageMessage(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return quoted ? `Unknown option ${quoted}.` : message;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `${quoted ? `Unexpected argument “${quoted}”` : 'Unexpected argument'}: every value follows its option, e.g. --vault PATH.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${(quoted ?? 'An option').replace(/ <value>$/, '')} needs a value.`;
    default:
      return message;
  }
}

/** Strict option parsing: an unknown option or a stray word is a usage error (exit code 2). */
export function parseOptions<const O extends OptionsConfig>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
}

/** A required option's value; missing or blank is a usage error. */
export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${option} is required.`);
  return value;
}
