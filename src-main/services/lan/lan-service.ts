import type { LanAccessDto } from '../../contract/dto/auth';

/** The host's listener on the shop's LAN (serve, the desktop app); the command line has none. */
export interface LanHost {
  /** Starts listening on the PC's LAN addresses; resolves with the URLs other PCs open. */
  open(): Promise<string[]>;
  close(): Promise<void>;
  urls(): string[];
}

export const LAN_ACCESS_SETTING = 'lanAccess';

export interface LanServiceDeps {
  host: LanHost | null;
  wanted(): boolean;
  saveWanted(enabled: boolean): void;
}

/**
 * 店内多电脑: off by default; the owner's choice is kept in the book so the app opens to the LAN
 * again at its next start. Failing to open (no network, port taken) is reported, not thrown.
 */
export function createLanService(deps: LanServiceDeps) {
  let problem: string | null = null;

  function status(): LanAccessDto {
    const urls = deps.host?.urls() ?? [];
    return { enabled: urls.length > 0, urls, problem, available: deps.host !== null };
  }

  async function open(): Promise<void> {
    try {
      const urls = await deps.host!.open();
      problem = urls.length > 0 ? null : '这台电脑没有连接局域网（没有找到局域网地址），请连好网线或 Wi-Fi 再试。';
    } catch (error) {
      problem = `没能开启：${error instanceof Error ? error.message : String(error)}`;
    }
  }

  return {
    get: status,
    async set(enabled: boolean): Promise<LanAccessDto> {
      if (!deps.host) return { ...status(), problem: '命令行不能开启店内多电脑访问；请在桌面版或 serve 里开启。' };
      deps.saveWanted(enabled);
      if (enabled) await open();
      else {
        problem = null;
        await deps.host.close();
      }
      return status();
    },
    /** At start: open again if the owner left it on. */
    async resume(): Promise<void> {
      if (deps.host && deps.wanted()) await open();
    },
  };
}

export type LanService = ReturnType<typeof createLanService>;
