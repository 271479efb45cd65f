import { Flex, Form, Select } from 'antd';
import type { MemberListColumns } from '../../hooks/useMemberListImport';
import { fieldStatus } from '../field-status';


const PICKERS: readonly { field: keyof MemberListColumns; label: string; required: boolean }[] = [
  { field: 'nickColumn', label: '买家昵称', required: false },
  { field: 'phoneColumn', label: '手机号', required: false },
  { field: 'birthdayColumn', label: '生日', required: true },
];

/** Which column holds the nick, the phone and the birthday; prefilled from the server's guess. */
export function MemberListColumnPickers(props: {
  header: readonly string[];
  value: MemberListColumns;
  errors: Record<string, string>;
  onChange(patch: Partial<MemberListColumns>): void;
}) {
  const options = props.header.map((name, index) => ({ value: index, label: name.trim() || `第 ${index + 1} 列` }));
  return (
    <Form layout="vertical" component={false}>
      <Flex gap={16} wrap>
        {PICKERS.map((picker) => (
          <Form.Item
            key={picker.field}
            label={picker.label}
            required={picker.required}
            tooltip={picker.required ? undefined : '买家昵称和手机号至少选一个'}
            {...fieldStatus(props.errors[picker.field])}
          >
            <Select<number>
              aria-label={`${picker.label}所在的列`}
              style={{ width: 200 }}
              allowClear={!picker.required}
              placeholder={picker.required ? '请选择' : '没有这一列'}
              options={options}
              value={props.value[picker.field] ?? undefined}
              onChange={(column) => props.onChange({ [picker.field]: column ?? null })}
            />
          </Form.Item>
        ))}
      </Flex>
    </Form>
  );
}
