import { Flex, Input, Tag, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef } from 'react';

/**
 * A message template with the #变量# it may use as chips: a click puts the variable where the
 * cursor is, so nobody has to remember or type the # signs right.
 */
export function TemplateInput(props: {
  value: string;
  onChange(value: string): void;
  ariaLabel: string;
  variables: readonly string[];
  placeholder: string;
}) {
  const box = useRef<TextAreaRef>(null);

  const insert = (variable: string) => {
    const element = box.current?.resizableTextArea?.textArea;
    const start = element?.selectionStart ?? props.value.length;
    const end = element?.selectionEnd ?? props.value.length;
    props.onChange(props.value.slice(0, start) + variable + props.value.slice(end));
    // The text changes on the next render; only then can the cursor go after the variable.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + variable.length, start + variable.length);
    });
  };

  return (
    // The gap leaves room for the character count, which antd places under the box.
    <Flex vertical gap={24}>
      <Input.TextArea
        ref={box}
        aria-label={props.ariaLabel}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={500}
        showCount
        placeholder={props.placeholder}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <Flex gap={4} align="center" wrap>
        <Typography.Text type="secondary">点击插入：</Typography.Text>
        {props.variables.map((variable) => (
          <Tag.CheckableTag key={variable} checked={false} onChange={() => insert(variable)}>
            {variable}
          </Tag.CheckableTag>
        ))}
      </Flex>
    </Flex>
  );
}
