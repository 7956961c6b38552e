import type { Program } from '../program/program.js';
import { APPLICATION_LISTS, applicationSchema, registrationSchema } from '../schema/payload-schemas.js';
import { isRecord } from '../validation/value-at.js';
import type { FormId } from '../program/visible-steps.js';

// Cleared inputs leave '', null or {} behind; in a draft they mean "not answered yet".
function prune(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return /\S/.test(value) ? value : undefined;
  if (Array.isArray(value)) {
    // Entries keep their index (issues point at them); blank strings in a list of strings go.
    const entries = value.some(isRecord);
    return value.map(prune).flatMap((item) => (item === undefined ? (entries ? [{}] : []) : [item]));
  }
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const pruned = prune(item);
    if (pruned !== undefined) out[key] = pruned;
  }
  return out;
}

const isEmpty = (value: unknown) => isRecord(value) && Object.keys(value).length === 0;

/**
 * A draft as the payload of one form: what `register()`/`submit()` validate and send, and what
 * `stepStatuses` checks. Only the form's keys; cleared answers (`''`, `null`, `{}`) removed, so a
 * cleared optional field is simply absent; untouched optional parts dropped and untouched required
 * parts present but empty (so each of their fields is reported, not the part as a whole).
 */
export function draftPayload(program: Program, draft: unknown, form: FormId): Record<string, unknown> {
  const source = isRecord(draft) ? draft : {};
  const keys = Object.keys(form === 'registration' ? registrationSchema.shape : applicationSchema.shape);
  const pruned = prune(Object.fromEntries(keys.filter((k) => k in source).map((k) => [k, source[k]]))) as Record<string, unknown>;
  // The SDK's to fill in, whatever the draft holds under these keys.
  const payload: Record<string, unknown> = { ...pruned, schemaVersion: 1, program: program.id };
  const applicant = isRecord(payload['applicant']) ? payload['applicant'] : {};
  if (isEmpty(applicant['address'])) delete applicant['address'];
  payload['applicant'] = applicant;
  if (form === 'registration') {
    payload['overview'] ??= {};
    if (isEmpty(payload['membership'])) delete payload['membership'];
    return payload;
  }
  payload['membership'] ??= {};
  for (const list of APPLICATION_LISTS) payload[list] ??= [];
  const attestations = isRecord(payload['attestations']) ? payload['attestations'] : {};
  attestations['codeOfEthics'] ??= {};
  attestations['endorsementAgreement'] ??= {};
  payload['attestations'] = attestations;
  defaultEach(payload['work'], 'services', []);
  defaultEach(payload['training'], 'topics', []);
  defaultEach(payload['rscReceived'], 'provider', {});
  return payload;
}

function defaultEach(list: unknown, key: string, value: unknown): void {
  if (!Array.isArray(list)) return;
  for (const entry of list) if (isRecord(entry) && !(key in entry)) entry[key] = structuredClone(value);
}
