import { withBackend } from '../open-backend';
import { UsageError } from '../cli-io';
import { dbOption, type Command } from './command';

/** The way back in when the owner forgot the password: only someone at this PC can run it. */
export const passwordCommand: Command = {
  name: 'password',
  summary: '给一个账号设新密码（店主忘记密码时用）；新密码从键盘输入或管道读入',
  usage: 'zhanggui password 账号名 [--db 文件]   然后输入新密码并回车（例如：echo 新密码 | zhanggui password 店主）',
  options: { ...dbOption },
  positionals: true,
  async run(values, io, positionals) {
    if (positionals.length !== 1) throw new UsageError('请给出账号名：zhanggui password 店主');
    const name = positionals[0]!;
    io.err(`请输入「${name}」的新密码（至少 6 位），回车确认：`);
    const password = await io.readLine();
    if (password === '') throw new UsageError('没有读到新密码，密码没有改。');
    return withBackend(io, values.db as string | undefined, async (backend) => {
      try {
        await backend.resetPassword(name, password);
      } catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
      }
      io.out(`「${name}」的密码已改好，这个账号在各处的登录都已退出，请用新密码登录。`);
      return 0;
    });
  },
};
