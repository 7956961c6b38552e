import type { MiddlewareHandler } from 'hono';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database } from '../db/database.js';
import type { DocumentsContext } from '../documents/documents-context.js';
import type { Coordinator } from './sessions.js';
import type { WorkspacePresenter } from './workspace-presenter.js';

/** What the workspace needs from the server. */
export interface AdminContext {
  db: Database;
  programs: readonly ReceiverProgram[];
  publicUrl: string | undefined;
  trustProxy: number;
  onMailQueued: () => void;
  /** The time of reference actions (tests move it). */
  clock?: (() => Date) | undefined;
  /** Where uploaded documents are kept and what scans them. */
  documents: DocumentsContext;
  /** Called after a job was scheduled for now (a file to delete). */
  onJobQueued: () => void;
}

/** The workspace's Hono environment: a signed-in request carries its coordinator. */
export type AdminEnv = { Variables: { coordinator: Coordinator } };

/** What each resource's routes are given: the context, the presenter and the sign-in check. */
export interface AdminRouteContext extends AdminContext {
  present: WorkspacePresenter;
  /** Answers 401 unless the request's session is live; sets `coordinator` (served programs only). */
  signedIn: MiddlewareHandler<AdminEnv>;
}
