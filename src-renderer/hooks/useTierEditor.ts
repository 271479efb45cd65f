import type { TierDraft, TierProgramDto, TierSetInput } from '@contract';
import { useState } from 'react';
import { toTierDraft, type TierProblems } from '../format/tiers';

export interface EditorTier {
  /** React's key: the saved id, or a number handed out when the row was added. */
  key: string;
  draft: TierDraft;
}

export type NonMemberDraft = TierProgramDto['nonMember'];

export interface TierEditor {
  /** False until there are tiers, or the owner chose to start (empty state until then). */
  started: boolean;
  tiers: EditorTier[];
  nonMember: NonMemberDraft;
  problems: TierProblems | null;
  /** Exactly what tiers.preview and tiers.save receive. */
  input: TierSetInput;
  startFrom(drafts: readonly TierDraft[]): void;
  add(): void;
  remove(index: number): void;
  move(index: number, by: -1 | 1): void;
  change(index: number, patch: Partial<TierDraft>): void;
  changeNonMember(patch: Partial<NonMemberDraft>): void;
  showProblems(problems: TierProblems | null): void;
}

let lastKey = 0;
const freshKey = () => `new-${++lastKey}`;

/** The schema's own defaults: what a row starts as before the owner types anything. */
const BLANK_TIER: TierDraft = {
  name: '',
  minNetSpentFen: null,
  minOrderCount: null,
  combine: 'any',
  windowMonths: null,
  manualOnly: false,
  validityMonths: null,
  expiryAction: 'dropOne',
  benefit: '',
  discountNote: '',
  birthdayOffer: '',
  birthdayTemplate: '',
};

const fieldsOf = (patch: object) => Object.keys(patch);

/** The tier rules being edited, lowest first, with the server's complaints beside the fields they are about. */
export function useTierEditor(program: TierProgramDto): TierEditor {
  const [tiers, setTiers] = useState<EditorTier[]>(() => program.tiers.map((t) => ({ key: `saved-${t.id}`, draft: toTierDraft(t) })));
  const [started, setStarted] = useState(program.tiers.length > 0);
  const [nonMember, setNonMember] = useState<NonMemberDraft>(program.nonMember);
  const [problems, setProblems] = useState<TierProblems | null>(null);

  // Problems are filed by position; once rows move, the old positions mean nothing.
  const restructure = (next: (list: EditorTier[]) => EditorTier[]) => {
    setTiers(next);
    setProblems(null);
  };

  const forget = (target: Record<string, string> | undefined, fields: string[]) =>
    target && Object.fromEntries(Object.entries(target).filter(([field]) => !fields.includes(field)));

  return {
    started,
    tiers,
    nonMember,
    problems,
    input: { tiers: tiers.map((t) => t.draft), nonMember },
    startFrom(drafts) {
      setStarted(true);
      restructure(() => drafts.map((draft) => ({ key: freshKey(), draft: { ...draft } })));
    },
    add() {
      setStarted(true);
      restructure((list) => [...list, { key: freshKey(), draft: { ...BLANK_TIER } }]);
    },
    remove(index) {
      restructure((list) => list.filter((_, i) => i !== index));
    },
    move(index, by) {
      restructure((list) => {
        const target = index + by;
        if (target < 0 || target >= list.length) return list;
        const next = [...list];
        [next[index], next[target]] = [next[target]!, next[index]!];
        return next;
      });
    },
    change(index, patch) {
      setTiers((list) => list.map((t, i) => (i === index ? { ...t, draft: { ...t.draft, ...patch } } : t)));
      setProblems((current) => current && { ...current, byTier: { ...current.byTier, [index]: forget(current.byTier[index], fieldsOf(patch)) ?? {} } });
    },
    changeNonMember(patch) {
      setNonMember((current) => ({ ...current, ...patch }));
      setProblems((current) => current && { ...current, nonMember: forget(current.nonMember, fieldsOf(patch)) ?? {} });
    },
    showProblems: setProblems,
  };
}
