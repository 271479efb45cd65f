import { Tag, Tooltip } from 'antd';
import { CHURN_RISK_COLORS, churnRiskLabel, formatPAlive, NO_P_ALIVE_HINT } from '../../format/predictions';

/** 活跃概率 as a percent on its 流失风险 colour; "—" with the reason (by default: a one-day buyer). */
export function PAliveTag(props: { pAlive: number | null; showLevel?: boolean; unknownHint?: string }) {
  const risk = churnRiskLabel(props.pAlive);
  if (props.pAlive === null || !risk) {
    return (
      <Tooltip title={props.unknownHint ?? NO_P_ALIVE_HINT}>
        <span className="p-alive-unknown" data-testid="p-alive">
          —
        </span>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={risk.text}>
      <Tag color={CHURN_RISK_COLORS[risk.level]} className="p-alive-tag" data-testid="p-alive" data-level={risk.level}>
        {formatPAlive(props.pAlive)}
        {props.showLevel ? ` · ${risk.text}` : ''}
      </Tag>
    </Tooltip>
  );
}
