import { describe, expect, it } from 'vitest';
import { APP_START_URL, isTrustedAppUrl } from '../../src-main/electron/trusted-origin';

describe('isTrustedAppUrl', () => {
  it.each(['app://zhanggui/index.html#/customers', 'app://zhanggui/', APP_START_URL])(
    'trusts the app page %s',
    (url) => {
      expect(isTrustedAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'file:///C:/Users/a/index.html',
    'file:///home/a/index.html',
    'http://127.0.0.1/',
    'http://127.0.0.1:5180/index.html',
    'https://zhanggui/index.html',
    'app://other/',
    'app://zhanggui.evil.example/',
    'app://zhanggui:8080/',
    'about:blank',
    '',
    'not a url',
    undefined,
  ])('does not trust %s', (url) => {
    expect(isTrustedAppUrl(url)).toBe(false);
  });
});
