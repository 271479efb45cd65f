import { CARE_PRIORITIES, CARE_PRIORITY_NAMES, type CareRuleInput, type StaffDto } from '@contract';
import { Flex, Form, InputNumber, Segmented, Select } from 'antd';
import { ASSIGN_MODE_NAMES } from '../../format/care-rules';
import { fieldStatus } from '../field-status';

type AssignMode = CareRuleInput['assignMode'];

const ASSIGN_MODES: readonly AssignMode[] = ['owner', 'roundRobin', 'staff'];

/** Who gets the tasks, how urgent they are, and how often one customer may be contacted. */
export function RuleAssignFields(props: {
  draft: CareRuleInput;
  errors: Record<string, string>;
  activeStaff: readonly StaffDto[];
  onChange(patch: Partial<CareRuleInput>): void;
}) {
  const { draft, errors, onChange } = props;
  return (
    <Flex gap={16} wrap>
      <Form.Item label="优先级" {...fieldStatus(errors.priority)}>
        <Segmented<CareRuleInput['priority']>
          aria-label="优先级"
          value={draft.priority}
          options={CARE_PRIORITIES.map((priority) => ({ value: priority, label: CARE_PRIORITY_NAMES[priority] }))}
          onChange={(priority) => onChange({ priority })}
        />
      </Form.Item>
      <Form.Item label="分配给" extra={draft.assignMode === 'owner' ? '客户的负责客服；没有负责客服时轮流分配。' : undefined} {...fieldStatus(errors.assignStaffId ?? errors.assignMode)}>
        <Flex gap={8} align="center">
          <Segmented<AssignMode>
            aria-label="分配方式"
            value={draft.assignMode}
            options={ASSIGN_MODES.map((mode) => ({ value: mode, label: ASSIGN_MODE_NAMES[mode] }))}
            onChange={(assignMode) => onChange({ assignMode, assignStaffId: assignMode === 'staff' ? draft.assignStaffId : null })}
          />
          {draft.assignMode === 'staff' && (
            <Select<number>
              aria-label="指定客服"
              style={{ width: 140 }}
              placeholder="选择客服"
              value={draft.assignStaffId ?? undefined}
              options={props.activeStaff.map((person) => ({ value: person.id, label: person.name }))}
              notFoundContent="还没有在岗的客服"
              onChange={(assignStaffId) => onChange({ assignStaffId })}
            />
          )}
        </Flex>
      </Form.Item>
      <Form.Item label="联系间隔" htmlFor="rule-cap-days" extra="0：不限。同一客户在这些天内有过跟进，就不再生成。" {...fieldStatus(errors.capDays)}>
        <InputNumber id="rule-cap-days" style={{ width: 240 }} min={0} max={365} precision={0} prefix="同一客户" suffix="天内只联系一次" value={draft.capDays} onChange={(days) => onChange({ capDays: days ?? 0 })} />
      </Form.Item>
    </Flex>
  );
}
