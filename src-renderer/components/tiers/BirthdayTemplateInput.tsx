import { BIRTHDAY_TEMPLATE_VARIABLES } from '@contract';
import { Flex, Input, Tag, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef } from 'react';

/**
 * 生日祝福 with the #变量# it may use as chips: a click puts the variable where the cursor is,
 * so nobody has to remember or type the # signs right.
 */
export function BirthdayTemplateInput(props: { value: string; onChange(value: string): void; ariaLabel: string }) {
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
    <Flex vertical gap={6}>
      <Input.TextArea
        ref={box}
        aria-label={props.ariaLabel}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={500}
        showCount
        placeholder="例如：#昵称#，生日快乐！#等级#专享：#优惠#"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <Flex gap={4} align="center" wrap>
        <Typography.Text type="secondary">点击插入：</Typography.Text>
        {BIRTHDAY_TEMPLATE_VARIABLES.map((variable) => (
          <Tag.CheckableTag key={variable} checked={false} onChange={() => insert(variable)}>
            {variable}
          </Tag.CheckableTag>
        ))}
      </Flex>
    </Flex>
  );
}
