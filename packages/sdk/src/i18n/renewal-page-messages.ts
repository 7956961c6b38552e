import { validationEn } from './en/validation.js';
import { renewalFormMessagesEn } from './renewal-form-messages-en.js';
import { renewalFormMessagesEs } from './renewal-form-messages-es.js';
import { renewalValidationMessagesEs } from './renewal-validation-messages-es.js';

/**
 * The SDK's messages a renewal page shows beyond the renewal's own (`renewal.*`): the application's
 * training and RSC lists' words (their steps, fields and options of `form.*`; `ui.*`), fees, and validation, in English and
 * Spanish. A renewal page registers these instead of the whole catalogs (`@endorsement-kit/sdk/en`,
 * `/es`), which would bring the application's requirement, reference and draft words into its
 * script. A function, so a bundle that never calls it leaves these catalogs out.
 * @example
 * registerMessages('es', renewalPageMessages().es);
 * translateUi(program, 'es', 'form.field.training.hours.label'); // 'Horas reloj'
 */
export function renewalPageMessages(): Readonly<Record<'en' | 'es', Readonly<Record<string, string>>>> {
  return {
    en: { ...renewalFormMessagesEn(), ...validationEn },
    es: { ...renewalFormMessagesEs(), ...renewalValidationMessagesEs() },
  };
}
