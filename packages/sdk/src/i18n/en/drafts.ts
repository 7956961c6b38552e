/** Messages: drafts, saving and submission states. */
export const draftsEn: Readonly<Record<string, string>> = {};
