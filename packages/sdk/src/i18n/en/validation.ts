/** Messages: validation. */
export const validationEn: Readonly<Record<string, string>> = {};
