import type { DocumentClient } from '../backend/document-client.js';
import { DocumentError, isDocumentError } from '../errors/index.js';
import { documentSettings } from '../program/document-settings.js';
import type { Program } from '../program/program.js';
import type { DocumentType } from '../program/uploads-config.js';
import type { DocumentKind, UploadSession } from '../schema/document-wire.js';
import type { DraftStore } from '../stores/draft-store.js';
import type { DraftPath } from './path.js';

/**
 * Where a chosen file stands: kept in the draft store and `waiting` to be sent, `uploading`,
 * `uploaded` (the receiver has it; the draft keeps only its id), `failed` (no answer: try again), or
 * `refused` (the receiver said no: `error` says why; choose another file).
 */
export type DocumentState = 'waiting' | 'uploading' | 'uploaded' | 'failed' | 'refused';

/**
 * A file chosen for a draft's field (`resume`, or `education.<n>.transcriptCopy`).
 * @example { id: '5d1e…', path: ['resume'], kind: 'resume', name: 'cv.pdf', size: 48213, state: 'uploading', sent: 16384 }
 */
export interface DraftDocument {
  id: string;
  path: (string | number)[];
  kind: DocumentKind;
  name: string;
  size: number;
  state: DocumentState;
  /** Bytes sent so far while `uploading`. */
  sent?: number;
  /** Why the file failed or was refused: a `DocumentError`'s code, or `network`. */
  error?: string;
}

/** What `DraftDocuments` uses of a `Draft`. */
type DraftLike = { id: string; store: DraftStore; get(path: DraftPath): unknown; set(path: DraftPath, value: unknown): void };

interface Kept {
  session?: UploadSession;
  files: Omit<DraftDocument, 'sent'>[];
}

// What a type's file names and media types look like before the receiver reads the bytes.
const LOOKS: Readonly<Record<DocumentType, { ext: string[]; media: string }>> = {
  pdf: { ext: ['pdf'], media: 'application/pdf' },
  jpeg: { ext: ['jpg', 'jpeg'], media: 'image/jpeg' },
  png: { ext: ['png'], media: 'image/png' },
  docx: { ext: ['docx'], media: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
};

/** The `accept` attribute of a file input for these types. */
export const acceptOf = (types: readonly DocumentType[]): string =>
  types.flatMap((type) => [...LOOKS[type].ext.map((e) => `.${e}`), LOOKS[type].media]).join(',');

const keyOf = (draftId: string) => `documents:${draftId}`;
const fileKey = (id: string) => `file:${id}`;

/**
 * The files of one draft: each chosen file is kept in the draft's store (encrypted with the draft
 * when the store encrypts) until the receiver has it, so a reload or a crash never asks for it
 * again: `load()` sends what is still waiting. The draft's field holds the file's id from the
 * moment it is chosen; the application sends those ids.
 * @example
 * const files = new DraftDocuments(draft, program, documentClient({ baseUrl }));
 * await files.load();
 * await files.choose(['resume'], 'resume', input.files[0]);
 */
export class DraftDocuments {
  #draft: DraftLike;
  #program: Program;
  #client: DocumentClient;
  #kept: Kept = { files: [] };
  #sent = new Map<string, number>();
  #listeners = new Set<() => void>();
  #session: Promise<UploadSession> | undefined;

  constructor(draft: DraftLike, program: Program, client: DocumentClient) {
    this.#draft = draft;
    this.#program = program;
    this.#client = client;
  }

  /** The files, in the order they were chosen. */
  get list(): DraftDocument[] {
    return this.#kept.files.map((f) => (this.#sent.has(f.id) ? { ...f, sent: this.#sent.get(f.id)! } : f));
  }

  /** The file on a field, if any: the one whose id the field holds (entries may have moved since). */
  at(path: readonly (string | number)[]): DraftDocument | undefined {
    const file = this.#find(path);
    return file && this.list.find((f) => f.id === file.id);
  }

  #find(path: readonly (string | number)[]): Omit<DraftDocument, 'sent'> | undefined {
    const id = this.#draft.get([...path]);
    return this.#kept.files.find((f) => f.id === id);
  }

  /** The files the draft names now (an entry removed takes its file out of the application). */
  #named(): Omit<DraftDocument, 'sent'>[] {
    const education = this.#draft.get(['education']);
    const ids = new Set([
      this.#draft.get(['resume']),
      ...(Array.isArray(education) ? education.map((e) => (e as { transcriptCopy?: unknown })?.transcriptCopy) : []),
    ]);
    return this.#kept.files.filter((f) => ids.has(f.id));
  }

  /** True while a file the draft names is not at the receiver yet. */
  get pending(): boolean {
    return this.#named().some((f) => f.state !== 'uploaded');
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reads what the store keeps and sends every file still waiting (or cut off by a reload). */
  async load(): Promise<void> {
    const kept = (await this.#draft.store.get(keyOf(this.#draft.id))) as Kept | undefined;
    if (kept?.files) this.#kept = kept;
    this.#emit();
    await this.send();
  }

  /**
   * Keeps `file` for the field at `path` and sends it. A file of a type or size the program does
   * not take is refused at once with a `DocumentError` (`type_not_allowed`, `too_large`,
   * `too_many_documents`), and nothing changes; the receiver checks again by the file's bytes.
   */
  async choose(path: DraftPath, kind: DocumentKind, file: Blob & { name?: string }): Promise<void> {
    const at = typeof path === 'string' ? path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : [...path];
    const settings = documentSettings(this.#program);
    const name = file.name || 'document';
    const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
    if (!settings.types.some((type) => LOOKS[type].ext.includes(extension) || LOOKS[type].media === file.type))
      throw new DocumentError('The program does not take files of this type', { code: 'type_not_allowed' });
    if (file.size > settings.maxFileBytes) throw new DocumentError('The file is larger than the program takes', { code: 'too_large' });
    if (file.size === 0) throw new DocumentError('The file is empty', { code: 'empty_file' });
    const replaced = this.#find(at);
    const others = this.#kept.files.filter((f) => f !== replaced);
    if (others.length >= settings.maxFiles)
      throw new DocumentError('The application has as many files as it may', { code: 'too_many_documents' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const id = crypto.randomUUID();
    await this.#draft.store.set(fileKey(id), bytes);
    await this.#save({ ...this.#kept, files: [...others, { id, path: at, kind, name, size: file.size, state: 'waiting' }] });
    this.#draft.set(at, id);
    if (replaced) void this.#forget(replaced);
    await this.#upload(id);
  }

  /** Removes the file on a field: from the draft, the store and (when it has it) the receiver. */
  async remove(path: readonly (string | number)[]): Promise<void> {
    const file = this.#find(path);
    if (!file) return;
    await this.#save({ ...this.#kept, files: this.#kept.files.filter((f) => f !== file) });
    this.#draft.set([...path], undefined);
    await this.#forget(file);
  }

  /** Sends a file again after a failure. */
  retry(path: readonly (string | number)[]): Promise<void> {
    const file = this.#find(path);
    return file ? this.#upload(file.id) : Promise.resolve();
  }

  /** Sends every file not at the receiver yet; resolves when each has its answer. */
  async send(): Promise<void> {
    await Promise.all(
      this.#named()
        .filter((f) => f.state !== 'uploaded' && f.state !== 'refused')
        .map((f) => this.#upload(f.id)),
    );
  }

  async #forget(file: Omit<DraftDocument, 'sent'>): Promise<void> {
    await this.#draft.store.del(fileKey(file.id)).catch(() => {});
    if (file.state === 'uploaded' && this.#kept.session) await this.#client.remove(this.#kept.session, file.id).catch(() => {});
  }

  async #upload(id: string): Promise<void> {
    const file = this.#kept.files.find((f) => f.id === id);
    if (!file || file.state === 'uploaded' || this.#sent.has(id)) return;
    // Sent before (cut off, or a reload stopped it): the receiver may have part of it already.
    const resume = file.state !== 'waiting';
    this.#sent.set(id, 0);
    try {
      await this.#set(id, { state: 'uploading' });
      const stored = await this.#draft.store.get(fileKey(id));
      if (!(stored instanceof Uint8Array)) throw new DocumentError('The file is no longer kept on this device', { code: 'file_lost' });
      const session = await this.#sessionFor();
      await this.#client.upload(session, {
        id,
        kind: file.kind,
        name: file.name,
        bytes: stored,
        resume,
        onProgress: (sent) => {
          this.#sent.set(id, sent);
          this.#emit();
        },
      });
      this.#sent.delete(id);
      await this.#set(id, { state: 'uploaded' });
      // The receiver has it: the device need not keep it any longer.
      await this.#draft.store.del(fileKey(id)).catch(() => {});
    } catch (error) {
      this.#sent.delete(id);
      const refused = isDocumentError(error);
      await this.#set(id, { state: refused ? 'refused' : 'failed', error: refused ? error.code : 'network' }).catch(() => {});
    }
  }

  #sessionFor(): Promise<UploadSession> {
    if (this.#kept.session) return Promise.resolve(this.#kept.session);
    this.#session ??= this.#client.openSession(this.#program.id).then(async (session) => {
      await this.#save({ ...this.#kept, session });
      return session;
    });
    this.#session.catch(() => (this.#session = undefined));
    return this.#session;
  }

  async #set(id: string, changes: Partial<DraftDocument>): Promise<void> {
    const files = this.#kept.files.map((f) => {
      if (f.id !== id) return f;
      const { error: _, ...rest } = f;
      return { ...rest, ...changes };
    });
    await this.#save({ ...this.#kept, files });
  }

  async #save(kept: Kept): Promise<void> {
    this.#kept = kept;
    this.#emit();
    await this.#draft.store.set(keyOf(this.#draft.id), kept);
  }

  #emit(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
