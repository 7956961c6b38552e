/**
 * What a worker tells the primary over the cluster's IPC channel: that it listens (and where), or
 * that its settings cannot be used (a busy port), in the one line the primary prints.
 */
export type ClusterMessage = { type: 'listening'; url: string } | { type: 'config-error'; message: string };

/** Set in the environment of the workers `startCluster` forks, so only those take the worker's part. */
export const WORKER_ENV = 'ENDORSEMENT_KIT_SERVER_WORKER';

export const isClusterMessage = (value: unknown): value is ClusterMessage =>
  typeof value === 'object' &&
  value !== null &&
  ((value as ClusterMessage).type === 'listening' || (value as ClusterMessage).type === 'config-error');
