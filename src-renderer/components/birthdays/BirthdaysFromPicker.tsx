import { DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';

const DAY_FORMAT = 'YYYY-MM-DD';

/**
 * 从: the first day of the list, today unless the owner looks ahead (a holiday week, next month's
 * mailing). Always holds a day: there is nothing sensible to list from an empty box.
 */
export function BirthdaysFromPicker(props: { value: string; onChange(day: string): void }) {
  return (
    <Flex gap={8} align="center">
      <Typography.Text>从</Typography.Text>
      <DatePicker
        aria-label="从哪天开始"
        data-testid="birthdays-from"
        style={{ width: 140 }}
        allowClear={false}
        format={DAY_FORMAT}
        value={dayjs(props.value)}
        onChange={(day) => {
          if (day) props.onChange(day.format(DAY_FORMAT));
        }}
      />
    </Flex>
  );
}
