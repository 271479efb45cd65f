/** The import's estimate as people say it: 剩余约 2 分钟, 剩余不到 1 分钟. */
export function formatTimeLeft(secondsLeft: number | null): string {
  if (secondsLeft === null || !Number.isFinite(secondsLeft)) return '正在估算剩余时间';
  if (secondsLeft < 60) return '剩余不到 1 分钟';
  const minutes = Math.round(secondsLeft / 60);
  if (minutes < 60) return `剩余约 ${minutes} 分钟`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `剩余约 ${hours} 小时` : `剩余约 ${hours} 小时 ${rest} 分钟`;
}
