import type { UpcomingBirthdayDto } from '@contract';
import { Button, Flex, Typography } from 'antd';
import { api } from '../../api/client';
import { formatSent } from '../../format/birthdays';
import { FieldError } from '../customers/FieldError';
import { useSaveAction } from '../customers/useSaveAction';

/**
 * 状态: 已发送 (who, when) with 撤销 for a slip of the mouse, or 标记已发送 — the primary button
 * right after the message was copied, so ticking it off is the one obvious next click.
 */
export function BirthdaySentCell(props: {
  item: UpcomingBirthdayDto;
  staffId: number | null;
  justCopied: boolean;
  timeZone: string | undefined;
  onChanged(): void;
}) {
  const { item } = props;
  const save = useSaveAction(props.onChanged);

  if (item.sent) {
    return (
      <Flex gap={4} align="center" wrap>
        <Typography.Text type="success" data-testid="birthday-sent">
          {formatSent(item.sent, props.timeZone)}
        </Typography.Text>
        <Button
          type="link"
          size="small"
          loading={save.saving}
          onClick={() => void save.run(() => api.call('birthdays.unmarkSent', { customerId: item.customerId, cycleYear: item.cycleYear }))}
        >
          撤销
        </Button>
        <FieldError message={save.error} />
      </Flex>
    );
  }
  return (
    <>
      <Button
        size="small"
        type={props.justCopied ? 'primary' : 'default'}
        data-testid="mark-sent"
        loading={save.saving}
        onClick={() =>
          void save.run(() =>
            api.call('birthdays.markSent', { customerId: item.customerId, cycleYear: item.cycleYear, occursOn: item.date, staffId: props.staffId }),
          )
        }
      >
        标记已发送
      </Button>
      <FieldError message={save.error} />
    </>
  );
}
