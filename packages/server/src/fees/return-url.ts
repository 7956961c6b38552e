/**
 * Where Stripe sends a payer back: the page that embeds the form (one of the program's origins) or
 * this server, never elsewhere. Undefined for a `returnUrl` elsewhere (a 400 `return_url_not_allowed`).
 */
export function allowedReturnUrl(
  own: string,
  origins: readonly string[],
  returnUrl: string | undefined,
  fallback: string,
): string | undefined {
  if (returnUrl === undefined) return fallback;
  const origin = URL.canParse(returnUrl) ? new URL(returnUrl).origin : '';
  return origin === own || origins.includes(origin) ? returnUrl : undefined;
}
