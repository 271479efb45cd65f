import { Tooltip, Typography } from 'antd';
import { splitDateTime } from '../../format/date-time';
import { formatDaysAgo } from '../../format/relative-date';

/** A shop-time purchase date as 2024-03-30（3 天前）; the exact time on hover. */
export function PurchaseDate(props: { at: string | null; today: string | undefined }) {
  if (!props.at) return <Typography.Text>—</Typography.Text>;
  return (
    <Tooltip title={props.at}>
      <Typography.Text>
        {splitDateTime(props.at).date}
        {props.today && <Typography.Text type="secondary">（{formatDaysAgo(props.at, props.today)}）</Typography.Text>}
      </Typography.Text>
    </Tooltip>
  );
}
