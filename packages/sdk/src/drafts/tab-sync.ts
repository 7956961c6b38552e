import type { ChannelMessage } from './channel-message.js';

/** What a draft does with another tab's message: nothing, take its save, or merge it with this tab's changes. */
export type SyncAction = 'ignore' | 'adopt' | 'merge';

/** The draft's side of it. */
export interface SyncView {
  id: string;
  clientId: string;
  revision: number;
  /** Who wrote the revision this tab holds. */
  writer: string | undefined;
  /** Unsaved changes, a save under way, or a conflict waiting for a choice. */
  busy: boolean;
}

/**
 * The two-tab rule. A save newer than ours is taken as is when we have nothing unsaved, else
 * merged field by field. A save at our own revision by someone else means both saved at once:
 * one tab merges the other's into its own (the one whose client id sorts last, so the two never
 * both ask the same question) and saves the result, which the other then takes or merges.
 */
export function decide(message: ChannelMessage, mine: SyncView): SyncAction {
  if (message.id !== mine.id || message.writer === mine.clientId || message.type === 'conflict') return 'ignore';
  const { revision } = message.record;
  if (revision > mine.revision) return mine.busy ? 'merge' : 'adopt';
  if (revision === mine.revision && mine.writer === mine.clientId && mine.clientId > message.writer) return 'merge';
  return 'ignore';
}
