import { RFM_THRESHOLD_MODE_NAMES, RFM_THRESHOLD_MODES, type RfmCutoffsDto, type RfmThresholdModeName } from '@contract';
import { Button, Flex, InputNumber, Segmented, Typography } from 'antd';
import { fenToYuan, yuanToFen } from '../../format/yuan';

export type RfmWindow = 12 | 24 | null;

export interface SegmentDraft {
  windowMonths: RfmWindow;
  mode: RfmThresholdModeName;
  cutoffs: RfmCutoffsDto;
}

const WINDOW_OPTIONS = [
  { label: '全部订单', value: 'all' },
  { label: '近 12 个月', value: '12' },
  { label: '近 24 个月', value: '24' },
];
const windowValue = (w: RfmWindow) => (w === null ? 'all' : String(w));
const windowOf = (value: string): RfmWindow => (value === 'all' ? null : (Number(value) as 12 | 24));

/** How customers are segmented: the window, the mode, and for 固定值 the three cut-offs; 保存 when changed. */
export function SegmentSettingsBar(props: {
  draft: SegmentDraft;
  changed: boolean;
  saving: boolean;
  onChange(draft: SegmentDraft): void;
  onSave(): void;
  onReset(): void;
}) {
  const { draft } = props;
  const setCutoff = (field: keyof RfmCutoffsDto, value: number | null) => {
    if (value === null) return;
    props.onChange({ ...draft, cutoffs: { ...draft.cutoffs, [field]: value } });
  };
  return (
    <Flex vertical gap={12} className="segment-settings">
      <Flex gap={16} wrap align="center">
        <Flex gap={8} align="center">
          <Typography.Text>统计范围</Typography.Text>
          <Segmented
            aria-label="统计范围"
            options={WINDOW_OPTIONS}
            value={windowValue(draft.windowMonths)}
            onChange={(value) => props.onChange({ ...draft, windowMonths: windowOf(String(value)) })}
          />
        </Flex>
        <Flex gap={8} align="center">
          <Typography.Text>分层方式</Typography.Text>
          <Segmented
            aria-label="分层方式"
            options={RFM_THRESHOLD_MODES.map((mode) => ({ label: RFM_THRESHOLD_MODE_NAMES[mode], value: mode }))}
            value={draft.mode}
            onChange={(value) => props.onChange({ ...draft, mode: value as RfmThresholdModeName })}
          />
        </Flex>
      </Flex>
      {draft.mode === 'fixed' && (
        <Flex gap={16} wrap align="center">
          <InputNumber aria-label="最近购买天数" min={1} max={3650} precision={0} value={draft.cutoffs.recentWithinDays} addonAfter="天内买过算「近」" onChange={(v) => setCutoff('recentWithinDays', v)} />
          <InputNumber aria-label="购买次数" min={1} max={10000} precision={0} value={draft.cutoffs.frequentFrom} addonAfter="单起算「高频」" onChange={(v) => setCutoff('frequentFrom', v)} />
          <InputNumber
            aria-label="消费金额"
            min={0}
            precision={2}
            addonBefore="¥"
            addonAfter="起算「高消费」"
            value={fenToYuan(draft.cutoffs.valuableFromFen)}
            onChange={(v) => setCutoff('valuableFromFen', yuanToFen(v))}
          />
        </Flex>
      )}
      {props.changed && (
        <Flex gap={8} align="center">
          <Typography.Text type="warning">下面是按新设置算出的人数，保存后才会生效。</Typography.Text>
          <Button type="primary" loading={props.saving} onClick={props.onSave}>
            保存分层设置
          </Button>
          <Button onClick={props.onReset}>恢复已保存的</Button>
        </Flex>
      )}
    </Flex>
  );
}
