/** Raised when the file was written by a newer build; the file is left untouched. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `这个数据库文件由更新版本的掌柜客户本写入（数据库版本 ${databaseVersion}，本程序只支持到 ${knownVersion}）。` +
        '请先升级掌柜客户本再打开；文件没有被改动。',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Raised when a migration fails; the transaction was rolled back and a backup was kept. */
export class MigrationFailedError extends Error {
  constructor(
    readonly backupPath: string | null,
    readonly causeMessage: string,
  ) {
    super(
      '升级数据库失败，数据没有改动' +
        (backupPath ? `，升级前的备份保存在 ${backupPath}` : '') +
        `。请把这条信息发给我们：${causeMessage}`,
    );
    this.name = 'MigrationFailedError';
  }
}

/** Raised when the file is not a SQLite database (or is damaged). */
export class NotADatabaseError extends Error {
  constructor(readonly path: string) {
    super(`无法打开 ${path}：这不是掌柜客户本的数据库文件，或者文件已损坏。`);
    this.name = 'NotADatabaseError';
  }
}
