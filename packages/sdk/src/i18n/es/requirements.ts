/** Messages: requirements. */
export const requirementsEs: Readonly<Record<string, string>> = {};
