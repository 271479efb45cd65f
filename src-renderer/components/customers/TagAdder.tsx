import type { CustomerTagDto } from '@contract';
import { Select } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../hooks/useApiQuery';

/** An existing tag's id, or the name of a tag to create first. */
export type TagPick = number | { name: string };

const NEW_TAG = 'new';

/**
 * 添加标签: type to find a tag; when none has that name, the first option creates it. The shop's
 * tags are reloaded after each pick so a newly created one is offered from then on.
 */
export function TagAdder(props: { taken: CustomerTagDto[]; busy: boolean; onAdd(pick: TagPick): Promise<unknown> }) {
  const tags = useApiQuery('tags.list', {});
  const [search, setSearch] = useState('');
  const typed = search.trim();
  const takenIds = new Set(props.taken.map((tag) => tag.id));
  const offered = (tags.data ?? []).filter((tag) => !takenIds.has(tag.id) && tag.name.includes(typed));
  const exists = (tags.data ?? []).some((tag) => tag.name === typed) || props.taken.some((tag) => tag.name === typed);
  const options = [
    ...(typed && !exists ? [{ value: NEW_TAG, label: `新建标签「${typed}」` }] : []),
    ...offered.map((tag) => ({ value: tag.id, label: tag.name })),
  ];

  const pick = async (value: number | typeof NEW_TAG) => {
    setSearch('');
    await props.onAdd(value === NEW_TAG ? { name: typed } : value);
    tags.reload();
  };

  return (
    <Select<number | typeof NEW_TAG>
      aria-label="添加标签"
      size="small"
      style={{ width: 180 }}
      placeholder="+ 添加标签"
      value={null}
      loading={tags.loading || props.busy}
      showSearch={{ searchValue: search, onSearch: setSearch, filterOption: false }}
      options={options}
      onSelect={(value) => void pick(value)}
      notFoundContent={tags.error ? tags.error.message : typed ? '客户已经有这个标签' : '输入名称新建标签'}
    />
  );
}
