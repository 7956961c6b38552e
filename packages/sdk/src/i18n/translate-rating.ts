import { ratingEn } from './en/rating.js';
import { ratingEs } from './es/rating.js';
import { createTranslator } from './translator.js';

/**
 * `translate` over the rater's page words only (`rating.*`), so that page carries neither the
 * application's form nor its validation messages. Other languages come from `registerMessages`.
 * @example translateRating(undefined, 'es', 'rating.request.accept') // 'Aceptar y comenzar el formulario'
 */
export const translateRating = /* @__PURE__ */ createTranslator({ en: ratingEn, es: ratingEs });
