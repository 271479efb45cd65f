import type { FollowUpTaskKind } from '../../contract/dto/follow-ups';
import { NON_MEMBER_TIER_NAME } from '../../contract/tiers';
import { renderTemplate } from '../tiers/message-template';
import { DEFAULT_CARE_TEMPLATES } from './default-care-rules';

/** What one task's message is made of: the customer, their tier, the order and its lines. */
export interface FollowUpMessageFacts {
  kind: FollowUpTaskKind;
  /** The rule's message; null when the rule was deleted since, or empty: the kind's default is used. */
  template: string | null;
  buyerNick: string | null;
  receiverName: string | null;
  order: {
    orderNo: string;
    /** The order's own title, for orders imported without lines. */
    title: string | null;
    logisticsCompany: string | null;
    trackingNo: string | null;
    lines: readonly { title: string | null }[];
  } | null;
  tier: { name: string; discountNote: string; birthdayOffer: string } | null;
  /** The birthday gift of customers without a tier (店铺客户). */
  nonMemberOffer: string;
  shopName: string;
}

/** A segment's tasks always carry the owner's message; this only stands in for an empty one. */
const SEGMENT_FALLBACK_TEMPLATE = '亲，#昵称#，#店铺#想问问您最近还好吗？有什么需要随时找我们～';

/** Long Taobao titles (60 characters of keywords) would drown the message. */
const PRODUCT_TITLE_LENGTH = 20;

function shorten(text: string, length: number): string {
  const characters = Array.from(text.trim());
  return characters.length <= length ? characters.join('') : `${characters.slice(0, length).join('')}…`;
}

function productText(order: FollowUpMessageFacts['order']): string {
  if (!order) return '商品';
  const titles = order.lines.map((l) => l.title?.trim() ?? '').filter((t) => t !== '');
  const first = titles[0] ?? order.title?.trim() ?? '';
  if (first === '') return '商品';
  const short = shorten(first, PRODUCT_TITLE_LENGTH);
  return order.lines.length > 1 ? `${short}等 ${order.lines.length} 件` : short;
}

/** The value of each FOLLOW_UP_TEMPLATE_VARIABLES entry (keys without the #) for one task. */
export function followUpMessageValues(facts: FollowUpMessageFacts): Record<string, string> {
  const nick = facts.buyerNick?.trim() || facts.receiverName?.trim() || '亲';
  // 生日关怀 offers the birthday gift; every other care mentions the tier's everyday discount.
  const offer = facts.kind === 'birthday' ? (facts.tier?.birthdayOffer ?? facts.nonMemberOffer) : (facts.tier?.discountNote ?? '');
  return {
    昵称: nick,
    姓名: facts.receiverName?.trim() || nick,
    订单编号: facts.order?.orderNo ?? '',
    商品: productText(facts.order),
    物流公司: facts.order?.logisticsCompany ?? '',
    物流单号: facts.order?.trackingNo ?? '',
    等级: facts.tier?.name ?? NON_MEMBER_TIER_NAME,
    优惠: offer,
    // A message to a buyer reads naturally without a shop name too: 您在本店买的….
    店铺: facts.shopName.trim() || '本店',
  };
}

/** The task's message, ready to paste into the chat with the buyer. */
export function renderFollowUpMessage(facts: FollowUpMessageFacts): string {
  const template = facts.template?.trim() || (facts.kind === 'segment' ? SEGMENT_FALLBACK_TEMPLATE : DEFAULT_CARE_TEMPLATES[facts.kind]);
  return renderTemplate(template, followUpMessageValues(facts));
}
