import { ServerConfigError } from '../config/server-config-error.js';
import type { DocumentOptions } from './documents-context.js';

/**
 * The documents' settings from the environment (docs/server.md): `CLAMD_ADDRESS`, and
 * `DOCUMENTS_S3_BUCKET` with `DOCUMENTS_S3_ENDPOINT`, `DOCUMENTS_S3_REGION`,
 * `DOCUMENTS_S3_PATH_STYLE` and `DOCUMENTS_S3_PREFIX` (credentials: the AWS SDK's own variables);
 * nothing when neither is set (files under `DATA_DIR/documents`, not virus-scanned).
 */
export function readDocumentEnv(env: NodeJS.ProcessEnv): { documents?: DocumentOptions } {
  const clamd = env.CLAMD_ADDRESS || undefined;
  if (clamd !== undefined && !clamd.startsWith('/') && !/^[^/\s]+:\d{1,5}$/.test(clamd))
    throw new ServerConfigError(
      'CLAMD_ADDRESS must be host:port (clamd over TCP, e.g. 127.0.0.1:3310) or the absolute path of its socket.',
    );
  const bucket = env.DOCUMENTS_S3_BUCKET || undefined;
  const endpoint = env.DOCUMENTS_S3_ENDPOINT || undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/]+/.test(endpoint))
    throw new ServerConfigError('DOCUMENTS_S3_ENDPOINT must be an http(s) address, such as https://s3.example.org.');
  if (!bucket && (endpoint || env.DOCUMENTS_S3_REGION || env.DOCUMENTS_S3_PATH_STYLE || env.DOCUMENTS_S3_PREFIX))
    throw new ServerConfigError('DOCUMENTS_S3_BUCKET is needed with the other DOCUMENTS_S3_ settings.');
  const pathStyle = env.DOCUMENTS_S3_PATH_STYLE || undefined;
  if (pathStyle !== undefined && pathStyle !== 'true' && pathStyle !== 'false')
    throw new ServerConfigError('DOCUMENTS_S3_PATH_STYLE must be true or false.');
  if (!clamd && !bucket) return {};
  return {
    documents: {
      clamd,
      s3: bucket
        ? {
            bucket,
            endpoint,
            region: env.DOCUMENTS_S3_REGION || undefined,
            forcePathStyle: pathStyle === 'true',
            prefix: env.DOCUMENTS_S3_PREFIX || undefined,
          }
        : undefined,
    },
  };
}
