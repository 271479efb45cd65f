import type { ColumnMapping, OrderField } from '@contract';
import { Flex, Form, Select, Typography } from 'antd';
import { fieldName, fieldsUsing, isRequiredField, type HeaderChoice } from '../../format/column-mapping';

/** The value of 不导入 (no header can contain a NUL character). */
const NOT_IMPORTED = '\u0000';

interface Choice {
  value: string;
  label: string;
  /** Shown beside the header in the list: an example value, or which field already has it. */
  hint: string;
}

/** One field of the 对应列 panel: 订单号 → [the file's column, or 不导入], with its problem. */
export function MappingFieldRow(props: {
  id: string;
  field: OrderField;
  choices: readonly HeaderChoice[];
  mapping: ColumnMapping;
  error: string | undefined;
  onChange: (header: string | null) => void;
}) {
  const { field, mapping } = props;
  const options: Choice[] = [
    { value: NOT_IMPORTED, label: '不导入', hint: '' },
    ...props.choices.map(({ header, example }) => {
      const users = fieldsUsing(mapping, header, field).map(fieldName);
      return {
        value: header,
        label: header,
        hint: users.length > 0 ? `已选给${users.join('、')}` : example !== null ? `例：${example}` : '',
      };
    }),
  ];
  return (
    <Form.Item
      label={fieldName(field)}
      htmlFor={props.id}
      required={isRequiredField(field)}
      validateStatus={props.error ? 'error' : undefined}
      help={props.error}
      className="mapping-field"
    >
      <Select<string, Choice>
        id={props.id}
        data-field={field}
        value={mapping[field] ?? NOT_IMPORTED}
        options={options}
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
        onChange={(value) => props.onChange(value === NOT_IMPORTED ? null : value)}
        labelRender={({ value, label }) =>
          value === NOT_IMPORTED ? <Typography.Text type="secondary">不导入</Typography.Text> : label
        }
        optionRender={({ data }) => (
          <Flex justify="space-between" gap={16}>
            <span>{data.label}</span>
            <Typography.Text type="secondary" ellipsis className="mapping-option-hint">
              {data.hint}
            </Typography.Text>
          </Flex>
        )}
      />
    </Form.Item>
  );
}
