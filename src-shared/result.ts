/**
 * The result shape that crosses the bridge: cloneable data, never an Error or a stack.
 * Must stay free of environment-specific imports.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  'bad_request',
  'unknown_channel',
  'forbidden',
  'too_large',
  'internal',
  'cancelled',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const AppErrorSchema = z.object({ code: ErrorCodeSchema, message: z.string() });
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
