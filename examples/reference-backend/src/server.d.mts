import type { Server } from 'node:http';
import type { Program } from '@endorsement-kit/sdk';

/** A receiver for the backend contract; see server.mjs. */
export function createReferenceBackend(options?: {
  programs?: Record<string, Program>;
  allowOrigin?: string;
  log?: (line: string) => void;
}): { server: Server; records: Map<string, { kind: 'registration' | 'application'; payload: unknown }> };
