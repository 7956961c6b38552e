import type { Program } from '@endorsement-kit/sdk';

/** First 5 Alabama's program (`programs.first5Alabama`), linking the sample documents under `/documents/`. */
export const program: Program;
