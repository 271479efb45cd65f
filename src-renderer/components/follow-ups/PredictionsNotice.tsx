import { Alert } from 'antd';
import { errorText } from '../../format/api-error';
import { predictionsNotice } from '../../format/care-rules';
import { useApiQuery } from '../../hooks/useApiQuery';

/** Above the 流失预警 editor: why the rule makes no task yet (the predictions it relies on are not ready), and nothing once they are. */
export function PredictionsNotice() {
  const model = useApiQuery('predictions.status', {});
  if (model.error) return <Alert type="warning" showIcon title="暂时查不到客户预测的情况" description={errorText(model.error)} />;
  const notice = model.data ? predictionsNotice(model.data) : null;
  if (!notice) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="churn-predictions-notice"
      title={notice.title}
      description={
        notice.items.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {notice.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
