import type { Backend, StatusQuery } from './backend.js';

/**
 * Any backend: a GraphQL API, a form service, a queue. Each function gets the payload and a
 * context whose `idempotencyKey` is the same on every retry; reject with a `SubmissionError`
 * (`issues`, `status: 422` for refused answers) or a `NetworkError` so the draft can show it.
 * @example
 * customBackend({
 *   register: async (payload, { idempotencyKey }) => (await gql(REGISTER, { payload, idempotencyKey })).receipt,
 *   submit: async (payload, { idempotencyKey }) => (await gql(SUBMIT, { payload, idempotencyKey })).receipt,
 *   status: async (id) => (await gql(STATUS, { id })).receipt,
 * })
 */
export function customBackend(impl: Backend): Backend {
  for (const name of ['register', 'submit', 'status'] as const) {
    if (typeof impl?.[name] !== 'function') throw new TypeError(`\`${name}\` must be a function`);
  }
  if (impl.lookup !== undefined && typeof impl.lookup !== 'function') throw new TypeError('`lookup` must be a function');
  const { lookup } = impl;
  return {
    register: (payload, context) => impl.register(payload, context),
    submit: (payload, context) => impl.submit(payload, context),
    status: (id, context) => impl.status(id, context),
    ...(lookup ? { lookup: (query: StatusQuery, context?: { signal?: AbortSignal }) => lookup.call(impl, query, context) } : {}),
  };
}
