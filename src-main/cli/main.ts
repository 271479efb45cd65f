import { parseArgs } from 'node:util';
import { UsageError, type CliIo } from './cli-io';
import { backupCommand } from './commands/backup';
import type { Command } from './commands/command';
import { customersCommand } from './commands/customers';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { infoCommand } from './commands/info';
import { serveCommand } from './commands/serve';
import { settingsCommand } from './commands/settings';
import { statsCommand } from './commands/stats';
import { birthdaysCommand } from './commands/birthdays';
import { tiersCommand } from './commands/tiers';
import { followupsCommand } from './commands/followups';
import { segmentsCommand } from './commands/segments';
import { predictCommand } from './commands/predict';
import { reportCommand } from './commands/report';
import { checkCommand } from './commands/check';
import { restoreCommand } from './commands/restore';
import { passwordCommand } from './commands/password';

export const COMMANDS: readonly Command[] = [serveCommand, importCommand, statsCommand, customersCommand, tiersCommand, birthdaysCommand, followupsCommand, segmentsCommand, predictCommand, reportCommand, exportCommand, infoCommand, settingsCommand, backupCommand, restoreCommand, checkCommand, passwordCommand];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    '掌柜客户本命令行：与桌面应用使用同一个客户本和同一套功能。',
    '',
    '用法：zhanggui <命令> [选项]',
    '',
    '命令：',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '通用选项：',
    '  --db 文件     使用指定的数据库文件（也可用环境变量 ZHANGGUI_DB）',
    '  --help        显示帮助；zhanggui <命令> --help 显示该命令的用法',
  ].join('\n');
}

/** Runs one command line; returns the process exit code (0 ok, 1 failed, 2 wrong usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`没有这个命令：${name}。运行 zhanggui --help 查看所有命令。`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\n用法：${command.usage}`);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: command.options,
      strict: true,
      allowPositionals: command.positionals ?? false,
    });
    return await command.run(values as Record<string, string | boolean | undefined>, io, positionals);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(error instanceof UsageError ? error.message : describeParseError(error as Error, command));
      return 2;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return code.startsWith('ERR_PARSE_ARGS');
}

function describeParseError(error: Error, command: Command): string {
  const option = /'([^']+)'/.exec(error.message)?.[1];
  const what = (error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? '选项缺少取值或取值不对' : '不认识的选项或参数';
  return `${what}${option ? `：${option}` : ''}。用法：${command.usage}`;
}
