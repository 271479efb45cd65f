import type { RfmGridCellDto } from '@contract';
import { Card, Tooltip, Typography } from 'antd';
import { formatCount } from '../../format/numbers';

const SCORES = [5, 4, 3, 2, 1] as const;

/** The 5×5 R×F grid: R across (5 = bought most recently), F down from 5 (most orders). */
export function RfmGridCard(props: { grid: readonly RfmGridCellDto[] }) {
  const cell = (r: number, f: number) => props.grid.find((c) => c.r === r && c.f === f);
  const most = Math.max(1, ...props.grid.map((c) => c.customers));
  return (
    <Card size="small" title="R×F 五分位网格">
      <Typography.Paragraph type="secondary">横向是最近购买（R，5 分最近），纵向是购买次数（F，5 分最多）；格子里是人数，颜色越深人越多。</Typography.Paragraph>
      <table className="rfm-grid" data-testid="rfm-grid">
        <thead>
          <tr>
            <th>F \ R</th>
            {[1, 2, 3, 4, 5].map((r) => (
              <th key={r}>R{r}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SCORES.map((f) => (
            <tr key={f}>
              <th>F{f}</th>
              {[1, 2, 3, 4, 5].map((r) => {
                const found = cell(r, f);
                const customers = found?.customers ?? 0;
                return (
                  <td key={r} style={{ background: `rgba(212, 56, 13, ${(0.08 + (0.6 * customers) / most).toFixed(2)})` }}>
                    <Tooltip title={found?.name}>
                      <div className="rfm-grid-name">{found?.name}</div>
                      <div className="rfm-grid-count">{formatCount(customers)}</div>
                    </Tooltip>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
