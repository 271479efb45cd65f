import type { MemberListImportDto, MemberListInspectionDto } from '@contract';
import { Alert, Button, Checkbox, Flex, Typography } from 'antd';
import { useMemberListImport } from '../../hooks/useMemberListImport';
import { MemberListColumnPickers } from './MemberListColumnPickers';
import { MemberListPreview } from './MemberListPreview';
import { MemberListSampleTable } from './MemberListSampleTable';

/** Steps 2 and 3: which columns hold what, 预览, then 导入 exactly what was previewed. */
export function MemberListMapping(props: {
  uploadId: string;
  inspection: MemberListInspectionDto;
  onImported(result: MemberListImportDto): void;
  onCancel(): void;
}) {
  const list = useMemberListImport(props.uploadId, props.inspection.guess);

  const importNow = async () => {
    const result = await list.runImport();
    if (result) props.onImported(result);
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        2. 对应列
      </Typography.Title>
      <MemberListSampleTable inspection={props.inspection} columns={list.columns} />
      <MemberListColumnPickers header={props.inspection.header} value={list.columns} errors={list.fieldErrors} onChange={list.changeColumns} />
      <Checkbox checked={list.overwrite} onChange={(event) => list.setOverwrite(event.target.checked)}>
        覆盖已有生日（不勾选时，客服已录入的生日保持不变）
      </Checkbox>
      {list.error && <Alert type="error" showIcon title={list.error} />}
      {list.preview && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            3. 预览
          </Typography.Title>
          <MemberListPreview result={list.preview} />
        </>
      )}
      <Flex justify="flex-end" align="center" gap={8} wrap>
        <Typography.Text type={list.blocked ? 'warning' : 'secondary'}>
          {list.blocked ?? (list.preview ? '导入会按预览写入生日。' : '预览不会改动客户本。')}
        </Typography.Text>
        <Button onClick={props.onCancel}>取消</Button>
        <Button disabled={list.blocked !== null || list.busy !== null} loading={list.busy === 'preview'} onClick={() => void list.runPreview()}>
          预览
        </Button>
        <Button
          type="primary"
          disabled={!list.preview || list.busy !== null}
          loading={list.busy === 'import'}
          onClick={() => void importNow()}
          data-testid="member-list-import"
        >
          导入
        </Button>
      </Flex>
    </Flex>
  );
}
