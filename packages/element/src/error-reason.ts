/** What an error says, for a message on screen: its `message`, or the thrown value as text. */
export function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
