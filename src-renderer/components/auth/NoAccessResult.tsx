import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

/** What a 客服 sees on an owner's page (typed into the address bar, or an old bookmark). */
export function NoAccessResult() {
  const navigate = useNavigate();
  return (
    <div data-testid="no-access">
    <Result
      status="403"
      title="没有权限：这个页面只有店主可以打开"
      subTitle="你登录的是客服账号。需要这里的内容时，请店主来操作。"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          回到首页
        </Button>
      }
    />
    </div>
  );
}
