import type { Backend } from '../backend/backend.js';
import type { Locale } from '../i18n/localized-text.js';
import type { Program } from '../program/program.js';
import type { FallbackStore } from '../stores/fallback-store.js';
import type { ChannelMessage } from './channel-message.js';
import type { DraftFeatures } from './draft-features.js';

/** What a draft needs from its client. */
export interface DraftContext {
  program: Program;
  backend: Backend;
  store: FallbackStore;
  locale: Locale;
  /** Tells this client's writes from other tabs'. */
  clientId: string;
  autosaveDelay: number;
  /** Validation, requirements and sending (createClientWith's second argument). */
  features: DraftFeatures;
  post(message: ChannelMessage): void;
  isOnline(): boolean;
  /** Resolves when the browser is back online; rejects when `signal` aborts. */
  whenOnline(signal?: AbortSignal): Promise<void>;
  onClose(draft: object): void;
}
