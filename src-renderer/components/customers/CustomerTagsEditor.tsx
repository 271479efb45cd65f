import type { CustomerTagDto } from '@contract';
import { Flex, Tag } from 'antd';
import { api } from '../../api/client';
import { FieldError } from './FieldError';
import { TagAdder } from './TagAdder';
import { useSaveAction } from './useSaveAction';

/** The customer's tags: × takes one off, the picker beside them puts an existing or a new one on. */
export function CustomerTagsEditor(props: { customerId: number; tags: CustomerTagDto[]; onChanged(): void }) {
  const save = useSaveAction(props.onChanged);
  const tagCustomer = (tagIds: number[], action: 'add' | 'remove') =>
    api.call('customers.tag', { selection: { customerIds: [props.customerId] }, tagIds, action });

  return (
    <Flex gap={6} align="center" wrap data-testid="customer-tags">
      {props.tags.map((tag) => (
        <Tag
          key={tag.id}
          color={tag.color}
          closable={{ 'aria-label': `去掉标签 ${tag.name}` }}
          onClose={(event) => {
            // The tag stays until the server has taken it off; the reload then removes it.
            event.preventDefault();
            void save.run(() => tagCustomer([tag.id], 'remove'));
          }}
        >
          {tag.name}
        </Tag>
      ))}
      <TagAdder
        taken={props.tags}
        busy={save.saving}
        onAdd={(pick) =>
          save.run(async () => {
            const tagId = typeof pick === 'number' ? pick : (await api.call('tags.create', { name: pick.name })).id;
            await tagCustomer([tagId], 'add');
          })
        }
      />
      <FieldError message={save.error} />
    </Flex>
  );
}
