/**
 * iwmo-ijw for Node.js: everything of the main entry plus the durable histories that need Node
 * (SQLite through better-sqlite3, PostgreSQL).
 *
 *   import { openHistory, validateAsync } from 'iwmo-ijw/node';
 *   const history = await openHistory('historie.db');          // or 'postgres://…'
 *   const report = await validateAsync(xmlBytes, { history });  // judged against it, recorded when accepted
 */
export * from './index.js';
export { openSqliteHistory, SqliteHistory, APPLICATION_ID, SCHEMA_VERSION, type SqliteHistoryOptions } from './adapters/sqlite.js';
export { openPostgresHistory } from './adapters/postgres.js';
export { openHistory, isPostgresUrl } from './adapters/open.js';
export { parseFactLines, factLine } from './adapters/jsonl.js';
export { DiskSuiteFiles, runSuiteDir, runScenarioDir } from './adapters/suite-files.js';
