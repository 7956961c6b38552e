import * as z from '../schema/zod.js';
import { receiptSchema } from '../schema/receipt-schema.js';
import type { Receipt } from '../schema/payload-types.js';
import type { Issue } from '../errors/issue.js';

const issuesBodySchema = z.looseObject({
  issues: z.array(z.looseObject({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.optional(z.string()) })),
});

/** A backend's answer as a Receipt, or undefined when it is not one. */
export function parseReceipt(body: unknown): Receipt | undefined {
  const result = receiptSchema.safeParse(body);
  return result.success ? result.data : undefined;
}

/** The issues of a 422 body `{ issues: [{ path, message, code? }] }`; `code` defaults to `server`. */
export function parseIssues(body: unknown): Issue[] | undefined {
  const result = issuesBodySchema.safeParse(body);
  return result.success ? result.data.issues.map(({ path, message, code }) => ({ path, message, code: code ?? 'server' })) : undefined;
}
