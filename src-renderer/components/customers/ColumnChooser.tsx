import { CUSTOMER_LIST_COLUMNS, type CustomerListColumn } from '@contract';
import { Button, Checkbox, Dropdown } from 'antd';
import { COLUMN_LABELS } from './customer-table-columns';

/** Which columns the list shows; at least one stays. */
export function ColumnChooser(props: { value: CustomerListColumn[]; onChange(columns: CustomerListColumn[]): void }) {
  return (
    <Dropdown
      trigger={['click']}
      popupRender={() => (
        <div className="column-chooser">
          <Checkbox.Group
            value={props.value}
            options={CUSTOMER_LIST_COLUMNS.map((c) => ({ value: c, label: COLUMN_LABELS[c], disabled: props.value.length === 1 && props.value[0] === c }))}
            // Keep the table's column order whatever order the boxes were ticked in.
            onChange={(picked) => props.onChange(CUSTOMER_LIST_COLUMNS.filter((c) => picked.includes(c)))}
          />
        </div>
      )}
    >
      <Button>显示的列</Button>
    </Dropdown>
  );
}
