/** Messages: ui. */
export const uiEs: Readonly<Record<string, string>> = {};
