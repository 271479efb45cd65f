import type { BirthdayDto } from '@contract';
import { Button, Checkbox, Flex, InputNumber, Radio, Select } from 'antd';
import { useState } from 'react';
import { FieldError } from './FieldError';

interface Draft {
  calendar: BirthdayDto['calendar'];
  year: number | null;
  month: number | undefined;
  day: number | undefined;
  leapMonth: boolean;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));
const DAYS = Array.from({ length: 31 }, (_, i) => ({ value: i + 1, label: `${i + 1}日` }));
// Typing 15 then Enter is quicker than scrolling 31 days.
const PICK_BY_TYPING = { optionFilterProp: 'label' };

/**
 * The birthday as staff hear it: 公历 or 农历, month and day, the year if known. Whether the day
 * exists is the server's call; its answer shows under the form.
 */
export function BirthdayForm(props: {
  initial: BirthdayDto | null;
  saving: boolean;
  error: string | undefined;
  onSave(birthday: BirthdayDto): void;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState<Draft>(
    props.initial ?? { calendar: 'solar', year: null, month: undefined, day: undefined, leapMonth: false },
  );
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const lunar = draft.calendar === 'lunar';

  const submit = () => {
    if (draft.month === undefined || draft.day === undefined) return;
    // 闰月 is only offered for 农历; a box ticked before switching to 公历 is not sent.
    props.onSave({ calendar: draft.calendar, year: draft.year, month: draft.month, day: draft.day, leapMonth: lunar && draft.leapMonth });
  };

  return (
    <Flex vertical gap={8} style={{ flexBasis: '100%' }} data-testid="birthday-form">
      <Radio.Group
        optionType="button"
        size="small"
        value={draft.calendar}
        onChange={(event) => change({ calendar: event.target.value as Draft['calendar'] })}
        options={[
          { value: 'solar', label: '公历' },
          { value: 'lunar', label: '农历' },
        ]}
      />
      <Flex gap={8} align="center" wrap>
        <InputNumber<number>
          aria-label="出生年份"
          placeholder="年份（可不填）"
          style={{ width: 140 }}
          controls={false}
          precision={0}
          value={draft.year}
          onChange={(year) => change({ year })}
        />
        <Select aria-label="月" placeholder="月" style={{ width: 96 }} showSearch={PICK_BY_TYPING} options={MONTHS} value={draft.month} onChange={(month) => change({ month })} />
        <Select aria-label="日" placeholder="日" style={{ width: 96 }} showSearch={PICK_BY_TYPING} options={DAYS} value={draft.day} onChange={(day) => change({ day })} />
        {lunar && (
          <Checkbox checked={draft.leapMonth} onChange={(event) => change({ leapMonth: event.target.checked })}>
            闰月
          </Checkbox>
        )}
      </Flex>
      <FieldError message={props.error} />
      <Flex gap={8}>
        <Button type="primary" size="small" onClick={submit} loading={props.saving} disabled={draft.month === undefined || draft.day === undefined}>
          保存生日
        </Button>
        <Button size="small" onClick={props.onCancel}>
          取消
        </Button>
      </Flex>
    </Flex>
  );
}
