import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as z from 'zod';
import { defineProgram, isConfigError, presetProgram, programs, type Program } from '@endorsement-kit/sdk';
import { ServerConfigError } from './server-config-error.js';
import type { ReceiverProgram } from './receiver-program.js';

// The preset ids, for messages; the lookup by id is the SDK's presetProgram.
const PRESET_IDS = Object.values(programs)
  .map((program) => program.id)
  .join(', ');

const origin = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'an origin such as https://www.example.org (scheme, host and port only, no path or trailing slash)'),
);

// A receiver file: the program (a preset id or a program config) and the receiving side's settings.
const receiverFile = z.strictObject({
  program: z.union([z.string(), z.record(z.string(), z.unknown())]),
  origins: z.optional(z.array(origin)),
  coordinatorEmail: z.optional(z.email()),
  // A day (`"2027-12-15"`: submitted by) or the cycle as the program states it (submitted by, decided by).
  reviewDates: z.optional(z.array(z.union([z.iso.date(), z.strictObject({ submittedBy: z.iso.date(), decidedBy: z.iso.date() })]))),
});

/**
 * The programs named by `PROGRAMS`: a comma-separated list of preset ids (`alliance`,
 * `first5-alabama`) and JSON files. A file holds a program config (as `defineProgram` takes it)
 * or `{ "program": <preset id or config>, "origins": [...], "coordinatorEmail": "...", "reviewDates": ["2027-03-15", ...] }`
 * (a review date may also be `{ "submittedBy": "2027-12-15", "decidedBy": "2028-02-15" }`).
 * Throws a `ServerConfigError` naming the entry and the bad path.
 * @example await loadPrograms('first5-alabama, ./programs/michigan.json')
 */
export async function loadPrograms(list: string, cwd = process.cwd()): Promise<ReceiverProgram[]> {
  const entries = list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0)
    throw new ServerConfigError('PROGRAMS names no program: give preset ids (alliance, first5-alabama) or JSON files.');
  const loaded: ReceiverProgram[] = [];
  for (const entry of entries) {
    const preset = presetProgram(entry);
    const receiver = preset ? { program: preset, origins: [] } : await loadFile(resolve(cwd, entry), entry);
    if (loaded.some((other) => other.program.id === receiver.program.id))
      throw new ServerConfigError(`PROGRAMS names the program "${receiver.program.id}" twice.`);
    loaded.push(receiver);
  }
  return loaded;
}

async function loadFile(path: string, entry: string): Promise<ReceiverProgram> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file (and not a preset: ${PRESET_IDS})` : 'not valid JSON';
    throw new ServerConfigError(`PROGRAMS entry "${entry}": ${reason}.`, { cause: error });
  }
  const isReceiverFile = typeof json === 'object' && json !== null && 'program' in json;
  if (!isReceiverFile) return { program: define(json, entry), origins: [] };
  const parsed = receiverFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ServerConfigError(`PROGRAMS entry "${entry}": ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  const { program, origins = [], coordinatorEmail, reviewDates: dates } = parsed.data;
  const resolved = typeof program === 'string' ? presetProgram(program) : define(program, entry);
  if (!resolved) throw new ServerConfigError(`PROGRAMS entry "${entry}": program "${String(program)}" is not a preset (${PRESET_IDS}).`);
  const reviewDates = dates?.map((date) => (typeof date === 'string' ? date : date.submittedBy));
  const decided = dates?.flatMap((date) => (typeof date === 'string' ? [] : [[date.submittedBy, date.decidedBy] as const]));
  return {
    program: resolved,
    origins,
    coordinatorEmail,
    reviewDates,
    ...(decided?.length ? { decidedBy: Object.fromEntries(decided) } : {}),
  };
}

function define(config: unknown, entry: string): Program {
  try {
    return defineProgram(config as Parameters<typeof defineProgram>[0]);
  } catch (error) {
    if (isConfigError(error)) throw new ServerConfigError(`PROGRAMS entry "${entry}": ${error.message}`, { cause: error });
    throw error;
  }
}
