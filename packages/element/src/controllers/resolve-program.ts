import { presetProgram, type Program } from '@endorsement-kit/sdk';
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
 * @throws {Error} when nothing is set, the file cannot be fetched, or its config is invalid (`ConfigError`).
 * @example
 * const program = await resolveProgram('https://aimh.example.org/endorsement/program.json');
 */
export async function resolveProgram(source: Program | string | undefined, signal?: AbortSignal): Promise<Program> {
  if (source === undefined || source === '') throw new Error('missing');
  if (typeof source !== 'string') return source;
  const preset = knownProgram(source);
  if (preset) return preset;
  const response = await fetch(new URL(source, document.baseURI), {
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const config: unknown = await response.json();
  // Checking a config takes zod, which comes with the `flow` part.
  const { defineProgram } = await loadPart('flow');
  return defineProgram(config as Parameters<typeof defineProgram>[0]);
}
