/**
 * Whether a page on `origin` may send to a program: no `Origin` (not a browser's cross-origin
 * call), this server's own origin or its `PUBLIC_URL`, or one of the origins the program lists.
 * @example originAllowed(c.req.header('origin'), c.req.url, publicUrl, entry.origins)
 */
export function originAllowed(
  origin: string | undefined,
  requestUrl: string,
  publicUrl: string | undefined,
  origins: readonly string[],
): boolean {
  return !origin || origin === new URL(requestUrl).origin || origin === publicUrl?.replace(/\/+$/, '') || origins.includes(origin);
}
