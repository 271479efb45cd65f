import type { CareEffectRuleDto, EffectWindowDto } from '@contract';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate } from 'react-router-dom';
import {
  EFFECT_VERDICT_TAGS,
  formatEffectRuleTitle,
  formatGroupRate,
  formatGroupRevenue,
  formatGroupSize,
  formatRateDifference,
  formatRevenueDifference,
  headlineWindow,
} from '../../format/care-effect';
import { useApiQuery } from '../../hooks/useApiQuery';
import { EmptyGuide } from '../EmptyGuide';
import { ReportSection } from './ReportSection';

const COLUMNS: ColumnsType<EffectWindowDto> = [
  { title: '时间窗', dataIndex: 'days', key: 'days', render: (days: number) => `${days} 天` },
  {
    title: '分配任务的客户',
    children: [
      { title: '人数', key: 'contactedN', align: 'right', render: (_, w) => formatGroupSize(w.contacted) },
      { title: '复购率', key: 'contactedRate', align: 'right', render: (_, w) => formatGroupRate(w.contacted) },
      { title: '客单收入', key: 'contactedRevenue', align: 'right', render: (_, w) => formatGroupRevenue(w.contacted) },
    ],
  },
  {
    title: '对照组',
    children: [
      { title: '人数', key: 'heldOutN', align: 'right', render: (_, w) => formatGroupSize(w.heldOut) },
      { title: '复购率', key: 'heldOutRate', align: 'right', render: (_, w) => formatGroupRate(w.heldOut) },
      { title: '客单收入', key: 'heldOutRevenue', align: 'right', render: (_, w) => formatGroupRevenue(w.heldOut) },
    ],
  },
  {
    title: '差别（95% 置信区间）',
    children: [
      { title: '复购率', key: 'rateDifference', align: 'right', render: (_, w) => formatRateDifference(w.rateDifference) },
      { title: '客单收入', key: 'revenueDifference', align: 'right', render: (_, w) => formatRevenueDifference(w.revenueDifferenceFen) },
    ],
  },
  {
    title: '结论',
    key: 'verdict',
    render: (_, w) => (
      <Tag color={EFFECT_VERDICT_TAGS[w.verdict].color} title={w.summary} data-testid={`care-effect-verdict-${w.days}`}>
        {EFFECT_VERDICT_TAGS[w.verdict].text}
      </Tag>
    ),
  },
];

function VerdictTag(props: { verdict: EffectWindowDto['verdict'] }) {
  const tag = EFFECT_VERDICT_TAGS[props.verdict];
  return <Tag color={tag.color}>{tag.text}</Tag>;
}

function RuleEffect(props: { rule: CareEffectRuleDto }) {
  const headline = headlineWindow(props.rule.windows);
  return (
    <Flex vertical gap={8} data-testid="care-effect-rule">
      <Typography.Text strong>{formatEffectRuleTitle(props.rule)}</Typography.Text>
      <Table<EffectWindowDto> size="small" bordered columns={COLUMNS} dataSource={props.rule.windows} rowKey="days" pagination={false} scroll={{ x: 'max-content' }} />
      {headline && (
        <Flex gap={4} align="center" data-testid="care-effect-summary">
          <VerdictTag verdict={headline.verdict} />
          <Typography.Text>{headline.summary}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}

function NoHoldouts() {
  const navigate = useNavigate();
  return (
    <EmptyGuide
      title="这段时间还没有规则留对照组"
      actions={
        <Button type="primary" onClick={() => navigate('/follow-ups')}>
          去设置跟进规则
        </Button>
      }
    >
      在「今日跟进 → 跟进规则」里编辑一条规则，把「对照组比例」设为 10%：它会随机留出一成符合条件的客户不生成任务。任务到期满 30 天后，这里就能比较联系过和没联系的客户复购差多少。已经设置过的，换一个包含任务到期日的时间段。
    </EmptyGuide>
  );
}

/**
 * 效果评估: per care rule with a 对照组, the customers it gave a task against those it held out,
 * over 30/60/90 days after the due date, with the difference's interval and the verdict.
 */
export function CareEffectCard(props: { range: { from: string; to: string } }) {
  const effect = useApiQuery('reports.careEffect', props.range);
  return (
    <Card size="small" title="效果评估" extra="按任务（或对照组）的到期日期统计" data-testid="report-care-effect">
      <ReportSection query={effect} rows={4}>
        {(data) =>
          data.rules.length === 0 ? (
            <NoHoldouts />
          ) : (
            <Flex vertical gap={16}>
              <Typography.Text type="secondary">
                对照组：规则随机留出的一部分符合条件的客户，不给他们生成任务，用来和分配了任务的客户比较；比例在「今日跟进 →
                跟进规则」里设置。分配了任务的客户不论任务做没做都算在内，这样两组才可比。只算到期后时间窗已经走完的客户：到期当天起这些天内有没有再下有效订单，以及这些订单的实付（扣除退款）。
              </Typography.Text>
              {data.rules.map((rule) => (
                <RuleEffect key={rule.ruleId ?? rule.ruleName} rule={rule} />
              ))}
            </Flex>
          )
        }
      </ReportSection>
    </Card>
  );
}
