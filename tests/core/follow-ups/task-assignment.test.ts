import { describe, expect, it } from 'vitest';
import { createAssigner, type AssignRule } from '../../../src-main/core/follow-ups/task-assignment';

const turns: AssignRule = { id: 1, assignMode: 'roundRobin', assignStaffId: null };

describe('who gets a new task', () => {
  it('takes turns among active staff in id order, after the last one served, across runs', () => {
    const first = createAssigner([30, 10, 20], new Map([[1, null]]));
    expect([1, 2, 3, 4].map(() => first.assign(turns, null))).toEqual([10, 20, 30, 10]);
    expect(first.movedCursors().get(1)).toBe(10);
    const nextDay = createAssigner([10, 20, 30], new Map([[1, 10]]));
    expect(nextDay.assign(turns, null)).toBe(20);
    // The last one served left: the next after them.
    expect(createAssigner([10, 30], new Map([[1, 20]])).assign(turns, null)).toBe(30);
    expect(createAssigner([10, 20], new Map([[1, 20]])).assign(turns, null)).toBe(10);
  });

  it("gives the customer's own 客服, or the rule's, while active; otherwise turns", () => {
    const assigner = createAssigner([10, 20], new Map());
    expect(assigner.assign({ id: 2, assignMode: 'owner', assignStaffId: null }, 20)).toBe(20);
    expect(assigner.assign({ id: 2, assignMode: 'owner', assignStaffId: null }, 99)).toBe(10);
    expect(assigner.assign({ id: 2, assignMode: 'owner', assignStaffId: null }, null)).toBe(20);
    expect(assigner.assign({ id: 3, assignMode: 'staff', assignStaffId: 20 }, 10)).toBe(20);
    expect(assigner.assign({ id: 3, assignMode: 'staff', assignStaffId: 99 }, 10)).toBe(10);
    // Owners and fixed staff do not move a rule's turn.
    expect(assigner.movedCursors()).toEqual(new Map([[2, 20], [3, 10]]));
  });

  it('leaves a task unassigned when nobody is active', () => {
    const assigner = createAssigner([], new Map());
    expect(assigner.assign(turns, null)).toBeNull();
    expect(assigner.assign({ id: 2, assignMode: 'owner', assignStaffId: null }, 10)).toBeNull();
    expect(assigner.movedCursors().size).toBe(0);
  });
});
