// The public API of @endorsement-kit/server: values first, then types. Keep this list explicit.

export { createEndorsementServer } from './create-endorsement-server.js';
export { startServer } from './start-server.js';
export { readServerEnv } from './config/read-server-env.js';
export { SERVER_DEFAULTS } from './config/server-defaults.js';
export { loadPrograms } from './config/load-programs.js';
export { ServerConfigError, isServerConfigError } from './config/server-config-error.js';
export { openDatabase } from './db/open-database.js';
export { migrate } from './db/migrate.js';
export { main } from './cli.js';
export { addCoordinator } from './admin/coordinator-accounts.js';

export type { EndorsementServer } from './create-endorsement-server.js';
export type { RunningServer } from './start-server.js';
export type { ServerOptions, Page } from './config/server-options.js';
export type { ListenOptions } from './config/read-server-env.js';
export type { ReceiverProgram } from './config/receiver-program.js';
export type { Database, Sql } from './db/database.js';
export type { DatabaseOptions } from './db/open-database.js';
