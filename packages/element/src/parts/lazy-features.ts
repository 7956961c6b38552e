import { NetworkError, type DraftFeatures, type RestBackendOptions } from '@endorsement-kit/sdk/core';
import type { BackendLike } from '../sdk-types.js';
import { loadPart, part, type PartName, type Parts } from './parts.js';

/** A part, or a NetworkError saying it could not be fetched (so the UI offers to try again). */
async function need<K extends PartName>(name: K): Promise<Parts[K]> {
  try {
    return await loadPart(name);
  } catch (error) {
    throw new NetworkError(`Part of the application (${name}) could not be loaded`, { cause: error });
  }
}

/**
 * The drafts' validation, requirements and sending from the `flow` part, loaded on first use.
 * Sending waits for it; `validate()` and `requirements()` are synchronous, so they need it loaded
 * already (the element loads it before any screen that calls them).
 */
export const lazyFeatures: DraftFeatures = {
  validate(...args) {
    return loaded().validate(...args);
  },
  requirements(...args) {
    return loaded().requirements(...args);
  },
  send: async (host, kind, options) => (await need('flow')).draftFeatures.send(host, kind, options),
  resume(host, pending) {
    need('flow').then(
      (flow) => flow.draftFeatures.resume(host, pending),
      () => undefined, // stays pending: the next page, or the next press of Send, tries again
    );
  },
};

function loaded(): DraftFeatures {
  const flow = part('flow');
  if (!flow) throw new Error('The application’s checks are still loading; try again in a moment');
  return flow.draftFeatures;
}

/** `restBackend(options)` from the `send` part, loaded when something is first sent or looked up. */
export function lazyRestBackend(options: RestBackendOptions): BackendLike {
  let backend: BackendLike | undefined;
  const get = async () => (backend ??= (await need('send')).restBackend(options));
  return {
    register: async (payload, ctx) => (await get()).register(payload, ctx),
    submit: async (payload, ctx) => (await get()).submit(payload, ctx),
    status: async (id, ctx) => (await get()).status(id, ctx),
    lookup: async (query, ctx) => (await get()).lookup!(query, ctx),
  };
}
