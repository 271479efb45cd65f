import { normaliseHeader } from './header-names';

export type FileKind =
  | 'taobao-orders'
  | 'taobao-items'
  | 'jd-orders'
  | 'pinduoduo-orders'
  | 'douyin-orders'
  | 'youzan-orders'
  | 'alipay-bill'
  | 'unknown';

export interface FileKindGuess {
  kind: FileKind;
  /** A label for the import history, e.g. 淘宝订单报表（2022 版，71 列）. */
  label: string;
}

const PLATFORM_LABELS: Record<FileKind, string> = {
  'taobao-orders': '淘宝/天猫订单报表',
  'taobao-items': '淘宝/天猫宝贝报表',
  'jd-orders': '京东订单',
  'pinduoduo-orders': '拼多多订单',
  'douyin-orders': '抖店订单',
  'youzan-orders': '有赞订单',
  'alipay-bill': '支付宝账单',
  unknown: '未知文件',
};

/** Recognises an export by its header row alone (never by file name: owners rename files). */
export function detectFileKind(headerCells: readonly string[]): FileKindGuess {
  const names = new Set(headerCells.map(normaliseHeader));
  const has = (...all: string[]) => all.every((name) => names.has(name));
  const any = (...some: string[]) => some.some((name) => names.has(name));
  const kind: FileKind = (() => {
    if (has('账务流水号') || has('业务流水号', '商户订单号')) return 'alipay-bill';
    if (has('子订单编号', '主订单编号') && any('标题', '商品标题') && has('购买数量')) return 'taobao-items';
    if (has('订单编号', '标题', '价格', '购买数量') && !names.has('买家会员名')) return 'taobao-items';
    if (has('订单编号', '订单状态') && any('买家会员名', '买家会员昵称', '收货人姓名')) return 'taobao-orders';
    if (has('订单号') && any('下单帐号', '下单账号') && any('商品名称', '订购数量')) return 'jd-orders';
    if (has('订单号') && any('商品数量(件)', '用户实付金额(元)', '售后状态')) return 'pinduoduo-orders';
    if (has('主订单编号', '子订单编号') && any('选购商品', '商品单价', '订单提交时间')) return 'douyin-orders';
    if (has('订单号') && any('订单实付金额', '买家昵称') && any('买家手机号', '收货人手机号/提货人手机号', '收货人/提货人')) return 'youzan-orders';
    return 'unknown';
  })();
  const label = kind === 'unknown' ? PLATFORM_LABELS.unknown : `${PLATFORM_LABELS[kind]}（${headerCells.length} 列）`;
  return { kind, label };
}

export function fileKindName(kind: FileKind): string {
  return PLATFORM_LABELS[kind];
}
