import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDatabaseLocation } from '../../src-main/config/data-location';

describe('defaultDataDir', () => {
  it('uses %APPDATA% on Windows, with backslashes', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\Lily\\AppData\\Roaming' }, 'C:\\Users\\Lily')).toBe(
      'C:\\Users\\Lily\\AppData\\Roaming\\zhanggui',
    );
  });

  it('falls back to the roaming folder under the home folder when APPDATA is missing', () => {
    expect(defaultDataDir('win32', {}, 'C:\\Users\\Lily')).toBe('C:\\Users\\Lily\\AppData\\Roaming\\zhanggui');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir('darwin', { XDG_DATA_HOME: '/ignored' }, '/Users/lily')).toBe(
      '/Users/lily/Library/Application Support/zhanggui',
    );
  });

  it('uses XDG_DATA_HOME on Linux when set', () => {
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data/lily' }, '/home/lily')).toBe('/data/lily/zhanggui');
  });

  it('uses ~/.local/share on Linux otherwise', () => {
    expect(defaultDataDir('linux', {}, '/home/lily')).toBe('/home/lily/.local/share/zhanggui');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '' }, '/home/lily')).toBe('/home/lily/.local/share/zhanggui');
  });
});

describe('resolveDatabaseLocation', () => {
  const base = {
    dataDir: '/home/lily/.local/share/zhanggui',
    resolvePath: (path: string) => posix.resolve('/work/shop', path),
    dirname: posix.dirname,
    join: posix.join,
  };

  it('prefers --db over ZHANGGUI_DB', () => {
    expect(resolveDatabaseLocation({ ...base, flag: 'books/flag.sqlite', env: { ZHANGGUI_DB: '/env/book.sqlite' } })).toEqual({
      dbPath: '/work/shop/books/flag.sqlite',
      backupDir: '/work/shop/books/backups',
      logDir: '/work/shop/books/logs',
      source: 'flag',
    });
  });

  it('uses ZHANGGUI_DB when there is no flag', () => {
    expect(resolveDatabaseLocation({ ...base, flag: undefined, env: { ZHANGGUI_DB: '/env/book.sqlite' } })).toEqual({
      dbPath: '/env/book.sqlite',
      backupDir: '/env/backups',
      logDir: '/env/logs',
      source: 'env',
    });
  });

  it('ignores a blank flag and a blank variable', () => {
    expect(resolveDatabaseLocation({ ...base, flag: '  ', env: { ZHANGGUI_DB: '/env/book.sqlite' } }).source).toBe('env');
    expect(resolveDatabaseLocation({ ...base, flag: undefined, env: { ZHANGGUI_DB: ' ' } }).source).toBe('default');
  });

  it('falls back to the data folder', () => {
    expect(resolveDatabaseLocation({ ...base, flag: undefined, env: {} })).toEqual({
      dbPath: '/home/lily/.local/share/zhanggui/zhanggui.sqlite',
      backupDir: '/home/lily/.local/share/zhanggui/backups',
      logDir: '/home/lily/.local/share/zhanggui/logs',
      source: 'default',
    });
  });
});
