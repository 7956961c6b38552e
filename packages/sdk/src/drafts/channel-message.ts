import type { ApplicationDraft } from '../schema/payload-types.js';
import type { DraftRecord } from './draft-record.js';

/**
 * What tabs tell each other about a draft over the BroadcastChannel: a save (the whole record, so
 * receipts and issues travel with the answers), also one that settles a conflict (`resolved`).
 * `conflict` was told by earlier versions, which asked in both tabs; it is ignored now: each tab
 * merges on its own and asks only about what it typed.
 */
export type ChannelMessage =
  | { type: 'saved' | 'resolved'; id: string; writer: string; record: DraftRecord }
  | { type: 'conflict'; id: string; writer: string; revision: number; value: ApplicationDraft };
