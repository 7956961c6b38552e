import { documentClient, DraftDocuments, isDocumentError, type DocumentKind } from '@endorsement-kit/sdk/core';
import type { FieldView } from '../fields/field-view.js';
import { fieldId, type View } from '../view.js';
import type { FlowContext } from './flow-context.js';
import { fileProblem, renderFileField } from './file-field.js';

interface Files {
  draftId: string;
  files: DraftDocuments;
  version: number;
  problem: Map<string, string>;
}

const all = new WeakMap<FlowContext, Files>();

/**
 * The draft's files (they come with the `flow` part): made once per draft, loaded from the store
 * at once (sending what a reload or a crash cut off), and rendering the element again on every
 * change. Undefined without a draft or a receiver (`endpoint`) to send files to.
 */
export function documentsFor(context: FlowContext): Files | undefined {
  const draft = context.controller.draft;
  const program = context.controller.program;
  const baseUrl = context.host.endpoint;
  if (!draft || !program || !baseUrl) return undefined;
  let made = all.get(context);
  if (made?.draftId !== draft.id) {
    const files = new DraftDocuments(draft, program, documentClient({ baseUrl }));
    const fresh: Files = { draftId: draft.id, files, version: 0, problem: new Map() };
    made = fresh;
    all.set(context, fresh);
    files.subscribe(() => {
      fresh.version++;
      context.host.requestUpdate();
    });
    queueMicrotask(() => void files.load().catch(() => undefined));
  }
  return made;
}

/** The view with file fields rendered: the file picker, and a version that changes with the files. */
export function withFiles(context: FlowContext, view: View): View {
  const made = documentsFor(context);
  if (!made) return view;
  const choose = (path: FieldView['path'], file: File) => {
    const id = fieldId(path);
    made.problem.delete(id);
    const kind: DocumentKind = path[0] === 'resume' ? 'resume' : 'transcript';
    made.files.choose([...path], kind, file).catch((error: unknown) => {
      made.problem.set(id, fileProblem(view, isDocumentError(error) ? error.code : 'other'));
      made.version++;
      context.host.requestUpdate();
    });
  };
  return {
    ...view,
    fileVersion: made.version,
    file: (field: FieldView) => renderFileField(view, field, made.files, { problem: made.problem, choose }),
  };
}
