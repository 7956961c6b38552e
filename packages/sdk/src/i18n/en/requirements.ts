/** Messages: requirements. */
export const requirementsEn: Readonly<Record<string, string>> = {};
