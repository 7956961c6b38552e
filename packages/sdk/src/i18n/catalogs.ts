import { en } from './en/index.js';
import { es } from './es/index.js';

/** Every message the SDK ships, by locale. */
export const CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = { en, es };
