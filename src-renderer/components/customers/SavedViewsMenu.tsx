import type { SavedViewDto, SavedViewInput } from '@contract';
import { Button, Dropdown, Input, Modal, Popconfirm, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';

/** 我的筛选: apply a saved view, save what is shown under a name, delete one. */
export function SavedViewsMenu(props: { views: SavedViewDto[]; current: Omit<SavedViewInput, 'name'>; onApply(view: SavedViewDto): void; onViewsChanged(views: SavedViewDto[]): void }) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    try {
      props.onViewsChanged(await api.call('views.save', { ...props.current, name }));
      setNaming(false);
      void message.success(`已保存「${name.trim()}」`);
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    }
  };

  const items = [
    ...props.views.map((view) => ({
      key: String(view.id),
      label: (
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span onClick={() => props.onApply(view)}>{view.name}</span>
          <Popconfirm
            title={`删除「${view.name}」？`}
            description="只删除这个筛选，不影响客户。"
            okText="删除"
            cancelText="取消"
            onConfirm={async () => props.onViewsChanged(await api.call('views.delete', { id: view.id }))}
          >
            <Typography.Link type="danger" onClick={(e) => e.stopPropagation()}>
              删除
            </Typography.Link>
          </Popconfirm>
        </Space>
      ),
    })),
    ...(props.views.length > 0 ? [{ type: 'divider' as const }] : []),
    { key: 'save', label: '保存当前筛选…', onClick: () => (setName(''), setError(null), setNaming(true)) },
  ];

  return (
    <>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button>我的筛选{props.views.length > 0 ? `（${props.views.length}）` : ''}</Button>
      </Dropdown>
      <Modal title="保存当前筛选" open={naming} okText="保存" cancelText="取消" onOk={save} onCancel={() => setNaming(false)} destroyOnHidden>
        <Input autoFocus placeholder="例如：浙江回头客" value={name} maxLength={20} onChange={(e) => setName(e.target.value)} onPressEnter={save} status={error ? 'error' : ''} />
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          保存搜索以外的筛选条件、排序和显示的列。同名的筛选会被替换。
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
