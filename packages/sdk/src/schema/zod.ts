import * as z from 'zod/mini';

// jitless: zod would otherwise probe `new Function`, which a strict Content-Security-Policy reports
// as a violation. Parsing speed is irrelevant at the size of an application.
z.config({ jitless: true });

export { z };
