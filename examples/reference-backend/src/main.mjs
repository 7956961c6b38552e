// `pnpm --filter @endorsement-kit/example-reference-backend start` (PORT=8787 by default).
import { createReferenceBackend } from './server.mjs';

const port = Number(process.env.PORT ?? 8787);
const { server } = createReferenceBackend({ log: (line) => console.log(line) });
server.listen(port, '127.0.0.1', () => {
  console.log(`Reference backend listening on http://127.0.0.1:${port}`);
  console.log('POST /registrations, POST /applications, GET /applications/{id}');
});
