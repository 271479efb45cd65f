import { TAG_COLORS, type TagDto } from '@contract';
import { Button, Input, Modal, Popconfirm, Select, Space, Table, Tag, message } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { formatCount } from '../../format/numbers';

type Color = (typeof TAG_COLORS)[number];

/** 管理标签: create, rename, recolour, delete (asks once, says how many customers lose it). */
export function TagManagerModal(props: { open: boolean; tags: TagDto[]; onClose(): void; onChanged(): void }) {
  const [newName, setNewName] = useState('');
  const [newColor, setNewColor] = useState<Color>('blue');
  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) void message.success(done);
      props.onChanged();
    } catch (e) {
      void message.error(e instanceof ApiCallError ? e.message : String(e));
    }
  };
  const colorOptions = TAG_COLORS.map((c) => ({ value: c, label: <Tag color={c}>{c}</Tag> }));

  return (
    <Modal title="管理标签" open={props.open} onCancel={props.onClose} footer={null} width={640}>
      <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
        <Input placeholder="新标签，如 回头客" value={newName} maxLength={20} onChange={(e) => setNewName(e.target.value)} />
        <Select style={{ width: 130 }} value={newColor} onChange={setNewColor} options={colorOptions} />
        <Button type="primary" disabled={!newName.trim()} onClick={() => run(() => api.call('tags.create', { name: newName, color: newColor }), `已添加「${newName.trim()}」`).then(() => setNewName(''))}>
          添加
        </Button>
      </Space.Compact>
      <Table<TagDto>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={props.tags}
        locale={{ emptyText: '还没有标签。标签帮你把客户分组，比如 回头客、爱砍价、批发。' }}
        columns={[
          {
            title: '标签',
            render: (_, tag) => (
              <Input
                defaultValue={tag.name}
                maxLength={20}
                variant="borderless"
                aria-label={`标签名 ${tag.name}`}
                onBlur={(e) => e.target.value.trim() !== tag.name && run(() => api.call('tags.update', { id: tag.id, name: e.target.value }), '已改名')}
              />
            ),
          },
          {
            title: '颜色',
            width: 150,
            render: (_, tag) => <Select size="small" style={{ width: 130 }} value={tag.color as Color} options={colorOptions} onChange={(color: Color) => run(() => api.call('tags.update', { id: tag.id, color }))} />,
          },
          { title: '客户数', dataIndex: 'customerCount', width: 90, align: 'right', render: (n: number) => formatCount(n) },
          {
            title: '',
            width: 70,
            render: (_, tag) => (
              <Popconfirm
                title={`删除标签「${tag.name}」？`}
                description={`${formatCount(tag.customerCount)} 位客户会去掉这个标签，客户本身不受影响。`}
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => run(() => api.call('tags.delete', { id: tag.id }), `已删除「${tag.name}」`)}
              >
                <Button type="link" danger size="small">
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Modal>
  );
}
