import type { CareRuleInput } from '@contract';
import { Alert } from 'antd';
import { errorText } from '../../format/api-error';
import { formatRulePreview } from '../../format/care-rules';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

/** What saving the rule as it stands would do today, asked again shortly after each change. */
export function RulePreview(props: { draft: CareRuleInput }) {
  const settled = useDebouncedValue(props.draft, 400);
  const preview = useApiQuery('careRules.preview', settled);
  if (preview.error) return <Alert type="warning" showIcon title="还不能预览" description={errorText(preview.error)} />;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="care-rule-preview"
      title={preview.data ? formatRulePreview(preview.data) : '正在计算保存后会生成多少任务…'}
    />
  );
}
