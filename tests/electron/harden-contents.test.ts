import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents } from '../../src-main/electron/harden-contents';

type Handler = (event: { preventDefault(): void }, ...rest: unknown[]) => void;

function fakeContents() {
  const handlers = new Map<string, Handler[]>();
  let windowOpenHandler: ((details: unknown) => unknown) | null = null;
  const contents = {
    setWindowOpenHandler(handler: (details: unknown) => unknown) {
      windowOpenHandler = handler;
    },
    on(event: string, handler: Handler) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
      return contents;
    },
  };
  return {
    contents: contents as unknown as Parameters<typeof hardenWebContents>[0],
    handlers,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  };
}

describe('hardenWebContents', () => {
  it('denies every new window', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(fake.openWindow('app://zhanggui/index.html')).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    const registered = fake.handlers.get(name) ?? [];
    expect(registered).toHaveLength(1);
    const event = { preventDefault: vi.fn() };
    registered[0]!(event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });
});
