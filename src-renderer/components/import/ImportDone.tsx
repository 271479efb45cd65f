import type { ImportSummaryDto } from '@contract';
import { Button, Card, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { committedDetails, committedHeadline } from '../../format/import-summary';

/** After a commit: what was written, then 查看客户 or 继续导入. */
export function ImportDone(props: { summary: ImportSummaryDto | null; onContinue: () => void }) {
  const navigate = useNavigate();
  return (
    <Card data-testid="import-done">
      <Result
        status="success"
        title={props.summary ? committedHeadline(props.summary) : '导入完成'}
        subTitle={props.summary ? committedDetails(props.summary) : undefined}
        extra={[
          <Button key="customers" type="primary" onClick={() => navigate('/customers')}>
            查看客户
          </Button>,
          <Button key="again" onClick={props.onContinue}>
            继续导入
          </Button>,
        ]}
      />
    </Card>
  );
}
