import { ORDER_FIELDS, type ColumnMapping, type FileInspectionDto, type OrderField } from '@contract';
import { Alert, Button, Col, Flex, Form, Row } from 'antd';
import { headerChoices, mappingExplanation, mappingProblems } from '../../format/column-mapping';
import { MappingFieldRow } from './MappingFieldRow';
import { MappingSampleTable } from './MappingSampleTable';

/** 对应列: which column of the file holds each field, checked against the file's first rows. */
export function ColumnMappingPanel(props: {
  inspection: FileInspectionDto;
  mapping: ColumnMapping;
  onChange: (field: OrderField, header: string | null) => void;
  /** Back to the proposed mapping; absent when the file cannot be imported without one. */
  onClose?: () => void;
}) {
  const { inspection, mapping } = props;
  const choices = headerChoices(inspection.headers, inspection.sampleRows);
  const problems = mappingProblems(mapping, inspection.headers);
  return (
    <Flex vertical gap={12} className="mapping-panel" data-testid="column-mapping">
      <Alert
        type={inspection.needsMapping ? 'warning' : 'info'}
        showIcon
        title={mappingExplanation(inspection)}
        action={
          props.onClose && (
            <Button size="small" type="link" onClick={props.onClose}>
              收起，按原来的对应导入
            </Button>
          )
        }
      />
      <Form component={false} layout="horizontal" labelCol={{ flex: '104px' }} labelAlign="left" colon={false}>
        <Row gutter={[24, 0]}>
          {ORDER_FIELDS.map((field) => (
            <Col key={field} xs={24} md={12} xl={8}>
              <MappingFieldRow
                id={`mapping-${inspection.uploadId}-${field}`}
                field={field}
                choices={choices}
                mapping={mapping}
                error={problems[field]}
                onChange={(header) => props.onChange(field, header)}
              />
            </Col>
          ))}
        </Row>
      </Form>
      <MappingSampleTable inspection={inspection} mapping={mapping} />
    </Flex>
  );
}
