import { MissingProgramError, presetProgram, ProgramLoadError, type Program } from '@endorsement-kit/sdk/core';
import { loadPart } from '../parts/parts.js';

/**
 * The program when it needs no fetching (a `Program`, or a preset id), at once; else undefined.
 * @example knownProgram('first5-alabama') === programs.first5Alabama
 */
export function knownProgram(source: Program | string | undefined): Program | undefined {
  return typeof source === 'string' ? presetProgram(source) : source;
}

/**
 * The program for the `program` attribute or property: a `Program`, a preset id (`alliance`,
 * `first5-alabama`), or the URL of a program JSON file, fetched and checked with `defineProgram`.
 * @throws {MissingProgramError} when nothing is set.
 * @throws {ProgramLoadError} when the file cannot be fetched (with the HTTP `status` when the server answered).
 * @throws {ConfigError} when its config is invalid.
 * @example
 * const program = await resolveProgram('https://aimh.example.org/endorsement/program.json');
 */
export async function resolveProgram(source: Program | string | undefined, signal?: AbortSignal): Promise<Program> {
  if (source === undefined || source === '') throw new MissingProgramError();
  if (typeof source !== 'string') return source;
  const preset = knownProgram(source);
  if (preset) return preset;
  const response = await fetch(new URL(source, document.baseURI), {
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  }).catch((cause: Error) => {
    // An abort is the caller's own doing, not a failed load: it stays as it is.
    throw signal?.aborted ? cause : new ProgramLoadError(cause.message, { cause });
  });
  if (!response.ok) throw new ProgramLoadError(`HTTP ${response.status}`, { status: response.status });
  const config: unknown = await response.json();
  // Checking a config takes zod, which comes with the `flow` part.
  const { defineProgram } = await loadPart('flow');
  return defineProgram(config as Parameters<typeof defineProgram>[0]);
}
