/** A request body read as JSON, or why it could not be (the status and error code to answer). */
export type JsonBody =
  { ok: true; value: unknown; bytes: Uint8Array } | { ok: false; status: 400 | 413 | 415; error: string; message: string };

// Real payloads nest four levels; this leaves room for hosts' `answers` and refuses bombs early.
const MAX_DEPTH = 32;

/**
 * Reads a request's body as JSON: `application/json` only (415 otherwise), at most `maxBytes`
 * (413, said before reading when Content-Length already tells), UTF-8, at most 32 levels deep.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    return {
      ok: false,
      status: 415,
      error: 'unsupported_media_type',
      message: 'Send the body as JSON with Content-Type: application/json.',
    };
  const tooLarge = { ok: false, status: 413, error: 'too_large', message: `The body is larger than ${maxBytes} bytes.` } as const;
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) return tooLarge;

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  try {
    for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
      size += part.value.byteLength;
      if (size > maxBytes) {
        await reader?.cancel().catch(() => {});
        return tooLarge;
      }
      chunks.push(part.value);
    }
  } catch {
    // The client went away or was too slow (Node answers a slow one with 408 itself).
    return { ok: false, status: 400, error: 'incomplete_body', message: 'The body did not arrive whole.' };
  }
  const bytes = Buffer.concat(chunks);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, error: 'invalid_encoding', message: 'The body is not valid UTF-8.' };
  }
  if (nestingDepth(text) > MAX_DEPTH)
    return { ok: false, status: 400, error: 'too_deep', message: `The JSON nests deeper than ${MAX_DEPTH} levels.` };
  try {
    return { ok: true, value: JSON.parse(text), bytes };
  } catch {
    return { ok: false, status: 400, error: 'invalid_json', message: 'The body is not valid JSON.' };
  }
}

/** The deepest nesting of arrays and objects in JSON text (brackets inside strings do not count). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 34 /* " */) {
      // Jump to the string's closing quote (one not escaped by an odd run of backslashes): a
      // native search, where most of a body's characters are.
      do {
        i = text.indexOf('"', i + 1);
        if (i === -1) return deepest;
      } while (escaped(text, i));
    } else if (char === 123 /* { */ || char === 91 /* [ */) deepest = Math.max(deepest, ++depth);
    else if (char === 125 /* } */ || char === 93 /* ] */) depth--;
  }
  return deepest;
}

function escaped(text: string, quote: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(quote - 1 - backslashes) === 92 /* \ */) backslashes++;
  return backslashes % 2 === 1;
}
