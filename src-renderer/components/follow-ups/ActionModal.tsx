import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import type { SaveAction } from '../customers/useSaveAction';
import { FieldError } from '../customers/FieldError';

/** The frame of a follow-up dialog: its fields, one button that does it, and the server's refusal under them. */
export function ActionModal(props: { title: string; okText: string; okDisabled?: boolean; save: SaveAction; onOk(): void; onCancel(): void; children: ReactNode }) {
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      cancelText="取消"
      okButtonProps={{ disabled: props.okDisabled }}
      confirmLoading={props.save.saving}
      onOk={props.onOk}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      <Form layout="vertical" component={false}>
        {props.children}
      </Form>
      <FieldError message={props.save.error} />
    </Modal>
  );
}
