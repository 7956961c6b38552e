/** Messages: validation. */
export const validationEs: Readonly<Record<string, string>> = {};
