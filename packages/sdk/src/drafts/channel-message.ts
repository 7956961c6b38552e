import type { ApplicationDraft } from '../schema/payload-types.js';

/** What tabs tell each other about a draft over the BroadcastChannel. */
export type ChannelMessage =
  | { type: 'saved'; id: string; writer: string; revision: number; value: ApplicationDraft }
  | { type: 'conflict'; id: string; writer: string; revision: number; value: ApplicationDraft }
  | { type: 'resolved'; id: string; writer: string; revision: number; value: ApplicationDraft };
