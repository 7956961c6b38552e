import type { ApplicationDraft } from '../schema/payload-types.js';
import type { DraftRecord } from './draft-record.js';

/**
 * What tabs tell each other about a draft over the BroadcastChannel: a save (the whole record, so
 * receipts and issues travel with the answers), a conflict (the teller's unsaved answers), or
 * the settlement of one. A conflict's `revision` is the stored revision it is with.
 */
export type ChannelMessage =
  | { type: 'saved' | 'resolved'; id: string; writer: string; record: DraftRecord }
  | { type: 'conflict'; id: string; writer: string; revision: number; value: ApplicationDraft };
