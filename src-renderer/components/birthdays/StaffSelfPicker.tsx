import type { StaffDto } from '@contract';
import { Flex, Select, Typography } from 'antd';

/** 我是: who is sending, so 已发送 says by whom; optional, the owner may send without picking. */
export function StaffSelfPicker(props: { staff: readonly StaffDto[] | undefined; value: number | null; onChange(id: number | null): void }) {
  const active = (props.staff ?? []).filter((person) => person.active);
  if (props.staff !== undefined && active.length === 0) return null;
  return (
    <Flex gap={8} align="center">
      <Typography.Text>我是</Typography.Text>
      <Select<number>
        aria-label="我是"
        style={{ width: 160 }}
        allowClear
        placeholder="选择客服（可不选）"
        value={props.value ?? undefined}
        options={active.map((person) => ({ value: person.id, label: person.name }))}
        onChange={(id) => props.onChange(id ?? null)}
        loading={props.staff === undefined}
      />
    </Flex>
  );
}
