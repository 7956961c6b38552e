/** What the webhook did with an event (the answer's `result`, and a log word). */
export type WebhookResult = 'paid' | 'pending' | 'failed' | 'duplicate' | 'ignored' | 'unmatched';
