import { Flex, InputNumber, Radio } from 'antd';

/** What a fresh 「N 个月」 starts at: a year, the span owners think in. */
const FIRST_MONTHS = 12;

/** Either no limit (累计 / 永久) or a number of months, as one control. */
export function MonthsChoice(props: {
  value: number | null;
  onChange(months: number | null): void;
  noneLabel: string;
  /** Text before the number: 近 for 近 12 个月; empty for 12 个月. */
  monthsPrefix: string;
  ariaLabel: string;
}) {
  const limited = props.value !== null;
  return (
    <Flex gap={8} align="center" wrap>
      <Radio.Group
        aria-label={props.ariaLabel}
        optionType="button"
        value={limited ? 'months' : 'none'}
        onChange={(event) => props.onChange(event.target.value === 'months' ? FIRST_MONTHS : null)}
        options={[
          { value: 'none', label: props.noneLabel },
          { value: 'months', label: `${props.monthsPrefix}N 个月` },
        ]}
      />
      {limited && (
        <InputNumber<number>
          aria-label={`${props.ariaLabel}的月数`}
          style={{ width: 130 }}
          min={1}
          max={120}
          precision={0}
          prefix={props.monthsPrefix || undefined}
          suffix="个月"
          value={props.value}
          // Clearing the box while retyping must not silently switch back to 累计/永久.
          onChange={(months) => months !== null && props.onChange(months)}
        />
      )}
    </Flex>
  );
}
