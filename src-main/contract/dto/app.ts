export interface AppInfoDto {
  /** The app version from package.json. */
  version: string;
  /** Absolute path of the SQLite file this backend works on. */
  databasePath: string;
  /** Number of migrations applied to the database. */
  schemaVersion: number;
  /** Number of migrations this build knows; equal to schemaVersion once started. */
  latestSchemaVersion: number;
  customerCount: number;
  orderCount: number;
}
