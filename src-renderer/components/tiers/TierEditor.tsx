import { PlusOutlined } from '@ant-design/icons';
import type { TierProgramDto } from '@contract';
import { Alert, Button, Flex } from 'antd';
import { useTierEditor } from '../../hooks/useTierEditor';
import { useTierSaving } from '../../hooks/useTierSaving';
import { NonMemberOfferCard } from './NonMemberOfferCard';
import { TierChangePreview } from './TierChangePreview';
import { TierRuleCard } from './TierRuleCard';
import { TiersEmptyGuide } from './TiersEmptyGuide';

/** The contract's limit on the number of tiers. */
const MAX_TIERS = 20;

/** 等级规则: the tiers lowest first, edited as a draft; nothing changes for customers until 保存并应用. */
export function TierEditor(props: { program: TierProgramDto; onSaved(program: TierProgramDto): void }) {
  const editor = useTierEditor(props.program);
  const saving = useTierSaving(editor, props.onSaved);

  if (!editor.started) {
    return <TiersEmptyGuide onUseDefaults={() => editor.startFrom(props.program.defaults)} onStartBlank={editor.add} />;
  }
  const general = editor.problems?.general ?? [];
  return (
    <Flex vertical gap={12} data-testid="tier-editor">
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <NonMemberOfferCard value={editor.nonMember} errors={editor.problems?.nonMember ?? {}} onChange={editor.changeNonMember} />
      {editor.tiers.map((tier, index) => (
        <TierRuleCard
          key={tier.key}
          index={index}
          count={editor.tiers.length}
          draft={tier.draft}
          errors={editor.problems?.byTier[index] ?? {}}
          onChange={(patch) => editor.change(index, patch)}
          onMove={(by) => editor.move(index, by)}
          onRemove={() => editor.remove(index)}
        />
      ))}
      {editor.tiers.length === 0 && <Alert type="info" showIcon title="现在没有等级：保存后所有客户都算店铺客户。" />}
      <Button type="dashed" icon={<PlusOutlined />} onClick={editor.add} disabled={editor.tiers.length >= MAX_TIERS}>
        添加更高一级
      </Button>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={() => void saving.askPreview()} loading={saving.busy === 'preview'} disabled={saving.busy !== null}>
          预览变化
        </Button>
        <Button type="primary" onClick={() => void saving.save()} loading={saving.busy === 'save'} disabled={saving.busy !== null}>
          保存并应用
        </Button>
      </Flex>
      {saving.preview && <TierChangePreview summary={saving.preview} />}
    </Flex>
  );
}
