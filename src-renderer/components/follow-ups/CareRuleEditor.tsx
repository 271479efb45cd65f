import { CARE_RULE_KIND_NAMES, FOLLOW_UP_TEMPLATE_VARIABLES, type CareRuleInput, type StaffDto } from '@contract';
import { Button, Drawer, Flex, Form, Input, Switch } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { errorText } from '../../format/api-error';
import { problemsByField } from '../../format/care-rules';
import { formatCount } from '../../format/numbers';
import { FieldError } from '../customers/FieldError';
import { fieldStatus } from '../field-status';
import { TemplateInput } from '../TemplateInput';
import { PredictionsNotice } from './PredictionsNotice';
import { RuleAssignFields } from './RuleAssignFields';
import { RuleFilterFields } from './RuleFilterFields';
import { RuleHoldoutField } from './RuleHoldoutField';
import { RulePreview } from './RulePreview';
import { RuleTimingFields } from './RuleTimingFields';

/** The fields the editor shows a refusal beside. */
const EDITOR_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'delayDays',
  'fallbackDays',
  'cycleDays',
  'dormantDays',
  'filters.tierIds',
  'filters.minOrderFen',
  'filters.maxOrderFen',
  'filters.productKeywords',
  'priority',
  'assignMode',
  'assignStaffId',
  'capDays',
  'template',
  'holdoutPercent',
  'aliveBelowPercent',
  'minSpentFen',
]);

/** 编辑规则 (or a new one): every field of the rule, with what saving would do shown as it is edited. */
export function CareRuleEditor(props: {
  initial: CareRuleInput;
  tierOptions: readonly { value: number; label: string }[];
  activeStaff: readonly StaffDto[];
  onClose(): void;
  onSaved(summary: string): void;
}) {
  const [draft, setDraft] = useState(props.initial);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = (patch: Partial<CareRuleInput>) => setDraft((before) => ({ ...before, ...patch }));
  const changeFilters = (patch: Partial<CareRuleInput['filters']>) => setDraft((before) => ({ ...before, filters: { ...before.filters, ...patch } }));

  const submit = async () => {
    setSaving(true);
    setErrors({});
    try {
      const result = await api.call('careRules.save', draft);
      props.onSaved(`已保存「${result.rule.name}」，生成了 ${formatCount(result.created)} 个任务`);
    } catch (failure) {
      setErrors(failure instanceof ApiCallError && failure.details.length > 0 ? problemsByField(failure.details) : { '': errorText(failure) });
    } finally {
      setSaving(false);
    }
  };
  // Whatever the server refused that has no input of its own here is said under the form.
  const elsewhere = Object.entries(errors)
    .filter(([field]) => !EDITOR_FIELDS.has(field))
    .map(([, message]) => message)
    .join('；');

  return (
    <Drawer
      open
      size={720}
      title={`${draft.id === undefined ? '新增' : '编辑'}${CARE_RULE_KIND_NAMES[draft.kind]}规则`}
      onClose={props.onClose}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="flex-end">
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()}>
            保存规则
          </Button>
        </Flex>
      }
    >
      <Form layout="vertical" component={false}>
        <Flex vertical gap={4}>
          <RulePreview draft={draft} />
          {draft.kind === 'churnRisk' && <PredictionsNotice />}
          <Flex gap={16} wrap style={{ marginTop: 12 }}>
            <Form.Item label="规则名称" htmlFor="rule-name" {...fieldStatus(errors.name)}>
              <Input id="rule-name" maxLength={20} style={{ width: 240 }} value={draft.name} onChange={(event) => change({ name: event.target.value })} />
            </Form.Item>
            <Form.Item label="启用">
              <Switch aria-label="启用" checked={draft.enabled} onChange={(enabled) => change({ enabled })} />
            </Form.Item>
          </Flex>
          <RuleTimingFields draft={draft} errors={errors} onChange={change} />
          <RuleFilterFields draft={draft} errors={errors} tierOptions={props.tierOptions} onChange={changeFilters} />
          <RuleAssignFields draft={draft} errors={errors} activeStaff={props.activeStaff} onChange={change} />
          <RuleHoldoutField draft={draft} errors={errors} onChange={change} />
          <Form.Item label="话术" extra="变量在生成任务时换成这位客户的内容。" {...fieldStatus(errors.template)}>
            <TemplateInput
              ariaLabel="话术"
              variables={FOLLOW_UP_TEMPLATE_VARIABLES}
              placeholder="例如：亲，#昵称#，您买的#商品#用得还习惯吗？"
              value={draft.template}
              onChange={(template) => change({ template })}
            />
          </Form.Item>
          <FieldError message={elsewhere || undefined} />
        </Flex>
      </Form>
    </Drawer>
  );
}
