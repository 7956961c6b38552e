import type { ChannelMessage } from './channel-message.js';

/** What a draft does with another tab's message. */
export type SyncAction = 'ignore' | 'adopt' | 'conflict' | 'settle';

/** The draft's side of it. */
export interface SyncView {
  id: string;
  clientId: string;
  revision: number;
  /** Who wrote the revision this tab holds. */
  writer: string | undefined;
  /** Unsaved changes, or a save under way. */
  busy: boolean;
  inConflict: boolean;
}

/**
 * The two-tab rule. A save newer than ours is taken when we have nothing unsaved, else it is a
 * conflict; a save at our own revision by someone else means both wrote at once: a conflict. A
 * conflict told about a revision older than ours was settled here already.
 */
export function decide(message: ChannelMessage, mine: SyncView): SyncAction {
  if (message.id !== mine.id || message.writer === mine.clientId) return 'ignore';
  if (message.type === 'resolved') return 'settle';
  if (message.type === 'conflict') return !mine.inConflict && message.revision >= mine.revision ? 'conflict' : 'ignore';
  const { revision } = message.record;
  if (revision > mine.revision) return mine.busy ? 'conflict' : 'adopt';
  if (revision === mine.revision && mine.writer === mine.clientId) return 'conflict';
  return 'ignore';
}
