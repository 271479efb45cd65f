import type { BackupKindName } from '@contract';

const KIND_LABELS: Record<BackupKindName, string> = {
  daily: '每日自动',
  beforeImport: '导入前自动',
  manual: '手动',
  beforeUpgrade: '升级前',
  beforeRestore: '恢复前',
};

/** 每日自动, 导入前自动, 手动, 升级前, 恢复前. */
export function backupKindLabel(kind: BackupKindName): string {
  return KIND_LABELS[kind];
}

/** The command that restores a backup (the app must be closed): quoted, since Windows paths have spaces. */
export function restoreCommand(dir: string, fileName: string): string {
  const separator = dir.includes('\\') ? '\\' : '/';
  return `npx zhanggui restore "${dir}${dir.endsWith(separator) ? '' : separator}${fileName}"`;
}
