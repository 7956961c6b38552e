/** Messages: form. */
export const formEs: Readonly<Record<string, string>> = {};
