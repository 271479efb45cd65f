import { maskPersonalData } from '../mask-personal-data';

/** What an audit line says about a call beyond its label, and the customer it was about. */
export interface AuditDetail {
  detail: string;
  customerId: number | null;
}

type Fields = Record<string, unknown>;

const SECRET_KEYS = new Set(['password', 'current', 'next']);
const MAX_DETAIL = 300;

/** Methods whose input is about one customer by `id`. */
const ABOUT_ONE_CUSTOMER = new Set(['customers.revealPhone', 'customers.erase', 'customers.personalData', 'customers.setTier', 'customers.unmerge']);

const DESCRIBE: Record<string, (input: Fields, output: Fields) => string> = {
  'customers.export': (input, output) => `${count(output.rows)} 位客户，${upper(input.format)}，文件 ${text(output.fileName)}`,
  'reports.export': (input, output) => `${text(input.from)} 至 ${text(input.to)}，${upper(input.format)}，文件 ${text(output.fileName)}`,
  'audit.export': (input, output) => `${text(input.from ?? '最早')} 至 ${text(input.to ?? '今天')}，${count(output.rows)} 条，文件 ${text(output.fileName)}`,
  'customers.personalData': (input, output) => `客户 #${text(input.id)}，${upper(input.format)}，文件 ${text(output.fileName)}`,
  // The recorded reason, not the typed one: the owner may have named the person in it.
  'customers.erase': (input, output) => `客户 #${text(input.id)}；原因：${text(output.reason)}；匿名化订单 ${count(output.ordersAnonymised)} 笔`,
  'customers.revealPhone': (input) => `客户 #${text(input.id)}`,
  'customers.merge': (input) => `把客户 #${text(input.mergeId)} 合并进 #${text(input.keepId)}`,
  'accounts.create': (_input, output) => `账号：${text(output.name)}（客服：${text(output.staffName)}）${output.canRevealPhones ? '，可查看号码' : ''}`,
  'accounts.update': (input, output) => `账号：${text(output.name)}；${changes(input)}`,
  'accounts.resetPassword': (_input, output) => `账号：${text(output.name)}`,
  'imports.commit': (_input, output) => `文件：${Array.isArray(output.fileNames) ? output.fileNames.join('、') : ''}（导入记录里可以看到结果）`,
  'lan.set': (input) => (input.enabled ? '开启（店内其他电脑可以登录使用）' : '关闭（只有本机可以使用）'),
};

/**
 * The audit detail of a finished call: a written sentence for the calls the owner looks for most,
 * otherwise what was sent, without passwords and with phone numbers masked.
 */
export function describeForAudit(method: string, input: unknown, output: unknown): AuditDetail {
  const fields = asFields(input);
  const describe = DESCRIBE[method];
  const detail = describe ? describe(fields, asFields(output)) : changes(fields);
  return {
    detail: truncate(maskPersonalData(detail)),
    customerId: ABOUT_ONE_CUSTOMER.has(method) && typeof fields.id === 'number' ? fields.id : null,
  };
}

function changes(fields: Fields): string {
  const shown = Object.entries(fields).filter(([key, value]) => !SECRET_KEYS.has(key) && value !== undefined);
  return shown.map(([key, value]) => `${key}=${JSON.stringify(value)}`).join('，');
}

function asFields(value: unknown): Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {};
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function upper(value: unknown): string {
  return text(value).toUpperCase();
}

function count(value: unknown): string {
  return typeof value === 'number' ? value.toLocaleString('zh-CN') : text(value);
}

function truncate(detail: string): string {
  return detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail;
}
