import type { MethodParsedInput, SavedViewDto } from '../contract';
import type { SavedViewsRepo } from '../db/repos/saved-views-repo';

/** 我的筛选: each change answers with the whole (short) list, which the page shows as is. */
export function createSavedViewsService(deps: { repo: SavedViewsRepo; now: () => Date }) {
  return {
    list(): SavedViewDto[] {
      return deps.repo.list();
    },
    save(view: MethodParsedInput<'views.save'>): SavedViewDto[] {
      deps.repo.save(view, deps.now().toISOString());
      return deps.repo.list();
    },
    remove(id: number): SavedViewDto[] {
      deps.repo.remove(id);
      return deps.repo.list();
    },
  };
}

export type SavedViewsService = ReturnType<typeof createSavedViewsService>;
