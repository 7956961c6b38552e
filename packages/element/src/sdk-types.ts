// Names for the SDK shapes the element renders, derived from the SDK's functions so they follow it.
import type { createEndorsementClient, getSteps, stepStatuses, evaluateRequirements, recommendForProfile } from '@endorsement-kit/sdk/core';

export type ClientOptions = Parameters<typeof createEndorsementClient>[0];
export type Client = ReturnType<typeof createEndorsementClient>;
export type Draft = Awaited<ReturnType<Client['open']>>;
export type BackendLike = NonNullable<ClientOptions['backend']>;
export type StoreLike = NonNullable<ClientOptions['store']>;
export type StepSpec = ReturnType<typeof getSteps>[number];
export type FieldSpec = StepSpec['fields'][number];
export type StepState = ReturnType<typeof stepStatuses>[number];
export type Requirements = ReturnType<typeof evaluateRequirements>;
export type Recommendation = ReturnType<typeof recommendForProfile>[number];
/** A place in the draft: `['training', 0, 'hours']`. */
export type Path = readonly (string | number)[];
