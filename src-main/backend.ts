import { createDispatch, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { backupDatabase } from './db/backup';
import { openConnection } from './db/connection';
import { migrateToLatest, type MigrationOutcome } from './db/migrations';
import { createCustomersRepo } from './db/repos/customers-repo';
import { createOrdersRepo } from './db/repos/orders-repo';
import { createSettingsRepo } from './db/repos/settings-repo';
import { createAppService } from './services/app-service';
import { createCustomersService } from './services/customers-service';
import { createEventHub, type EventListener } from './services/event-hub';
import { createSettingsService } from './services/settings-service';

export interface BackendOptions {
  dbPath: string;
  migrationsDir: string;
  /** Where automatic backups (before a migration) are written. */
  backupDir: string;
  appVersion: string;
  now?: () => Date;
  nativeBinding?: string;
  logError?: (line: string) => void;
}

export interface Backend {
  dispatch: Dispatch;
  subscribe(listener: EventListener): () => void;
  migration: MigrationOutcome;
  /** Online backup of the open database to a file the host chose (CLI, later the backup page). */
  backupTo(destination: string): Promise<void>;
  close(): void;
}

/** Opens and migrates the database, wires repositories, services and the dispatcher. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const conn = openConnection(options.dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  let migration: MigrationOutcome;
  try {
    migration = await migrateToLatest(conn, {
      migrationsDir: options.migrationsDir,
      backupDir: options.backupDir,
      now: now(),
    });
  } catch (error) {
    conn.close();
    throw error;
  }

  const events = createEventHub();
  const customersRepo = createCustomersRepo(conn.db);
  const ordersRepo = createOrdersRepo(conn.db);
  const settingsRepo = createSettingsRepo(conn.db);
  const handlers = createHandlers({
    app: createAppService({
      facts: {
        version: options.appVersion,
        databasePath: conn.path,
        schemaVersion: migration.schemaVersion,
        latestSchemaVersion: migration.latestSchemaVersion,
      },
      customersRepo,
      ordersRepo,
    }),
    settings: createSettingsService({ settingsRepo, events, now }),
    customers: createCustomersService({ customersRepo }),
  });

  return {
    dispatch: createDispatch(handlers, { logError: options.logError ?? ((line) => console.error(line)) }),
    subscribe: events.subscribe,
    migration,
    backupTo: (destination) => backupDatabase(conn.sqlite, destination),
    close: () => conn.close(),
  };
}
