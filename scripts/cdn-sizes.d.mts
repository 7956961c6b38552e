import type { Size } from './bundle-size.mjs';
/** The built CDN folder. */
export const CDN_DIR: string;
/** Sizes of the CDN files: the first load (the entry and what it imports statically), each part, the total. */
export function cdnSizes(dir?: string): { first: Size & { files: string[] }; parts: (Size & { file: string })[]; total: Size };
