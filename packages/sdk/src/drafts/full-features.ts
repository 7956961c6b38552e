import { evaluateRequirements } from '../requirements/index.js';
import { draftPayload } from '../steps/draft-payload.js';
import type { DraftFeatures } from './draft-features.js';
import { resume, send } from './send.js';
import { validatePayload } from './validate-payload.js';

/**
 * Validation, requirements and sending, all loaded: what `createEndorsementClient` gives its drafts.
 * @example createClientWith({ program: programs.alliance, backend }, draftFeatures)
 */
export const draftFeatures: DraftFeatures = {
  validate: (program, kind, value, locale) => validatePayload(program, kind, draftPayload(program, value, kind), locale),
  requirements: (program, value, options) => evaluateRequirements(program, value, options),
  send,
  resume,
};
