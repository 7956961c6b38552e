import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** A file read from a request into quarantine, or why not. */
export type Upload =
  | { ok: true; path: string; size: number; sha256: string }
  | { ok: false; reason: 'too_large' }
  | { ok: false; reason: 'empty' }
  /** `kept`: what arrived before the body stopped, when asked to keep it (`keepCut`). */
  | { ok: false; reason: 'incomplete'; kept?: { path: string; size: number } };

/** How `readUpload` treats a body that stops half way, and an empty one. */
export interface ReadOptions {
  /** Keep what arrived of a body that stopped half way (the caller then owns the file). */
  keepCut?: boolean;
  /** An empty body is a file of 0 bytes (a continuation that has nothing left to send). */
  allowEmpty?: boolean;
}

// Past the limit the rest of the body is read and dropped, up to this much more, so that the
// client (a browser still sending) receives the 413 rather than a reset connection. Beyond it, the
// server stops reading and the connection closes.
const DRAIN_BYTES = 64 * 1_048_576;

/**
 * Streams a request's body into a file in `folder`, hashing it (sha256) as it goes and stopping
 * at `maxBytes`: nothing past the limit is written, and the file is deleted. A body that stops
 * half way (the network dropped) leaves no file, unless `keepCut` asks to keep what arrived.
 */
export async function readUpload(request: Request, folder: string, maxBytes: number, options: ReadOptions = {}): Promise<Upload> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    if (declared <= maxBytes + DRAIN_BYTES) await drain(request.body?.getReader());
    return { ok: false, reason: 'too_large' };
  }
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${randomUUID()}.part`);
  const file = await open(path, 'wx');
  const hash = createHash('sha256');
  const reader = request.body?.getReader();
  let size = 0;
  // Bytes written whole: what a cut body leaves is exactly these.
  let written = 0;
  let kept = false;
  try {
    for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
      size += part.value.byteLength;
      if (size > maxBytes) {
        await drain(reader);
        return { ok: false, reason: 'too_large' };
      }
      hash.update(part.value);
      await file.write(part.value);
      written = size;
    }
    if (size === 0 && !options.allowEmpty) return { ok: false, reason: 'empty' };
    kept = true;
    return { ok: true, path, size, sha256: hash.digest('hex') };
  } catch {
    if (!options.keepCut || written === 0) return { ok: false, reason: 'incomplete' };
    kept = true;
    return { ok: false, reason: 'incomplete', kept: { path, size: written } };
  } finally {
    await file.close();
    if (!kept) await rm(path, { force: true });
  }
}

/** Reads and drops the rest of a body, at most DRAIN_BYTES of it (then stops reading). */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array> | undefined): Promise<void> {
  if (!reader) return;
  let left = DRAIN_BYTES;
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      left -= part.value.byteLength;
      if (left < 0) return void (await reader.cancel().catch(() => {}));
    }
  } catch {
    // The client went away: nobody reads the answer.
  }
}

/** Reads and drops a request's body (bounded): a refusal sent before reading it reaches a browser still sending. */
export async function discardBody(request: Request): Promise<void> {
  if (!request.bodyUsed) await drain(request.body?.getReader());
}
