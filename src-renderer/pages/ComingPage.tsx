import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { EmptyGuide } from '../components/EmptyGuide';
import { PageHeading } from '../components/PageHeading';

/**
 * A page whose feature is not built yet: it says what will appear here and what to do first,
 * and points to the import, which every later feature needs.
 */
export function ComingPage(props: { title: string; description: string; emptyTitle: string; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title={props.title} description={props.description} />
      <EmptyGuide
        title={props.emptyTitle}
        actions={
          <Flex gap={8} justify="center">
            <Button type="primary" onClick={() => navigate('/import')}>
              先导入订单
            </Button>
          </Flex>
        }
      >
        {props.children}
      </EmptyGuide>
    </>
  );
}
