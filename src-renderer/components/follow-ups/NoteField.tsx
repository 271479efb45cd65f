import { Form, Input } from 'antd';

/** A labelled text box for what was said (客户说了什么, 跳过原因, 投诉内容), focused when the dialog opens. */
export function NoteField(props: {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  placeholder: string;
  required?: boolean;
  extra?: string;
  onChange(value: string): void;
}) {
  return (
    <Form.Item label={props.label} htmlFor={props.id} required={props.required} extra={props.extra}>
      <Input.TextArea
        id={props.id}
        autoFocus
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={props.maxLength}
        showCount
        placeholder={props.placeholder}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Form.Item>
  );
}
