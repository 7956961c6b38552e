import { fileTypeFromFile } from 'file-type';
import { DOCUMENT_MEDIA_TYPES, type DocumentType } from '@endorsement-kit/sdk';

// file-type's extensions for the kinds the kit accepts.
const BY_EXTENSION: Readonly<Record<string, DocumentType>> = { pdf: 'pdf', jpg: 'jpeg', png: 'png', docx: 'docx' };

/**
 * The document type of a file, read from its bytes (file-type: magic numbers, and for DOCX the
 * zip's entries), never from its name or the request's Content-Type; `undefined` for anything
 * else (an executable renamed `cv.pdf` included).
 */
export async function sniffType(path: string): Promise<{ type: DocumentType; mediaType: string } | undefined> {
  const found = await fileTypeFromFile(path);
  const type = found && BY_EXTENSION[found.ext];
  return type ? { type, mediaType: DOCUMENT_MEDIA_TYPES[type] } : undefined;
}
