/**
 * The server's settings cannot be used (an unknown program, a bad port, a file that is not JSON).
 * The message names the setting; the server does not start.
 * @example try { await loadPrograms('nowhere.json') } catch (error) { if (isServerConfigError(error)) console.error(error.message) }
 */
export class ServerConfigError extends Error {
  override readonly name = 'ServerConfigError' as const;
}

/** Whether `error` is a `ServerConfigError` (by name, so copies from another bundle match too). */
export const isServerConfigError = (error: unknown): error is ServerConfigError =>
  (error as Error | undefined)?.name === 'ServerConfigError';
