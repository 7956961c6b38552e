// The JSON Schema files of the payloads, by path from the repository root, as `pnpm schema`
// writes them. Kept out of the SDK: hosts read the files, and the bundle stays small.
import * as z from '../packages/sdk/src/schema/zod.js';
import { applicationSchema, registrationSchema } from '../packages/sdk/src/schema/payload-schemas.js';

function document(title: string, description: string, schema: z.ZodMiniType): string {
  const { $schema, ...body } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return `${JSON.stringify({ $schema, title, description, ...body }, null, 2)}\n`;
}

/** Path -> file text. */
export function payloadJsonSchemaFiles(): Record<string, string> {
  return {
    'docs/schema/registration.schema.json': document(
      'Endorsement registration',
      "The registration payload sent to POST {baseUrl}/registrations (contract v1). Cross-field rules (program id, offered category, the program's questions) are checked by validateRegistration.",
      registrationSchema,
    ),
    'docs/schema/application.schema.json': document(
      'Endorsement application',
      "The application payload sent to POST {baseUrl}/applications (contract v1). Cross-field rules (dates in order and not in the future, offered category, the program's questions) are checked by validateApplication.",
      applicationSchema,
    ),
  };
}
