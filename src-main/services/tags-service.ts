import type { MethodParsedInput, StaffDto, TagDto } from '../contract';
import type { TagsRepo } from '../db/repos/tags-repo';
import { UserFacingError } from './user-facing-error';

/** Tags (create, rename, recolour, delete) and the staff list customers are assigned to. */
export function createTagsService(deps: { tagsRepo: TagsRepo; now: () => Date }) {
  const { tagsRepo } = deps;
  const byId = (id: number): TagDto => {
    const tag = tagsRepo.list().find((t) => t.id === id);
    if (!tag) throw new UserFacingError('这个标签已被删除，请刷新。');
    return tag;
  };
  return {
    list(): TagDto[] {
      return tagsRepo.list();
    },
    create({ name, color }: MethodParsedInput<'tags.create'>): TagDto {
      if (tagsRepo.idByName(name) !== undefined) throw new UserFacingError(`已经有叫「${name}」的标签了。`);
      return byId(tagsRepo.create(name, color, deps.now().toISOString()));
    },
    update({ id, name, color }: MethodParsedInput<'tags.update'>): TagDto {
      const clash = name === undefined ? undefined : tagsRepo.idByName(name);
      if (clash !== undefined && clash !== id) throw new UserFacingError(`已经有叫「${name}」的标签了。`);
      if (!tagsRepo.update(id, name, color)) throw new UserFacingError('这个标签已被删除，请刷新。');
      return byId(id);
    },
    remove({ id }: MethodParsedInput<'tags.delete'>): { deleted: boolean } {
      return { deleted: tagsRepo.remove(id) };
    },
    staff(): StaffDto[] {
      return tagsRepo.staff();
    },
    createStaff({ name }: MethodParsedInput<'staff.create'>): StaffDto {
      if (tagsRepo.staffIdByName(name) !== undefined) throw new UserFacingError(`已经有叫「${name}」的客服了。`);
      const id = tagsRepo.createStaff(name, deps.now().toISOString());
      return { id, name, active: true };
    },
    updateStaff({ id, name, active }: MethodParsedInput<'staff.update'>): StaffDto {
      const sameName = name === undefined ? undefined : tagsRepo.staffIdByName(name);
      if (sameName !== undefined && sameName !== id) throw new UserFacingError(`已经有叫「${name}」的客服了。`);
      const updated = tagsRepo.updateStaff(id, { name, active });
      if (!updated) throw new UserFacingError('没有这位客服，可能已被删除，请刷新页面。');
      return updated;
    },
  };
}

export type TagsService = ReturnType<typeof createTagsService>;
