/** Messages: drafts, saving and submission states. */
export const draftsEs: Readonly<Record<string, string>> = {};
