import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DocumentKind } from '@endorsement-kit/sdk';
import type { Database, Sql } from '../db/database.js';
import type { DocumentsContext } from './documents-context.js';

/** A file whose upload stopped half way, as the database keeps it (`document_parts`). */
export interface DocumentPartRow {
  id: string;
  upload_id: string;
  kind: DocumentKind;
  file_name: string;
  length: number;
  received: number;
}

/** Hours an unfinished upload is kept after its last bytes came. */
export const PART_HOURS = 24;

const folderOf = (documents: DocumentsContext) => join(documents.quarantine, 'partial');
/** Where a part's bytes are: named by its document id, which the routes check is a UUID. */
export const partPath = (documents: DocumentsContext, id: string) => join(folderOf(documents), id);

export async function findPart(db: Sql, id: string): Promise<DocumentPartRow | undefined> {
  const { rows } = await db.query<DocumentPartRow>(
    'select id, upload_id, kind, file_name, length::float8 as length, received::float8 as received from document_parts where id = $1',
    [id],
  );
  return rows[0];
}

/**
 * The part of `id` with its bytes on this machine, or undefined. A part whose bytes are not all
 * here (another machine's quarantine, or a crash) is dropped: the upload starts again from 0.
 */
export async function livePart(db: Database, documents: DocumentsContext, id: string): Promise<DocumentPartRow | undefined> {
  const part = await findPart(db, id);
  if (!part) return undefined;
  const size = await stat(partPath(documents, id)).then(
    (s) => s.size,
    () => -1,
  );
  if (size >= part.received) return part;
  await dropPart(db, documents, id);
  return undefined;
}

/**
 * Keeps what arrived of a first upload (`PUT`) the network cut off, as the start of the file
 * `length` bytes long: it replaces any earlier part of the same id. The file at `kept.path` moves.
 */
export async function keepPart(
  db: Database,
  documents: DocumentsContext,
  part: Omit<DocumentPartRow, 'received'>,
  kept: { path: string; size: number },
): Promise<void> {
  await mkdir(folderOf(documents), { recursive: true });
  await db.transaction(async (tx) => {
    const { rows } = await tx.query(
      `insert into document_parts (id, upload_id, kind, file_name, length, received) values ($1, $2, $3, $4, $5, $6)
       on conflict (id) do update set kind = excluded.kind, file_name = excluded.file_name, length = excluded.length,
         received = excluded.received, updated_at = now()
       where document_parts.upload_id = excluded.upload_id returning id`,
      [part.id, part.upload_id, part.kind, part.file_name, part.length, kept.size],
    );
    // Another session's part of this id (the caller refused it already, unless it raced): not ours to replace.
    if (rows.length === 0) return;
    // Same folder tree: a rename, whole or not at all.
    await rename(kept.path, partPath(documents, part.id));
  });
}

/**
 * Appends the first `segment.size` bytes of the file at `segment.path` to the part of `id`, when
 * the part still has `offset` bytes (else another request moved it first: `undefined`, nothing
 * written). The row is locked meanwhile, so two requests, on any process, never write at once;
 * bytes past `received` that a crash left behind are cut away first. Answers the new `received`.
 */
export async function appendPart(
  db: Database,
  documents: DocumentsContext,
  id: string,
  offset: number,
  segment: { path: string; size: number },
): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ received: number }>(
      'select received::float8 as received from document_parts where id = $1 for update',
      [id],
    );
    if (rows[0]?.received !== offset) return undefined;
    if (segment.size === 0) return offset;
    const file = await open(partPath(documents, id), 'r+').catch(() => undefined);
    // Its bytes went (a finished upload, the sweep): the next GET says so.
    if (!file) return undefined;
    const source = await open(segment.path, 'r');
    try {
      await file.truncate(offset);
      const buffer = Buffer.alloc(64 * 1024);
      for (let done = 0; done < segment.size;) {
        const { bytesRead } = await source.read(buffer, 0, Math.min(buffer.length, segment.size - done), done);
        if (bytesRead === 0) throw new Error('The segment is shorter than it was read');
        await file.write(buffer, 0, bytesRead, offset + done);
        done += bytesRead;
      }
    } finally {
      await source.close();
      await file.close();
    }
    await tx.query('update document_parts set received = $2, updated_at = now() where id = $1', [id, offset + segment.size]);
    return offset + segment.size;
  });
}

/** Deletes a part: its row and its bytes. */
export async function dropPart(db: Sql, documents: DocumentsContext, id: string): Promise<void> {
  await db.query('delete from document_parts where id = $1', [id]);
  await rm(partPath(documents, id), { force: true });
}

/** The sha256 of a whole file, read from the disk (a resumed upload arrived in several requests). */
export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/**
 * Deletes parts not touched for PART_HOURS, and part files no row names (their session closed or
 * went); run by the nightly `documents-sweep`.
 */
export async function sweepParts(tx: Sql, documents: DocumentsContext, now: Date): Promise<void> {
  const before = new Date(now.getTime() - PART_HOURS * 3_600_000).toISOString();
  await tx.query('delete from document_parts where updated_at < $1', [before]);
  const names = await readdir(folderOf(documents)).catch(() => [] as string[]);
  const { rows } = await tx.query<{ id: string }>('select id from document_parts where id = any($1)', [names]);
  const live = new Set(rows.map((row) => row.id));
  for (const name of names) {
    if (live.has(name)) continue;
    const age = await stat(join(folderOf(documents), name)).then(
      (s) => now.getTime() - s.mtimeMs,
      () => 0,
    );
    // A file just renamed into place may not have its row committed yet.
    if (age > 3_600_000) await rm(join(folderOf(documents), name), { force: true });
  }
}
