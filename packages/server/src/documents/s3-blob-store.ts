import { createReadStream } from 'node:fs';
import { SERVER_DEFAULTS } from '../config/server-defaults.js';
import type { BlobStore } from './blob-store.js';

/**
 * Where documents go in an S3-compatible store (AWS S3, MinIO, Ceph, R2, ...): `bucket` is
 * required; credentials come from the AWS SDK's usual places (`AWS_ACCESS_KEY_ID` and
 * `AWS_SECRET_ACCESS_KEY` in the environment, a profile, an instance role) unless given here.
 * @example const s3: S3StorageOptions = { bucket: 'endorsement-documents', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true };
 */
export interface S3StorageOptions {
  bucket: string;
  /** The store's address, for anything but AWS itself. */
  endpoint?: string | undefined;
  /** @default 'us-east-1' */
  region?: string | undefined;
  /** `bucket` in the path rather than the host name (MinIO and most self-hosted stores). @default false */
  forcePathStyle?: boolean | undefined;
  /** Keys prepended to every object's key, e.g. `endorsement/`. @default '' */
  prefix?: string | undefined;
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
}

/** Documents as objects in an S3-compatible bucket; downloads stream through the server. */
export function s3BlobStore(options: S3StorageOptions): BlobStore {
  // The AWS SDK (about 20 MB) is loaded only by a server that stores documents in S3.
  const sdk = import('@aws-sdk/client-s3');
  const client = sdk.then(
    ({ S3Client }) =>
      new S3Client({
        region: options.region ?? SERVER_DEFAULTS.documentsS3Region,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        forcePathStyle: options.forcePathStyle ?? SERVER_DEFAULTS.documentsS3PathStyle,
        // Checksums only where S3 requires them: the SDK's default sends a file as aws-chunked with a
        // trailing checksum, which many S3-compatible stores (and s3rver) store as it came, framing and all.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        ...(options.credentials ? { credentials: options.credentials } : {}),
      }),
  );
  // A failure to load is reported by the first put, get or delete that awaits it, not as an unhandled rejection.
  client.catch(() => undefined);
  const Bucket = options.bucket;
  const key = (name: string) => `${options.prefix ?? ''}${name}`;
  return {
    kind: 's3',
    async put(name, path, size, contentType) {
      const { PutObjectCommand } = await sdk;
      await (
        await client
      ).send(new PutObjectCommand({ Bucket, Key: key(name), Body: createReadStream(path), ContentLength: size, ContentType: contentType }));
    },
    async get(name) {
      const { GetObjectCommand } = await sdk;
      const answer = await (await client).send(new GetObjectCommand({ Bucket, Key: key(name) }));
      if (!answer.Body) throw new Error('The store answered without a body');
      return answer.Body.transformToWebStream() as ReadableStream<Uint8Array>;
    },
    async delete(name) {
      const { DeleteObjectCommand } = await sdk;
      await (await client).send(new DeleteObjectCommand({ Bucket, Key: key(name) }));
    },
  };
}
