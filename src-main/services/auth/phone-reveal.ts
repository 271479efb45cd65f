import type { RevealedPhoneDto } from '../../contract/dto/privacy';
import type { CustomerPhoneRepo } from '../../db/repos/customer-phone-repo';
import { UserFacingError } from '../user-facing-error';
import { ForbiddenError } from './forbidden-error';
import type { Principal } from './principal';

/** 查看号码: the owner, and the 客服 the owner allowed, see one whole number at a time (the dispatcher records it). */
export function revealPhone(repo: CustomerPhoneRepo, principal: Principal | null, id: number): RevealedPhoneDto {
  if (!principal?.canRevealPhones) throw new ForbiddenError('没有权限：店主没有允许这个账号查看完整手机号。');
  const row = repo.phoneOf(id);
  if (!row) throw new UserFacingError('没有这位客户（可能已被合并），请刷新页面。');
  return { id, phone: row.phone };
}
