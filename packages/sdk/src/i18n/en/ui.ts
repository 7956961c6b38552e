/** Messages: ui. */
export const uiEn: Readonly<Record<string, string>> = {};
