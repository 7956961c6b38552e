/** Messages: form. */
export const formEn: Readonly<Record<string, string>> = {};
